import type { IssuerLevel, ReportTemplate, TemplateDefaults } from '../../schemas/template.ts';

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
export const withoutBlanks = (text: string) =>
  text
    .split('\n')
    .filter((l) => !hasBlank(l))
    .join('\n');

/**
 * What the user typed, or, left empty, the template's text without its lines that still hold a blank: a default is
 * never printed with "…" the user did not see in the field (they saw it empty).
 */
export const orDefault = (mine: string | undefined, theirs: string): string => (mine && /\S/.test(mine) ? mine : withoutBlanks(theirs));
