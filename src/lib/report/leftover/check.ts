import type { ReportTemplate } from '../../../schemas/template.ts';
import type { Draft } from '../../../schemas/draft.ts';
import type { Issue } from '../evaluation.ts';
import { periodLabel } from '../../format/period.ts';
import { headerLines } from '../normalize.ts';
import { draftTexts, type TextField } from './texts.ts';
import { headerUnit, unitMentionKey, unitMentions } from './units.ts';
import { isOtherPeriod, namesPeriod, periodMentions } from './periods.ts';
import { sentencesOf, textHash } from './hash.ts';
import { m } from './messages.ts';

/**
 * Placeholders a text printed in the body may hold (filled when printed: placeholders.ts, format/period-vars.ts); any
 * other "{…}" is the template's code.
 */
const FILLED = new Set(['ky', 'ky_ngan', 'nam', 'ky_toi', 'loai_ky', 'don_vi', 'cap', 'cap_uy', 'van_ban', 'chot_so_lieu']);

/**
 * Text that does not belong to this document, on every kind: another unit than the header's (a peer: a commune naming
 * another commune), another year or period than the draft's, a template's code ("{…}", "[[…]]" where it is not
 * expanded); for a draft made from the previous period, texts carried over unedited that still hold that period's
 * words or figures ("còn từ kỳ trước"); for a draft made from the sample, that it is the sample while its unit is the
 * sample's, and the sample's sentences still in it. Warnings at their fields, shown at once (the user did not write
 * that text in this draft), and in the list before download.
 */
export function checkLeftovers(template: ReportTemplate, draft: Draft, issue: (i: Issue) => void): void {
  const texts = draftTexts(template, draft);
  const origin = draft.origin;
  const found = findings();
  const carried = new Set<string>();
  if (origin?.from === 'previous') for (const t of texts) if (carriedLeftover(t, draft, found)) carried.add(t.field);
  if (origin?.from === 'example') checkSample(texts, draft, found, issue);

  const unit = headerUnit(draft.header);
  const known = new Set([...(unit ? [unitMentionKey(unit)] : [])]);
  for (const items of Object.values(draft.instances))
    for (const it of items) for (const u of unitMentions(it.name)) known.add(unitMentionKey(u));
  const p = draft.header.period;
  const sampleYear = origin?.from === 'example' && origin.period?.year !== p.year ? origin.period?.year : undefined;
  for (const t of texts) {
    if (unit)
      found.add(
        t,
        'foreign-unit',
        unitMentions(t.text)
          .filter((u) => u.level === unit.level && !known.has(unitMentionKey(u)))
          .map((u) => u.text),
      );
    if (!carried.has(t.field))
      found.add(
        t,
        'foreign-period',
        periodMentions(t.text)
          .filter((x) => isOtherPeriod(x, p) || (sampleYear != null && !x.compared && x.year === sampleYear))
          .map((x) => x.text),
      );
    found.add(t, 'token', templateTokens(t));
  }
  const prev = origin?.period ? periodLabel(origin.period) : '';
  for (const { field, label, kind, items } of found.list()) {
    const list = quoted(items);
    const message =
      kind === 'foreign-unit'
        ? m.foreignUnit(label, list, unit!.text)
        : kind === 'foreign-period'
          ? m.otherPeriod(label, list, periodLabel(p))
          : kind === 'token'
            ? m.token(label, list)
            : kind === 'carried'
              ? m.carried(label, prev, list)
              : m.sampleSentences(label, new Set(items).size, list);
    // Shown at once where the user may not have written the text (carried over, the sample's); otherwise, like any
    // problem, once the field was edited and left.
    const prominent = kind === 'carried' || kind === 'sample' || origin != null;
    issue({ key: `${kind}:${field}`, field, severity: 'warning', prominent, message });
  }
}

type Kind = 'foreign-unit' | 'foreign-period' | 'token' | 'carried' | 'sample';
type Findings = ReturnType<typeof findings>;

/**
 * What the checks found, by the field it is said at: a text's own, or its owner's for the many small texts of a table
 * (its cells are listed together, at the table) — one warning per field and kind of finding.
 */
function findings() {
  const groups = new Map<string, { field: string; label: string; kind: Kind; items: string[] }>();
  return {
    add(t: TextField, kind: Kind, items: string[]) {
      if (!items.length) return;
      const at = t.owner ?? { field: t.field, label: t.label };
      const id = `${kind}:${at.field}`;
      const g = groups.get(id) ?? { ...at, kind, items: [] };
      g.items.push(...items);
      groups.set(id, g);
    },
    list: () => [...groups.values()],
  };
}

/** A carried text still as it was carried, holding the previous period's words or figures: "còn từ kỳ trước". */
function carriedLeftover(t: TextField, draft: Draft, found: Findings): boolean {
  const origin = draft.origin!;
  const prev = origin.period;
  if (!prev || origin.texts[t.field] !== textHash(t.text)) return false;
  const yearChanged = prev.year !== draft.header.period.year;
  const words = periodMentions(t.text).filter((x) => namesPeriod(x, prev) || (yearChanged && x.year === prev.year));
  const figures = new Set(origin.figures);
  const numbers = (t.text.match(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g) ?? []).filter((n) => figures.has(n));
  const items = [...words.map((x) => x.text), ...numbers];
  found.add(t, 'carried', items);
  return items.length > 0;
}

/**
 * The draft holds the sample. While its unit is the sample's, one warning says so (how many of the sample's sentences
 * it holds); once the unit is the user's, what is left of the sample is a leftover: each field lists its sentences.
 */
function checkSample(texts: TextField[], draft: Draft, found: Findings, issue: (i: Issue) => void): void {
  const origin = draft.origin!;
  const unit = (a: string) => headerLines(a).join(' ').toLocaleUpperCase('vi');
  const sentences = new Set(origin.sentences);
  const left = texts.filter((t) => !t.list).map((t) => ({ t, found: sentencesOf(t.text).filter((x) => sentences.has(textHash(x))) }));
  if (origin.issuer && unit(origin.issuer) === unit(draft.header.issuer)) {
    const total = left.reduce((n, x) => n + x.found.length, 0);
    issue({
      key: 'sample:header.issuer',
      field: 'header.issuer',
      severity: 'warning',
      prominent: true,
      message: m.sample(headerLines(origin.issuer).join(' '), total),
    });
    return;
  }
  for (const x of left) found.add(x.t, 'sample', x.found.map(short));
}

/** "{abc}" a print does not fill, and "[[…]]" in a text that does not expand citations. */
function templateTokens(t: TextField): string[] {
  const braces = [...t.text.matchAll(/\{([a-z_]+)\}/g)].filter((x) => !(t.filled && FILLED.has(x[1]))).map((x) => x[0]);
  const citations = t.prose ? [] : [...t.text.matchAll(/\[\[[^\]\n]{1,80}\]\]/g)].map((x) => x[0]);
  return [...braces, ...citations];
}

/** “a”, “b”, “c” (five at most, then "…"), each once. */
function quoted(items: string[]): string {
  const unique = [...new Set(items)];
  const shown = unique.slice(0, 5).map((x) => `“${x}”`);
  return shown.join(', ') + (unique.length > 5 ? ', …' : '');
}

const short = (s: string) => (s.length > 90 ? `${s.slice(0, 87).replace(/\s+\S*$/, '')} …` : s);
