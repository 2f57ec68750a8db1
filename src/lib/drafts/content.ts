import type { Draft } from '../../schemas/draft.ts';
import type { ReportTemplate } from '../../schemas/template.ts';
import { newDraft } from './new.ts';

/** True when the draft holds anything a user typed beyond the template's defaults (worth asking before replacing it). */
export function hasUserContent(d: Draft, template: ReportTemplate): boolean {
  const fresh = newDraft(template, new Date());
  return (
    Object.keys(d.values).length > 0 ||
    Object.values(d.instances).some((l) => l.length > 0) ||
    d.header.basis !== fresh.header.basis ||
    d.header.title !== '' ||
    d.header.number !== '' ||
    d.closing !== fresh.closing ||
    Object.keys(d.texts ?? {}).length > 0 ||
    (d.omit ?? []).length > 0 ||
    d.decision !== undefined ||
    d.signature.name !== fresh.signature.name
  );
}
