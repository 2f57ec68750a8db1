import type { FieldTemplate } from '../../../../schemas/template.ts';
import type { DocBlock } from '../../../document/model.ts';
import type { Issue } from '../../evaluation.ts';
import { textBlock, type BlockKind, type BlockOf, type CheckContext, type RenderContext } from '../types.ts';
import { isRecord } from '../../values.ts';
import { fieldType, formatFigure } from '../../../format/figure.ts';
import { percentDecimals } from '../../../format/number.ts';
import { joinVi, lowerFirst, upperFirst } from '../../../format/text.ts';
import { periodLabel } from '../../../format/period.ts';
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
    checkCarried(block, raw, ctx);
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
  // The figures belong to the old period; the next one keeps those it compares with, as "kỳ trước", and starts with
  // the figures it carries over (the files still pending become the files carried over).
  rollover(block, value) {
    const fields = new Map(block.fields.map((f) => [f.id, f]));
    const { figures } = computeFigures(block, asFigures(value), fields, { key: '', where: '', issue: () => {} });
    const kept: Figures = {};
    for (const f of block.fields) if (f.compare && figures[f.id] != null) kept[compareKey('ky-truoc', f.id)] = figures[f.id];
    for (const f of block.fields) {
      const carried = f.carry ? carriedFigure(block, figures, f.carry) : null;
      if (carried != null) kept[f.id] = carried;
    }
    return Object.keys(kept).length ? kept : undefined;
  },
  carried: (block) => block.fields.filter((f) => f.carry).map((f) => f.id),
  references: (block) => block.fields.flatMap((f) => (f.target ? [f.target.source] : [])),
};

/**
 * The figure a field with `carry` starts the next period with: the sum of those figures of this period (an empty one
 * that reads as 0 counts as 0), or, when they were not given one by one, the total a rule makes of exactly them.
 */
export function carriedFigure(block: Indicators, figures: Figures, ids: string[]): number | null {
  const fields = new Map(block.fields.map((f) => [f.id, f]));
  const parts = ids.map((id) => figures[id] ?? (fields.get(id)?.emptyIsZero ? 0 : null));
  if (parts.every((x) => x != null) && ids.some((id) => figures[id] != null)) return parts.reduce((a, x) => a! + x!, 0);
  const rule = block.rules.find((r) => r.parts.length === ids.length && ids.every((id) => r.parts.includes(id)));
  return rule ? (figures[rule.total] ?? null) : null;
}

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
 * A figure "Tạo từ kỳ trước" filled (the files carried over): marked with where it came from, and a warning once it
 * differs from that period's figures.
 */
function checkCarried(block: Indicators, raw: Figures, { key, where, draft, figures: style, issue }: CheckContext) {
  const origin = draft.origin;
  if (origin?.from !== 'previous' || !origin.period) return;
  const names = new Map(block.fields.map((f) => [f.id, lowerFirst(f.short ?? f.label)]));
  for (const f of block.fields) {
    const from = f.carry && origin.carried[`${key}.${f.id}`];
    if (from == null) continue;
    const fk = `${key}.${f.id}`;
    const what = joinVi(f.carry!.map((id) => names.get(id) ?? id));
    const shown = formatFigure(f, from, style);
    const now = raw[f.id];
    issue({
      key: `carried-figure:${fk}`,
      field: fk,
      severity: now === from || now == null ? 'info' : 'warning',
      prominent: true,
      message:
        now === from || now == null
          ? `${where}Lấy từ kỳ trước (${periodLabel(origin.period)}): ${what} cuối kỳ đó, ${shown}.`
          : `${where}${f.label} (${formatFigure(f, now, style)}) khác số hồ sơ lấy từ kỳ trước (${periodLabel(origin.period)}: ${what} ${shown}): kiểm tra lại.`,
    });
  }
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

/**
 * The figures filled in, as a list ("- …;", "+ …;"), one sentence, or a TT / Nội dung / Kết quả table. A level-3 figure
 * is a part of the level-2 figure above it and is printed inside that item, so a list keeps the form's hierarchy
 * ("+ Mới tiếp nhận 120 hồ sơ (tiếp nhận trực tuyến 80 hồ sơ; …);"); its percentages share their number of decimals.
 */
function renderIndicators(block: Indicators, value: unknown, { key, ev, prose, intro, figures: style }: RenderContext): DocBlock[] {
  const figures = ev.figures[key] ?? {};
  const shown = block.fields.filter((f) => figures[f.id] != null);
  // The block's rates, in a list, a sentence or the table's column, share their number of decimals.
  const decimals = percentDecimals(shown.filter((f) => fieldType(f) === 'percent').map((f) => figures[f.id]));
  // A part whose whole is not printed ("trong đó từ kỳ trước …" while the total is unknown) stands alone, by its label.
  // Level-2 figures with no figure above them are items under the block's intro, as the template means them.
  const alone = new Set(
    shown.filter((f) => {
      const whole = f.level > 1 ? parentOf(block.fields, f) : undefined;
      return whole !== undefined && !shown.includes(whole);
    }),
  );
  const phrase = (f: FieldTemplate) => {
    const x = figures[f.id] as number;
    const v = formatFigure(f, x, style, decimals);
    let p = x === 0 && f.zero ? f.zero : f.phrase && !alone.has(f) ? f.phrase.replace(/\{value\}/g, v) : `${f.label}: ${v}`;
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
  const items = foldParts(shown, block.fields).map(({ field, parts }) =>
    parts.length ? `${phrase(field)} (${parts.map(phrase).join('; ')})` : phrase(field),
  );
  if (block.display === 'sentence') {
    const body = items.join(items.some((p) => p.includes(':')) ? '; ' : ', ');
    return [textBlock(`${intro ? intro + ' ' : ''}${body}.`), ...compared];
  }
  const out: DocBlock[] = intro ? [textBlock(intro)] : [];
  if (block.display === 'table') {
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
        { text: formatFigure(f, figures[f.id] as number, style, decimals), align: 'right' },
      ]),
    });
  } else {
    const top = foldParts(shown, block.fields).map(({ field }) => field.level === 1 || alone.has(field));
    items.forEach((item, i) => out.push(textBlock(`${top[i] ? '-' : '+'} ${upperFirst(item)}${i === items.length - 1 ? '.' : ';'}`)));
  }
  return [...out, ...compared];
}

/** The figure a level-2 or level-3 figure is a part of: the nearest one above it of a lower level. */
function parentOf(fields: FieldTemplate[], f: FieldTemplate): FieldTemplate | undefined {
  for (let i = fields.indexOf(f) - 1; i >= 0; i--) if (fields[i].level < f.level) return fields[i];
  return undefined;
}

/**
 * Figures in order, each level-3 figure joined to the level-2 figure it is a part of (alone when that one is not
 * printed). `all`: the block's fields, printed or not.
 */
function foldParts(fields: FieldTemplate[], all: FieldTemplate[]): { field: FieldTemplate; parts: FieldTemplate[] }[] {
  const out: { field: FieldTemplate; parts: FieldTemplate[] }[] = [];
  for (const f of fields) {
    const last = out[out.length - 1];
    if (f.level === 3 && last && last.field === parentOf(all, f)) last.parts.push(f);
    else out.push({ field: f, parts: [] });
  }
  return out;
}
