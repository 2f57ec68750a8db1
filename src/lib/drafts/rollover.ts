import type { Draft } from '../../schemas/draft.ts';
import type { ReportTemplate } from '../../schemas/template.ts';
import { blockKind, templateBlocks, templateKey, templateParts } from '../report/index.ts';
import { isoOf } from './new.ts';
import { nextPeriod } from './period.ts';
import { previousOrigin } from './origin.ts';
import { periodLabel } from '../format/period.ts';
import { isPlaceholderName, unitName } from '../rollup/units.ts';

/**
 * "Tạo từ kỳ trước": a copy for the next period. Figures (indicators, number columns of tables) and the list of
 * documents issued in the period are cleared, but for those the next period starts from (the files still pending
 * are the files carried over) and those it compares with ("kỳ trước"); prose, assessments, table row names, repeated
 * items' names, header, signature and nơi nhận are kept as the structure to rewrite. Number and date are reset. The
 * copy remembers what it was made from (`origin`), so that figures filled and texts left unedited are marked; its
 * name keeps the unit (nextDraftName). The request the draft answered (src/lib/request/) is not carried: the next
 * period is asked for by another one.
 */
export function rolloverDraft(draft: Draft, template: ReportTemplate, today: Date): Draft {
  const blocks = templateBlocks(templateParts(template));
  const values: Draft['values'] = {};
  for (const [key, value] of Object.entries(draft.values)) {
    const block = blocks.get(templateKey(key));
    const kept = block ? blockKind(block).rollover(block, value) : value;
    if (kept !== undefined) values[key] = kept;
  }
  const period = nextPeriod(draft.header.period);
  const { request: _answered, ...rest } = draft;
  const next: Draft = {
    ...rest,
    name: nextDraftName(draft, period),
    updatedAt: '',
    header: { ...draft.header, number: '', date: isoOf(today), leaveDayBlank: draft.header.leaveDayBlank, period, title: '' },
    values,
    instances: structuredClone(draft.instances),
    signature: structuredClone(draft.signature),
    distribution: [...draft.distribution],
  };
  delete next.origin;
  return { ...next, origin: previousOrigin(draft, next, template) };
}

/**
 * The copy's name: the old name with its period replaced ("Xã An Bình, tháng 11 năm 2026" → "…, tháng 12 năm 2026"),
 * or the unit and the new period ("Xã An Bình, tháng 12 năm 2026"), "Kỳ tháng 12 năm 2026" when no unit is named yet.
 */
export function nextDraftName(draft: Draft, period: Draft['header']['period']): string {
  const old = periodLabel(draft.header.period);
  const now = periodLabel(period);
  if (old && draft.name.includes(old)) return draft.name.replace(old, now);
  const unit = unitName(draft.header.issuer, draft.header.place);
  return unit && !isPlaceholderName(unit) ? `${unit}, ${now}` : `Kỳ ${now}`;
}
