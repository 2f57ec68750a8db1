import type { Draft, DraftOrigin } from '../../schemas/draft.ts';
import type { ReportTemplate } from '../../schemas/template.ts';
import {
  allSections,
  blockKind,
  draftTexts,
  evaluate,
  fillPlaceholders,
  isRecord,
  resolveParts,
  sentencesOf,
  textHash,
  viewOf,
} from '../report/index.ts';
import { formatNumber } from '../format/number.ts';

/**
 * What a draft made from another remembers of it (schemas/draft.ts, `origin`), for the checks of text left over
 * (src/lib/report/leftover/): the unit and period it was made from and, from a previous period, the figures it was
 * filled with, that period's figures as text quotes them and each carried text's fingerprint; from the sample, the
 * fingerprints of the sample's sentences.
 */

/**
 * "Dùng dữ liệu mẫu": the sample's unit, period and sentences — not those the template itself supplies (its căn cứ,
 * câu kết, the decision's standard articles): a user keeps those on purpose.
 */
export function exampleOrigin(example: Draft, template: ReportTemplate): DraftOrigin {
  const own = new Set(
    stringsOf([template.defaults, template.levels])
      .flatMap((x) => sentencesOf(fillPlaceholders(x, example)))
      .map(textHash),
  );
  const sentences = new Set<string>();
  for (const t of draftTexts(template, example))
    if (!t.list) for (const s of sentencesOf(t.text)) if (!own.has(textHash(s))) sentences.add(textHash(s));
  return {
    from: 'example',
    issuer: example.header.issuer,
    period: example.header.period,
    carried: {},
    figures: [],
    texts: {},
    sentences: [...sentences],
  };
}

/** "Tạo từ kỳ trước": `next` as made from `prev`. */
export function previousOrigin(prev: Draft, next: Draft, template: ReportTemplate): DraftOrigin {
  const carried: Record<string, number> = {};
  for (const s of allSections(resolveParts(template, next)))
    for (const { key, block } of s.blocks) {
      const value: unknown = next.values[key];
      if (viewOf(block) || !isRecord(value)) continue;
      for (const id of blockKind(block).carried?.(block) ?? []) {
        const x = value[id];
        if (typeof x === 'number') carried[`${key}.${id}`] = x;
      }
    }
  const texts: Record<string, string> = {};
  for (const t of draftTexts(template, next)) texts[t.field] = textHash(t.text);
  return {
    from: 'previous',
    issuer: prev.header.issuer,
    period: prev.header.period,
    carried,
    figures: quotedFigures(prev, template),
    texts,
    sentences: [],
  };
}

/**
 * The previous period's figures as a text would quote them: counts of 10 or more but 100 ("1.234", "66"), rates with
 * decimals ("97,82") — a smaller or rounder number could be anything.
 */
function quotedFigures(prev: Draft, template: ReportTemplate): string[] {
  const out = new Set<string>();
  for (const figures of Object.values(evaluate(template, prev).figures))
    for (const x of Object.values(figures)) {
      if (x == null || !Number.isFinite(x)) continue;
      if (Number.isInteger(x) ? x >= 10 && x !== 100 : true) out.add(formatNumber(x));
    }
  return [...out];
}

/** Every string in a value, however deep. */
const stringsOf = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(stringsOf) : isRecord(v) ? Object.values(v).flatMap(stringsOf) : [];
