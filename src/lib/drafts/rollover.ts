import type { Draft } from '../../schemas/draft.ts';
import type { ReportTemplate } from '../../schemas/template.ts';
import { blockKind, templateBlocks, templateKey, templateParts } from '../report/index.ts';
import { isoOf } from './new.ts';
import { nextPeriod } from './period.ts';

/**
 * "Tạo từ kỳ trước": a copy for the next period. Figures (indicators, number columns of tables) and the list of
 * documents issued in the period are cleared; prose, assessments, table row names, repeated items' names,
 * header, signature and nơi nhận are kept as the structure to rewrite. Number and date are reset. The request the
 * draft answered (src/lib/request/) is not carried: the next period is asked for by another one.
 */
export function rolloverDraft(draft: Draft, template: Pick<ReportTemplate, 'sections' | 'appendices'>, today: Date, name = ''): Draft {
  const blocks = templateBlocks(templateParts(template));
  const values: Draft['values'] = {};
  for (const [key, value] of Object.entries(draft.values)) {
    const block = blocks.get(templateKey(key));
    const kept = block ? blockKind(block).rollover(block, value) : value;
    if (kept !== undefined) values[key] = kept;
  }
  const period = nextPeriod(draft.header.period);
  const { request: _answered, ...rest } = draft;
  return {
    ...rest,
    name,
    updatedAt: '',
    header: { ...draft.header, number: '', date: isoOf(today), leaveDayBlank: draft.header.leaveDayBlank, period, title: '' },
    values,
    instances: structuredClone(draft.instances),
    signature: structuredClone(draft.signature),
    distribution: [...draft.distribution],
  };
}
