import type { FieldTemplate } from '../../../../schemas/template.ts';
import type { DocBlock } from '../../../document/model.ts';
import type { Issue } from '../../evaluation.ts';
import { textBlock, type BlockKind, type BlockOf, type CheckContext, type RenderContext } from '../types.ts';
import { isRecord } from '../../values.ts';
import { fieldType, formatFigure } from '../../../format/figure.ts';
import { lowerFirst, upperFirst } from '../../../format/text.ts';
import { EPS, checkRules, computeFigures, type Figures } from './compute.ts';
import { compareKey, comparePeriods, comparisonSentences, parseCompareKey } from './compare.ts';
import { usableFigure } from '../../rules/figures.ts';
import { citeBrief, isSuperseded } from '../../../catalogue/citation.ts';
import { wording } from '../../../document/wording.ts';

type Indicators = BlockOf<'indicators'>;

export function asFigures(v: unknown): Figures {
  if (!isRecord(v)) return {};
  const out: Figures = {};
  for (const [k, x] of Object.entries(v)) out[k] = typeof x === 'number' && Number.isFinite(x) ? x : null;
  return out;
}

/** Figures typed, derived and computed, each checked; targets compared with the figure they name. */
export const indicators: BlockKind<Indicators> = {
  // A figure is a number, or the text typed when it could not be read as one (kept, and a blocking error).
  shapeOk: (value) => isRecord(value) && Object.values(value).every((x) => x === null || typeof x === 'number' || typeof x === 'string'),
  hasContent(block, value) {
    const f = asFigures(value);
    return block.fields.some((field) => !field.compute && f[field.id] != null);
  },
  check(block, value, ctx) {
    const raw = asFigures(value);
    const fields = new Map(block.fields.map((f) => [f.id, f]));
    checkTyped(block, raw, fields, ctx);
    // A figure that cannot be printed (rules/figures.ts flags it) takes no part in sums, ratios and rules either.
    const usable = Object.fromEntries(
      Object.entries(raw).map(([k, x]) => [k, fields.has(k) && usableFigure(fieldType(fields.get(k)!), x) ? x : null]),
    );
    const { figures, computed, derivedFrom } = computeFigures(block, usable, fields, ctx);
    checkRules(block, figures, derivedFrom, fields, ctx);
    checkTargets(block, figures, ctx);
    ctx.out.figures[ctx.key] = figures;
    ctx.out.computed[ctx.key] = computed;
  },
  // This period's figures and, for a compared field, the other periods' figures typed beside them.
  typedFigures(block, value, key) {
    if (!isRecord(value)) return [];
    const typed = block.fields.filter((f) => !f.compute).map((f) => ({ f, id: f.id, label: f.label }));
    for (const p of comparePeriods)
      for (const f of block.fields) if (f.compare) typed.push({ f, id: compareKey(p.id, f.id), label: `${f.label} (${p.label})` });
    return typed.flatMap(({ f, id, label }) => {
      const x = value[id];
      return typeof x === 'number' || typeof x === 'string' ? [{ field: `${key}.${id}`, label, kind: fieldType(f), value: x }] : [];
    });
  },
  render: renderIndicators,
  // The figures belong to the old period; the next one keeps those it compares with, as "kỳ trước".
  rollover(block, value) {
    const fields = new Map(block.fields.map((f) => [f.id, f]));
    const { figures } = computeFigures(block, asFigures(value), fields, { key: '', where: '', issue: () => {} });
    const kept: Figures = {};
    for (const f of block.fields) if (f.compare && figures[f.id] != null) kept[compareKey('ky-truoc', f.id)] = figures[f.id];
    return Object.keys(kept).length ? kept : undefined;
  },
  references: (block) => block.fields.flatMap((f) => (f.target ? [f.target.source] : [])),
};

/** Figures the template lacks, and figures typed where the template computes them. */
function checkTyped(block: Indicators, raw: Figures, fields: Map<string, FieldTemplate>, { key, where, issue }: CheckContext) {
  for (const k of Object.keys(raw))
    if (fields.get(parseCompareKey(k)?.fieldId ?? '')?.compare) continue;
    else if (!fields.has(k))
      issue({
        key: `unknown:${key}.${k}`,
        field: `${key}.${k}`,
        severity: 'info',
        message: `${where}Số liệu "${k}" không có trong mẫu "${block.label}" và được bỏ qua.`,
      });
    else if (fields.get(k)!.compute && raw[k] != null)
      issue({
        key: `typed-computed:${key}.${k}`,
        field: `${key}.${k}`,
        severity: 'info',
        message: `${where}${fields.get(k)!.label} được tính tự động; số đã nhập được bỏ qua.`,
      });
}

/**
 * A figure's target: the template's (a catalogue entry in force, checked when the site is built), or else the one the
 * province's request set (kept with the draft, src/lib/request/): its own source, or the asking document.
 */
