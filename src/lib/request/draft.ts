import type { Draft } from '../../schemas/draft.ts';
import type { ReportTemplate } from '../../schemas/template.ts';
import type { CriteriaSet } from '../../schemas/criteria.ts';
import type { ReportRequest } from '../../schemas/request.ts';
import { defaultsFor, scoreBlocks } from '../report/index.ts';
import { newDraft } from '../drafts/new.ts';
import { normalisePeriod } from '../drafts/period.ts';
import { requestBasis } from './basis.ts';
import { requestRef } from './ref.ts';
import { criteriaTable } from './criteria.ts';
import { requestMessages } from './messages.ts';

export { requestRef, criteriaTable };

export type DraftFromRequest = { ok: true; draft: Draft } | { ok: false; error: string };

/**
 * A new draft of the request's kind, set as the province asked: the period and its data cut-off, Kính gửi, the căn cứ
 * naming the asking document, the targets (kept with the request, shown beside the figures they judge) and, for a
 * self-assessment, the criteria set as an empty score table. Everything else is the template's, as in any new draft.
 */
export function draftFromRequest(
  template: ReportTemplate,
  r: ReportRequest,
  today: Date,
  name = '',
  criteriaSets: readonly CriteriaSet[] = [],
): DraftFromRequest {
  const d = newDraft(template, today, name);
  const allowed = template.periods.includes(r.period.kind);
  const period = allowed ? normalisePeriod({ ...r.period }) : d.header.period;
  d.header.period = r.cutoff && allowed ? { ...period, cutoff: { ...r.cutoff } } : period;
  if (r.recipients.length) d.header.recipients = [...r.recipients];
  d.header.basis = requestBasis(defaultsFor(template).basis, r.document);
  d.request = requestRef(r, template);
  if (r.criteria) {
    const key = scoresKey(template);
    const table = key ? criteriaTable(r.criteria, criteriaSets) : undefined;
    if (key && !table) return { ok: false, error: requestMessages.unknownCriteria('id' in r.criteria ? r.criteria.id : '') };
    if (key && table) d.values[key] = table;
  }
  return { ok: true, draft: d };
}

/** The key of the template's score table (its first, outside repeated sections). */
export const scoresKey = (template: Pick<ReportTemplate, 'sections'>): string | undefined => scoreBlocks(template)[0]?.key;
