import type { IssuerLevel, ReportTemplate, TemplateDefaults } from '../../schemas/template.ts';
import type { Draft } from '../../schemas/draft.ts';
import { issuerKind } from '../names/index.ts';

/**
 * A template's defaults for an issuer level (xã, phường, đặc khu; UBND tỉnh; sở, ban, ngành): the template's own
 * `defaults` with what `levels[level]` changes. The level the defaults are written for, or one the template does not
 * serve, gives the defaults as they are.
 */
export function defaultsFor(template: Pick<ReportTemplate, 'defaults' | 'level' | 'levels'>, level?: IssuerLevel): TemplateDefaults {
  const over = level && level !== template.level ? template.levels?.[level] : undefined;
  if (!over) return template.defaults;
  const { decision, signature, ...rest } = over;
  const base = template.defaults;
  return {
    ...base,
    ...rest,
    signature: signature ?? base.signature,
    decision: base.decision && { ...base.decision, ...decision },
  };
}

/** The issuer levels a template serves, its own first; one level means the builder offers no choice. */
export const levelsOf = (template: Pick<ReportTemplate, 'level' | 'levels'>): IssuerLevel[] => [
  template.level,
  ...(Object.keys(template.levels ?? {}) as IssuerLevel[]).filter((l) => l !== template.level),
];

/** A blank left in a template's text for the user to fill: "…" (or "..."). */
export const hasBlank = (text: string) => /…|\.\.\./.test(text);

/** The lines of a text that hold no blank to fill ("Căn cứ Kế hoạch số …/KH-UBND ngày …" is dropped). */
const withoutBlanks = (text: string) =>
  text
    .split('\n')
    .filter((l) => !hasBlank(l))
    .join('\n');

/**
 * What the user typed, or, left empty, the template's text without its lines that still hold a blank: a default is
 * never printed with "…" the user did not see in the field (they saw it empty).
 */
export const orDefault = (mine: string | undefined, theirs: string): string => (mine && /\S/.test(mine) ? mine : withoutBlanks(theirs));

export type IssuerText = 'basis' | 'closing' | 'distribution';

/**
 * Default texts written for another issuer than the one typed: the draft's opening, closing or Nơi nhận still as its
 * level's defaults have them, when the header's issuing body says it is of another level (a Văn phòng UBND tỉnh under
 * a sở's defaults would close with "Văn phòng Sở", "Giám đốc Sở"). They stay out of the document and the builder says
 * so at their fields. A kind that serves one level writes its defaults for every issuer, so nothing is foreign there.
 */
export function foreignDefaults(
  template: Pick<ReportTemplate, 'defaults' | 'level' | 'levels'>,
  draft: Pick<Draft, 'header' | 'level' | 'closing' | 'distribution'>,
): Set<IssuerText> {
  const out = new Set<IssuerText>();
  const levels = levelsOf(template);
  const typed = issuerKind(draft.header).kind;
  const current = draft.level ?? template.level;
  if (levels.length < 2 || !typed || typed === current) return out;
  const mine = defaultsFor(template, current);
  const theirs = levels.includes(typed) ? defaultsFor(template, typed) : undefined;
  const texts: [IssuerText, unknown, (d: TemplateDefaults) => unknown][] = [
    ['basis', draft.header.basis, (d) => d.basis],
    ['closing', draft.closing, (d) => d.closing],
    ['distribution', draft.distribution, (d) => d.distribution],
  ];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const [name, text, pick] of texts) if (same(text, pick(mine)) && !(theirs && same(text, pick(theirs)))) out.add(name);
  return out;
}
