import type { Draft } from '../../schemas/draft.ts';
import type { ReportTemplate } from '../../schemas/template.ts';
import { DRAFT_FORMAT, DRAFT_VERSION } from './constants.ts';

type Period = Draft['header']['period'];

/** "YYYY-MM-DD" of a local date. */
export const isoOf = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The period a report written on `today` most likely covers, for the template's first allowed kind. */
function defaultPeriod(kinds: readonly Period['kind'][], today: Date): Period {
  const kind = kinds[0] ?? 'nam';
  const year = today.getFullYear();
  const month = today.getMonth() + 1;
  switch (kind) {
    case 'thang':
      return { kind, year, index: month };
    case 'quy':
      return { kind, year, index: Math.ceil(month / 3) };
    case '6-thang':
      return { kind, year, index: month <= 7 ? 1 : 2 };
    case 'khoang':
      return { kind, year, from: `${year}-01-01`, to: isoOf(today) };
    default:
      return { kind, year };
  }
}

/**
 * An empty draft filled with the template's defaults; dated today. The decision's texts, if the kind offers one, are
 * the template's until the user edits them (drafts/structure.ts); another issuer level is applyLevel (drafts/level.ts).
 */
export function newDraft(template: ReportTemplate, today: Date, name = ''): Draft {
  const d = template.defaults;
  return {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    kind: template.id,
    name,
    updatedAt: '',
    header: {
      parentBody: d.parentBody,
      issuer: d.issuer,
      issuerAbbr: d.issuerAbbr,
      number: '',
      place: d.place,
      date: isoOf(today),
      leaveDayBlank: false,
      period: defaultPeriod(template.periods, today),
      recipients: [...d.recipients],
      basis: d.basis,
      title: '',
    },
    values: {},
    instances: {},
    closing: d.closing,
    signature: { authority: [...d.signature.authority], title: d.signature.title, name: d.signature.name },
    distribution: [...d.distribution],
  };
}
