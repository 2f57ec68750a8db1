import type { Draft } from '../../../schemas/draft.ts';
import type { CatalogueBrief } from '../../../schemas/catalogue.ts';
import type { Issue } from '../evaluation.ts';
import { cleanLine } from '../../format/text.ts';
import { AUTHORITY, headerLines } from '../normalize.ts';

/** Titles that often stand alone as a pasted document's last lines (the signer's title). */
const SIGNER_TITLES = /^(CHỦ TỊCH|PHÓ CHỦ TỊCH|TRƯỞNG ĐOÀN|GIÁM ĐỐC|TRƯỞNG BAN)$/;
import { newProseContext, parseProse, runsText } from '../prose.ts';

/**
 * A line that reads like the end block of a document ("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"):
 * usually the tail of an old report pasted into a field. Word processors and checkers take it for the real
 * signature or recipient block, so the user is asked to remove it (the tool writes that block itself).
 */
export function looksLikeClosingBlock(line: string): boolean {
  const t = line.replace(/\s+/g, ' ').trim();
  return /^Nơi nhận:?$/.test(t) || AUTHORITY.test(t) || SIGNER_TITLES.test(t);
}

/** Reports a pasted end block once per field: `check(line, field, label, where)`. */
export function pastedChecker(issue: (i: Issue) => void) {
  const flagged = new Set<string>();
  return (text: string, field: string, label: string, where = '') => {
    if (!looksLikeClosingBlock(text) || flagged.has(field)) return;
    flagged.add(field);
    issue({
      key: `pasted-closing:${field}`,
      field,
      severity: 'error',
      blocking: true,
      message: `${where}${label}: có dòng "${text.trim().slice(0, 40)}" giống phần nơi nhận/chữ ký cuối văn bản (có lẽ dán cả báo cáo cũ). Xóa dòng này; công cụ tự tạo phần ký và nơi nhận.`,
    });
  };
}

/** The fields outside the sections: căn cứ and câu kết, the bodies' names, trích yếu, Kính gửi, repeated items' names. */
export function checkPastedOutsideSections(draft: Draft, catalogue: CatalogueBrief[], check: ReturnType<typeof pastedChecker>) {
  for (const t of [draft.header.basis, draft.closing])
    for (const p of parseProse(t, newProseContext(catalogue))) check(runsText(p.runs), 'header.basis', 'Căn cứ, mở đầu hoặc kết thúc');
  for (const l of [...headerLines(draft.header.parentBody), ...headerLines(draft.header.issuer)]) check(l, 'header.issuer', 'Tên cơ quan');
  check(cleanLine(draft.header.title), 'header.title', 'Trích yếu');
  for (const r of draft.header.recipients) check(cleanLine(r), 'header.recipients', 'Kính gửi');
  for (const inst of Object.values(draft.instances)) for (const it of inst) check(cleanLine(it.name), 'instances', 'Tên mục lặp lại');
}