function targetOf(f: FieldTemplate, fk: string, { catalogue, draft, figures }: CheckContext) {
  if (f.target) {
    const entry = catalogue.get(f.target.source);
    return { ...f.target, entry, citation: citeBrief(entry, f.target.source), fromRequest: false };
  }
  const req = draft.request;
  const t = req?.targets.find((x) => x.field === fk);
  if (!req || !t) return undefined;
  const text = wording.request.target(t.op, formatFigure(f, t.value, figures), t.year);
  // requestRef (src/lib/request/ref.ts) writes the asking document as the source of the province's own targets.
  const citation = t.source;
  return { op: t.op, value: t.value, text, source: '', entry: undefined, citation, fromRequest: true };
}

/** Each target: met, not met or not yet measurable, with the document that sets it. */
function checkTargets(block: Indicators, v: Figures, ctx: CheckContext) {
  const { key, where, out, issue, figures } = ctx;
  for (const f of block.fields) {
    const fk = `${key}.${f.id}`;
    const target = targetOf(f, fk, ctx);
    if (!target) continue;
    const { entry, citation } = target;
    const x = v[f.id];
    const met = x == null ? null : target.op === '>=' ? x >= target.value - EPS : x <= target.value + EPS;
    out.targets[fk] = { field: fk, value: x, op: target.op, target: target.value, met, source: target.source, citation, text: target.text };
    if (!target.fromRequest && !entry)
      issue({
        key: `source:${fk}`,
        field: fk,
        severity: 'warning',
        message: `${where}Chỉ tiêu của "${f.label}" dẫn văn bản "${target.source}" không có trong danh mục.`,
      });
    else if (entry && isSuperseded(entry))
      issue({
        key: `superseded:${fk}`,
        field: fk,
        severity: 'warning',
        message: `${where}${citation} (căn cứ chỉ tiêu "${f.label}") đã bị thay thế hoặc hết hiệu lực: kiểm tra lại căn cứ.`,
      });
    const shown = x == null ? '' : formatFigure(f, x, figures);
    const result: Issue =
      met === true
        ? {
            key: `target:${fk}`,
            field: fk,
            severity: 'info',
            message: `${where}${f.label} (${shown}) đạt chỉ tiêu ${target.text} theo ${citation}.`,
          }
        : met === false
          ? {
              key: `target:${fk}`,
              field: fk,
              severity: 'warning',
              message: `${where}${f.label} (${shown}) chưa đạt chỉ tiêu ${target.text} theo ${citation}.`,
            }
          : {
              key: `target:${fk}`,
              field: fk,
              severity: 'info',
              message: `${where}Chưa đủ số liệu để tính ${lowerFirst(f.label)} và so với chỉ tiêu ${target.text} theo ${citation}.`,
            };
    issue(result);
  }
}

/** The figures filled in, as a list ("- …;"), one sentence, or a TT / Nội dung / Kết quả table. */
function renderIndicators(block: Indicators, value: unknown, { key, ev, prose, intro, figures: style }: RenderContext): DocBlock[] {
  const figures = ev.figures[key] ?? {};
  const shown = block.fields.filter((f) => figures[f.id] != null);
  const phrase = (f: FieldTemplate) => {
    const v = formatFigure(f, figures[f.id] as number, style);
    let p = f.phrase ? f.phrase.replace(/\{value\}/g, v) : `${f.label}: ${v}`;
    const t = ev.targets[`${key}.${f.id}`];
    if (t && t.met != null) {
      const entry = t.source ? prose.catalogue.get(t.source) : undefined;
      // Without the catalogue entry the source is not named (an id is no citation); a request's target names its own.
      const cite = !t.source
        ? ` theo ${t.citation}`
        : !entry
          ? ''
          : prose.cited.has(t.source)
            ? ` theo ${entry.kind} số ${entry.number}`
            : ` theo ${citeBrief(entry, t.source)}`;
      if (entry) prose.cited.add(t.source);
      p += ` (${t.met ? 'đạt' : 'chưa đạt'} chỉ tiêu ${t.text}${cite})`;
    }
    return p;
  };
  const compared = comparisonSentences(block, figures, isRecord(value) ? value : {}, style).map(textBlock);
  if (block.display === 'sentence') {
    const phrases = shown.map(phrase);
    const body = phrases.join(phrases.some((p) => p.includes(':')) ? '; ' : ', ');
    return [textBlock(`${intro ? intro + ' ' : ''}${body}.`), ...compared];
  }
  const out: DocBlock[] = intro ? [textBlock(intro)] : [];
  if (block.display === 'table')
    out.push({
      type: 'table',
      columns: [
        { label: wording.rowNumber, align: 'center', width: 8 },
        { label: wording.figureLabel, align: 'left', width: 62 },
        { label: wording.figureValue, align: 'right', width: 30 },
      ],
      rows: shown.map((f, i) => [
        { text: String(i + 1), align: 'center' },
        { text: f.label },
        { text: formatFigure(f, figures[f.id] as number, style), align: 'right' },
      ]),
    });
  else
    shown.forEach((f, i) =>
      out.push(textBlock(`${f.level === 2 ? '+' : '-'} ${upperFirst(phrase(f))}${i === shown.length - 1 ? '.' : ';'}`)),
    );
  return [...out, ...compared];
}
