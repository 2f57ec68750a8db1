import type { Issue } from './evaluation.ts';

/**
 * "Tải bản dự thảo": a copy to circulate for comments before signing, marked "DỰ THẢO" at the top of its first pages.
 * It may be made when the only problems that withhold the signed document are what signing adds — the signer's name,
 * the date (the number is left for the records office anyway); every other blocking problem withholds it too.
 */
export const DRAFT_MARK = 'DỰ THẢO';

/** The problems that withhold a copy for comments: the blocking ones signing does not resolve. */
export const draftCopyBlockers = (issues: readonly Issue[]): Issue[] => issues.filter((i) => i.blocking && !i.signing);

/** "BC-TTHC-thang-12-2026-an-binh.docx" → "BC-TTHC-thang-12-2026-an-binh-DU-THAO.docx". */
export const draftCopyName = (name: string) => name.replace(/(\.[^.]+)?$/, (ext) => `-DU-THAO${ext}`);
