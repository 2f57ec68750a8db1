import type { Draft } from '../../schemas/draft.ts';
import type { IssuerLevel, ReportTemplate } from '../../schemas/template.ts';
import { defaultsFor } from '../report/index.ts';
import { decisionDraft } from './structure.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** The new default where the user left the old one as it was; what the user wrote otherwise. */
const keep = <T>(current: T, before: T, after: T): T => (same(current, before) ? after : current);

/**
 * Switches a draft to another issuer level (xã; UBND tỉnh; sở): every text still as the old level's defaults had it
 * (bodies, abbreviation, Kính gửi, căn cứ, câu kết, signer's authority and title, Nơi nhận, the decision's texts) takes
 * the new level's; whatever the user changed stays as it is. Never touches figures, sections or the signer's name.
 */
export function applyLevel(draft: Draft, template: ReportTemplate, level: IssuerLevel): Draft {
  const from = defaultsFor(template, draft.level ?? template.level);
  const to = defaultsFor(template, level);
  const h = draft.header;
  const sig = draft.signature;
  const oldDecision = from.decision && decisionDraft(from.decision);
  const newDecision = to.decision && decisionDraft(to.decision);
  const d = draft.decision ?? oldDecision;
  return {
    ...draft,
    level,
    header: {
      ...h,
      parentBody: keep(h.parentBody, from.parentBody, to.parentBody),
      issuer: keep(h.issuer, from.issuer, to.issuer),
      issuerAbbr: keep(h.issuerAbbr, from.issuerAbbr, to.issuerAbbr),
      recipients: keep(h.recipients, from.recipients, to.recipients),
      basis: keep(h.basis, from.basis, to.basis),
    },
    closing: keep(draft.closing, from.closing, to.closing),
    signature: {
      ...sig,
      authority: keep(sig.authority, from.signature.authority, to.signature.authority),
      title: keep(sig.title, from.signature.title, to.signature.title),
    },
    distribution: keep(draft.distribution, from.distribution, to.distribution),
    ...(d && oldDecision && newDecision
      ? {
          decision: {
            use: keep(d.use, oldDecision.use, newDecision.use),
            title: keep(d.title, oldDecision.title, newDecision.title),
            authority: keep(d.authority, oldDecision.authority, newDecision.authority),
            basis: keep(d.basis, oldDecision.basis, newDecision.basis),
            articles: keep(d.articles, oldDecision.articles, newDecision.articles),
            distribution: keep(d.distribution, oldDecision.distribution, newDecision.distribution),
          },
        }
      : {}),
  };
}
