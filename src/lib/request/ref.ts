import type { ReportTemplate } from '../../schemas/template.ts';
import type { ReportRequest, RequestRef } from '../../schemas/request.ts';
import { requestId } from './identity.ts';
import { targetFields, targetSource } from './targets.ts';
import { citeDocument } from './basis.ts';

/**
 * What a unit's draft keeps of the request: its identity, the asking document, the deadline, the targets it can use,
 * each with the document that sets it (the asking document for the province's own).
 */
export function requestRef(r: ReportRequest, template?: Pick<ReportTemplate, 'sections'>): RequestRef {
  const fields = template && new Set(targetFields(template).map((c) => c.key));
  return {
    id: requestId(r),
    document: { ...r.document },
    deadline: r.deadline,
    targets: r.targets.filter((t) => !fields || fields.has(t.field)).map((t) => ({ ...t, source: targetSource(t, r) })),
    citation: citeDocument(r.document),
  };
}
