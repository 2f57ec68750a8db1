/**
 * Where a report's figures stand in the text it prints. The document is built exactly as it is rendered (the same
 * wording, number style, list hierarchy and tables), with each figure of a template field wrapped in invisible marks
 * as it is formatted (FigureStyle.mark). Each figure then comes with the words around it as printed — its window — and
 * the .docx records these windows beside its draft, so the figures can be read back from the document after it was
 * edited in Word (src/lib/printed/readback.ts), with the wording of the site that made it. Nothing here knows a label
 * or a phrase: when the wording changes, the windows follow it.
 */
import type { FieldTemplate, ReportTemplate } from '../../schemas/template.ts';
import type { Draft } from '../../schemas/draft.ts';
import type { CatalogueBrief } from '../../schemas/catalogue.ts';
import { blockText, type DocBlock, type ReportDocument } from '../document/model.ts';
import type { FigureStyle } from '../format/figure.ts';
import { foldSpace, type FigureWindow } from '../printed/text.ts';
import { buildDocument } from './build.ts';
import { evaluate } from './evaluate.ts';
import type { Evaluation } from './evaluation.ts';
import { figureBlocks, scoreBlocks } from './walk.ts';

/** In a window: another figure (any number there), this figure, the end of either. Private-use characters. */
export const OTHER = '\uE000';
export const OWN = '\uE001';
export const END = '\uE002';
const SLOT = '\uE003';

export type { FigureWindow };

/** Characters of the site's words kept before and after a figure, and the other figures a window may cross before it. */
const BEFORE = 32;
const AFTER = 12;
const CROSSED = 2;

type Slot = { key: string; value: number; text: string; context?: number };
type Segment = { text: string } | { slot: number };

/**
 * The windows of every figure the document prints whose block and field are known ("<block key>.<field id>", the
 * blocks of figureBlocks; a score table's scores, blocks/scores/printed.ts), in document order. A figure printed twice
 * has two windows.
 */
export function figureWindows(
  template: ReportTemplate,
  draft: Draft,
  catalogue: CatalogueBrief[] = [],
  evaluation: Evaluation = evaluate(template, draft, catalogue),
): FigureWindow[] {
  const keys = fieldKeys(template);
  if (!keys.size && !scoreBlocks(template).length) return [];
  const slots: Slot[] = [];
  const markAt = (key: string, value: number, text: string, context?: number) => {
    slots.push({ key, value, text: foldSpace(text), context });
    return `${SLOT}${slots.length - 1}${END}`;
  };
  const mark = (f: FieldTemplate, value: number, text: string) => markAt(keys.get(f) ?? '', value, text);
  const figures: FigureStyle = { ...template.figures, mark, markAt };
  const doc = buildDocument({ ...template, figures }, draft, catalogue, { evaluation });
  const list = segments(foldSpace(documentText(doc)));
  return list.flatMap((s, i) => {
    if (!('slot' in s) || !slots[s.slot].key) return [];
    const { key, value, text, context } = slots[s.slot];
    const next = list[i + 1];
    const after = next && 'text' in next ? headWords(next.text, AFTER) : '';
    return [{ key, value, window: `${before(list, i, slots, Math.max(BEFORE, context ?? 0))}${OWN}${text}${END}${after}` }];
  });
}

/** The words before segment `at`, about `budget` characters of them, other figures among them kept as figures. */
function before(list: Segment[], at: number, slots: Slot[], budget: number): string {
  let out = '';
  let crossed = 0;
  for (let i = at - 1; i >= 0 && budget > 0; i--) {
    const s = list[i];
    if ('slot' in s) {
      if (++crossed > CROSSED) break;
      out = `${OTHER}${slots[s.slot].text}${END}${out}`;
      continue;
    }
    const words = tailWords(s.text, budget);
    out = words + out;
    budget -= words.length;
    if (words.length < s.text.length) break;
  }
  return out;
}

const tailWords = (s: string, n: number) => (s.length <= n ? s : s.slice(s.length - n).replace(/^\S*\s?/, ''));
const headWords = (s: string, n: number) => (s.length <= n ? s : s.slice(0, n).replace(/\s?\S*$/, ''));

/** Which block printed a field: the figure blocks' fields (a field object two blocks share stays unknown). */
function fieldKeys(template: Pick<ReportTemplate, 'sections'>): Map<FieldTemplate, string> {
  const keys = new Map<FieldTemplate, string>();
  const twice = new Set<FieldTemplate>();
  for (const { key, block } of figureBlocks(template))
    if (block.kind === 'indicators')
      for (const f of block.fields) {
        if (keys.has(f)) twice.add(f);
        keys.set(f, `${key}.${f.id}`);
      }
  for (const f of twice) keys.delete(f);
  return keys;
}

function segments(stream: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of stream.matchAll(new RegExp(`${SLOT}(\\d+)${END}`, 'g'))) {
    if (m.index > at) out.push({ text: stream.slice(at, m.index) });
    out.push({ slot: Number(m[1]) });
    at = m.index + m[0].length;
  }
  if (at < stream.length) out.push({ text: stream.slice(at) });
  return out;
}

/** The text of the document's body and appendices, block after block: where its figures are printed. */
export function documentText(doc: ReportDocument): string {
  const line = (text: string): DocBlock => ({ type: 'paragraph', runs: [{ text }] });
  const blocks = [...doc.body, ...(doc.appendices ?? []).flatMap((a) => [line(a.label), line(a.title), line(a.note), ...a.body])];
  return blocks.map((b) => blockText(b, { columnLabels: true })).join(' ');
}
