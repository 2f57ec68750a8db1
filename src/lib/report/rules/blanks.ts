import type { ReportTemplate } from '../../../schemas/template.ts';
import { issuerLevelNames } from '../../../schemas/issuer-levels.ts';
import type { Draft } from '../../../schemas/draft.ts';
import type { Issue } from '../evaluation.ts';
import { defaultsFor, foreignDefaults, hasBlank, orDefault } from '../defaults.ts';
import { issuerKind } from '../../names/index.ts';
import { decisionTexts } from '../decision.ts';
import { documentTitle, documentVars, fillPlaceholders } from '../placeholders.ts';
import { allSections, resolveParts } from '../walk.ts';
import { blockHasContent } from '../blocks/index.ts';
import { introTextKey } from '../text-keys.ts';

/**
 * No blank ("…", left in a template's text for the user to fill) is printed without a warning at its field: the header,
 * the opening and closing sentences, the signature, Nơi nhận, the decision's texts and the sentences before lists.
 */
export function checkBlanks(template: ReportTemplate, draft: Draft, issue: (i: Issue) => void) {
  const h = draft.header;
  const defaults = defaultsFor(template, draft.level);
  const omitted = new Set(draft.omit ?? []);
  const vars = documentVars(template, draft);
  const texts: [field: string, label: string, text: string][] = [
    ['header.parentBody', 'Cơ quan chủ quản', h.parentBody],
    ['header.issuer', 'Tên cơ quan ban hành', h.issuer],
    ['header.recipients', 'Kính gửi', h.recipients.join('\n')],
    ['header.title', 'Trích yếu', documentTitle(template, draft)],
    ['signature.authority', 'Thẩm quyền ký', draft.signature.authority.join('\n')],
    ['signature.title', 'Chức vụ người ký', draft.signature.title],
  ];
  const foreign = foreignDefaults(template, draft);
  if (!omitted.has('basis') && !foreign.has('basis'))
    texts.push(['header.basis', 'Căn cứ (đoạn mở đầu)', orDefault(h.basis, defaults.basis)]);
  if (!omitted.has('closing') && !foreign.has('closing')) texts.push(['closing', 'Câu kết', orDefault(draft.closing, defaults.closing)]);
  const decision = decisionTexts(defaults, draft);
  if (decision) {
    texts.push(
      ['decision.title', 'Trích yếu của Quyết định', decision.title],
      ['decision.authority', 'Thẩm quyền ban hành', decision.authority],
      ['decision.basis', 'Căn cứ ban hành Quyết định', decision.basis],
      ['decision.distribution', 'Nơi nhận của Quyết định', decision.distribution.join('\n')],
      ...decision.articles.map((a, i): [string, string, string] => [`decision.articles.${i}`, `Điều ${i + 1}`, a]),
    );
  } else if (!foreign.has('distribution')) texts.push(['distribution', 'Nơi nhận', draft.distribution.join('\n')]);
  for (const s of allSections(resolveParts(template, draft)))
    for (const { key, block } of s.blocks) {
      const intro = introTextKey(key);
      if ('intro' in block && !omitted.has(intro) && blockHasContent(block, draft.values[key]))
        texts.push([intro, `Câu dẫn trước “${block.label}”`, draft.texts?.[intro] || (block.intro ?? '')]);
    }
  for (const [field, label, text] of texts)
    if (hasBlank(fillPlaceholders(text, draft, vars)))
      issue({
        key: `blank:${field}`,
        field,
        severity: 'warning',
        message: `${label} còn chỗ để trống “…” sẽ được in ra: điền số, ngày, tên vào chỗ đó hoặc xóa phần đó.`,
      });
}

const TEXT_FIELDS = {
  basis: ['header.basis', 'Căn cứ (đoạn mở đầu)'],
  closing: ['closing', 'Câu kết'],
  distribution: ['distribution', 'Nơi nhận'],
};

/** Default texts written for another issuer than the one typed stay out of the document (defaults.ts): said at their fields. */
export function checkForeignDefaults(template: ReportTemplate, draft: Draft, issue: (i: Issue) => void) {
  const kind = issuerKind(draft.header).kind;
  const level = draft.level ?? template.level;
  for (const name of foreignDefaults(template, draft)) {
    const [field, label] = TEXT_FIELDS[name];
    issue({
      key: `foreign-default:${name}`,
      field,
      severity: 'warning',
      message: `${label} mặc định viết cho cấp “${issuerLevelNames[level]}”, còn cơ quan ban hành đã nhập thuộc cấp “${issuerLevelNames[kind!]}”, nên không được in. Chọn cấp của cơ quan ban hành ở đầu phần này để có nội dung mặc định phù hợp, hoặc tự viết.`,
    });
  }
}
