import type { ReportTemplate } from '../../../schemas/template.ts';
import type { Draft } from '../../../schemas/draft.ts';
import type { CatalogueBrief } from '../../../schemas/catalogue.ts';
import type { Issue } from '../evaluation.ts';
import { cleanLine } from '../../format/text.ts';
import { defaultsFor } from '../defaults.ts';
import { decisionTexts } from '../decision.ts';
import { newProseContext, parseProse, runsText } from '../prose.ts';
import { looksLikeClosingBlock } from './pasted.ts';
import { formatShortCitation, statusLabels } from '../../catalogue/citation.ts';
import { isSupersededStatus, statusOn, today } from '../../catalogue/status.ts';
import { parseIsoDate } from '../../format/date.ts';
import { checkNameCase, checkTitle } from './header.ts';
import { authorityName, headerLines } from '../normalize.ts';
import { documentVars, fillPlaceholders } from '../placeholders.ts';
import type { Lexicon } from '../../names/index.ts';

/**
 * The decision issuing the document: căn cứ cite documents in force (Decree 30: a decision rests on current law), its
 * texts hold no pasted end block, and the user is told that the header's number and date are the decision's.
 */
export function checkDecision(
  template: ReportTemplate,
  draft: Draft,
  catalogue: Map<string, CatalogueBrief>,
  lex: Lexicon,
  issue: (i: Issue) => void,
) {
  const defaults = defaultsFor(template, draft.level);
  const texts = decisionTexts(defaults, draft);
  if (!texts) return;
  checkTitle(texts.title, 'decision.title', 'Trích yếu của Quyết định', lex, issue);
  const authority = cleanLine(texts.authority).toLocaleUpperCase('vi') || headerLines(draft.header.issuer).join(' ');
  checkNameCase(
    authorityName(authority, lex),
    'decision.authority.case',
    'decision.authority',
    (unsure, kept) =>
      `Chưa chắc cách viết hoa “${unsure}” khi nêu người ban hành trong câu, nên dòng “(Ban hành kèm theo Quyết định … của …)” in nguyên “${kept}”. Ghi tên đơn vị ở ô “Tên đơn vị trong câu văn” (phần đầu văn bản), hoặc ghi thẩm quyền ban hành theo tên đó.`,
    issue,
  );
  checkFirstArticle(template, draft, texts.articles, lex, issue);
  if (!cleanLine(texts.basis))
    issue({
      key: 'decision.basis.empty',
      field: 'decision.basis',
      severity: 'warning',
      message:
        'Quyết định chưa có căn cứ ban hành (Mẫu 1.3, Nghị định 30/2020/NĐ-CP): ghi mỗi căn cứ một dòng, dòng cuối thường là “Theo đề nghị của …”.',
    });
  issue({
    key: 'decision.number',
    field: 'header.number',
    severity: 'info',
    message: `Văn bản được ban hành kèm theo Quyết định: số, ký hiệu và ngày ở phần đầu là của Quyết định; ${template.docType.toLocaleLowerCase('vi')} kèm theo không có số riêng.`,
  });
  // The status on the day the decision is signed.
  const day = parseIsoDate(draft.header.date) ? draft.header.date : today();
  for (const id of new Set([...texts.basis.matchAll(/\[\[([a-z0-9-]{1,80})\]\]/g)].map((m) => m[1]))) {
    const entry = catalogue.get(id);
    if (!entry) continue;
    const status = statusOn(entry, day);
    const instead = entry.replacedBy.flatMap((r) => (catalogue.get(r) ? [formatShortCitation(catalogue.get(r)!)] : []));
    if (isSupersededStatus(status))
      issue({
        key: `decision.basis:${id}`,
        field: 'decision.basis',
        severity: 'warning',
        message: `Căn cứ ban hành Quyết định dẫn ${formatShortCitation(entry)} (${statusLabels[status].toLocaleLowerCase('vi')})${instead.length ? `; dẫn ${instead.join(', ')} thay thế` : ''}. Căn cứ chỉ dẫn văn bản còn hiệu lực.`,
      });
    else if (status === 'unknown')
      issue({
        key: `decision.basis:${id}`,
        field: 'decision.basis',
        severity: 'info',
        message: `Căn cứ ban hành Quyết định dẫn ${formatShortCitation(entry)}: danh mục chưa xác minh được văn bản này còn hiệu lực; kiểm tra trước khi ban hành.`,
      });
  }
  const ctx = newProseContext([...catalogue.values()]);
  const fields: [string, string, string[]][] = [
    ['decision.basis', 'Căn cứ ban hành Quyết định', [texts.basis]],
    ['decision.articles', 'Các điều của Quyết định', texts.articles],
  ];
  for (const [field, label, list] of fields) {
    ctx.problems.length = 0;
    const lines = list.flatMap((t) => parseProse(t, ctx).map((p) => runsText(p.runs)));
    const pasted = lines.find(looksLikeClosingBlock);
    if (pasted)
      issue({
        key: `pasted-closing:${field}`,
        field,
        severity: 'error',
        blocking: true,
        message: `${label}: có dòng "${cleanLine(pasted).slice(0, 40)}" giống phần nơi nhận/chữ ký cuối văn bản. Xóa dòng này; công cụ tự tạo phần ký và nơi nhận.`,
      });
    for (const p of ctx.problems) issue({ key: `prose:${field}:${p}`, field, severity: 'warning', message: `${label}: ${p}.` });
  }
  const omitted = new Set(draft.omit ?? []);
  if (!omitted.has('basis') && cleanLine(draft.header.basis || defaults.basis))
    issue({
      key: 'decision.own-basis',
      field: 'header.basis',
      severity: 'info',
      message: `Căn cứ đã ghi trong Quyết định; ${template.docType.toLocaleLowerCase('vi')} ban hành kèm theo thường bắt đầu ngay từ mục I (có thể chọn "Không in" câu mở đầu).`,
    });
}

/**
 * Điều 1 issues the attached document by its type and the trích yếu the user typed ("Ban hành kèm theo Quyết định này
 * Kế hoạch kiểm tra công tác cải cách hành chính năm 2026."): a warning when it names another.
 */
function checkFirstArticle(template: ReportTemplate, draft: Draft, articles: string[], lex: Lexicon, issue: (i: Issue) => void) {
  const first = articles.find((a) => cleanLine(a));
  if (!first) return;
  const vars = documentVars(template, draft, lex);
  const fold = (s: string) =>
    cleanLine(s)
      .toLocaleLowerCase('vi')
      .replace(/[.;,]+$/, '');
  if (!fold(fillPlaceholders(first, draft, vars)).includes(fold(vars.van_ban)))
    issue({
      key: 'decision.article-1',
      field: 'decision.articles.0',
      severity: 'warning',
      message: `Điều 1 chưa nêu đúng văn bản được ban hành kèm theo: “${vars.van_ban}” (loại văn bản và trích yếu ở phần đầu). Sửa Điều 1, hoặc chọn “Dùng lại nội dung mặc định của Quyết định”.`,
    });
}
