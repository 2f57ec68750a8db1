import type { FieldTemplate } from '../../../schemas/template.ts';
import type { DocBlock } from '../model.ts';
import type { Issue } from '../evaluate.ts';
import { textBlock, type BlockKind, type BlockOf, type CheckContext, type RenderContext } from './types.ts';
import { isRecord } from '../values.ts';
import { formatNumber, formatPercent, percentOf } from '../../format/number.ts';
import { fieldType, formatFigure } from '../../format/figure.ts';
import { joinVi, lowerFirst, upperFirst } from '../../format/text.ts';
import { citeBrief, isSuperseded } from '../../catalogue/citation.ts';
import { wording } from '../wording.ts';

type Indicators = BlockOf<'indicators'>;
type Figures = Record<string, number | null>;

const EPS = 1e-9;

export function asFigures(v: unknown): Figures {
  if (!isRecord(v)) return {};
  const out: Figures = {};
  for (const [k, x] of Object.entries(v)) out[k] = typeof x === 'number' && Number.isFinite(x) ? x : null;
  return out;
}

/** Figures typed, derived and computed, each checked; targets compared with the figure they name. */
export const indicators: BlockKind<Indicators> = {
  shapeOk: (value) => isRecord(value) && Object.values(value).every((x) => x === null || typeof x === 'number'),
  hasContent(block, value) {
    const f = asFigures(value);
    return block.fields.some((field) => !field.compute && f[field.id] != null);
  },
  check(block, value, ctx) {
    const raw = asFigures(value);
    const fields = new Map(block.fields.map((f) => [f.id, f]));
    checkTyped(block, raw, fields, ctx);
    const { figures, computed, derivedFrom } = compute(block, raw, fields, ctx);
    checkRules(block, figures, derivedFrom, fields, ctx);
    checkTargets(block, figures, ctx);
    ctx.out.figures[ctx.key] = figures;
    ctx.out.computed[ctx.key] = computed;
  },
  render: renderIndicators,
  // All figures belong to the old period.
  rollover: () => undefined,
  references: (block) => block.fields.flatMap((f) => (f.target ? [f.target.source] : [])),
};

/** Typed figures: counts whole and not negative, percentages 0–100, nothing absurdly large; figures the template lacks. */
function checkTyped(block: Indicators, raw: Figures, fields: Map<string, FieldTemplate>, { key, where, issue }: CheckContext) {
  for (const f of block.fields) {
    const x = f.compute ? null : (raw[f.id] ?? null);
    if (x === null) continue;
    const t = fieldType(f);
    const fk = `${key}.${f.id}`;
    if (t === 'count' && x < 0)
      issue({
        key: `negative:${fk}`,
        field: fk,
        severity: 'error',
        message: `${where}${f.label} không được là số âm (${formatNumber(x)}).`,
      });
    else if (t === 'count' && !Number.isInteger(x))
      issue({
        key: `integer:${fk}`,
        field: fk,
        severity: 'error',
        message: `${where}${f.label} phải là số nguyên (đang nhập ${formatNumber(x, 4)}).`,
      });
    if (t === 'percent' && (x < 0 || x > 100))
      issue({
        key: `range:${fk}`,
        field: fk,
        severity: 'warning',
        message: `${where}${f.label} phải từ 0 đến 100% (đang nhập ${formatNumber(x)}).`,
      });
    if (Math.abs(x) >= 1e12)
      issue({
        key: `huge:${fk}`,
        field: fk,
        severity: 'warning',
        message: `${where}${f.label} quá lớn (${formatNumber(x)}): kiểm tra lại.`,
      });
  }
  for (const k of Object.keys(raw))
    if (!fields.has(k))
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
 * Every figure of the block: typed ones, totals derived from their rule's parts when left empty, then computed
 * sums and ratios in dependency order. A figure left empty reads as 0 in these when its field says so.
 */
function compute(block: Indicators, raw: Figures, fields: Map<string, FieldTemplate>, { key, where, issue }: CheckContext) {
  const v: Figures = {};
  for (const f of block.fields) if (!f.compute) v[f.id] = raw[f.id] ?? null;
  const computed: string[] = [];
  const label = (id: string) => fields.get(id)?.label ?? id;
  const val = valueOf(v, fields);

  // Rules double as derivations: an empty total whose parts are all filled is their sum.
  const derivedFrom = new Map<string, number>();
  for (let pass = 0; pass < block.rules.length; pass++) {
    let changed = false;
    block.rules.forEach((r, i) => {
      if (v[r.total] == null && !fields.get(r.total)?.compute && r.parts.every((p) => val(p) != null)) {
        v[r.total] = r.parts.reduce((a, p) => a + (val(p) as number), 0);
        computed.push(r.total);
        derivedFrom.set(r.total, i);
        changed = true;
      }
    });
    if (!changed) break;
  }
  for (let pass = 0; pass <= block.fields.length; pass++) {
    let changed = false;
    for (const f of block.fields) {
      if (!f.compute || f.id in v) continue;
      const ids = 'sum' in f.compute ? f.compute.sum : [...f.compute.ratio.numerator, ...f.compute.ratio.denominator];
      if (ids.some((id) => fields.get(id)?.compute && !(id in v))) continue;
      changed = true;
      computed.push(f.id);
      const sum = (list: string[]) => (list.every((id) => val(id) != null) ? list.reduce((a, id) => a + (val(id) as number), 0) : null);
      if ('sum' in f.compute) {
        v[f.id] = sum(f.compute.sum);
        continue;
      }
      const num = sum(f.compute.ratio.numerator);
      const den = sum(f.compute.ratio.denominator);
      v[f.id] = percentOf(num, den);
      const fk = `${key}.${f.id}`;
      if (den === 0 && num != null)
        issue({
          key: `zero:${fk}`,
          field: fk,
          severity: 'info',
          message: `${where}Không tính được ${lowerFirst(f.label)} vì ${f.compute.ratio.denominator.map((id) => lowerFirst(label(id))).join(' + ')} bằng 0.`,
        });
      const x = v[f.id];
      if (x != null && x > 100 + EPS)
        issue({
          key: `over100:${fk}`,
          field: fk,
          severity: 'warning',
          message: `${where}${f.label} vượt 100% (${formatPercent(x)}): kiểm tra lại số liệu.`,
        });
    }
    if (!changed) break;
  }
  for (const f of block.fields) if (!(f.id in v)) v[f.id] = null;
  return { figures: v, computed, derivedFrom };
}

/** A figure as sums and rules read it: empty counts as 0 for a typed field marked emptyIsZero. */
const valueOf = (v: Figures, fields: Map<string, FieldTemplate>) => (id: string) =>
  v[id] ?? (fields.get(id)?.emptyIsZero && !fields.get(id)?.compute ? 0 : null);

/** total = sum of parts, only when every figure involved is filled in (a derived total is trivially equal). */
function checkRules(
  block: Indicators,
  v: Figures,
  derivedFrom: Map<string, number>,
  fields: Map<string, FieldTemplate>,
  { key, where, issue }: CheckContext,
) {
  const label = (id: string) => fields.get(id)?.label ?? id;
  const val = valueOf(v, fields);
  block.rules.forEach((r, i) => {
    const total = v[r.total];
    if (total == null || derivedFrom.get(r.total) === i) return;
    const totalField = fields.get(r.total);
    const unit = totalField && fieldType(totalField) !== 'percent' ? totalField.unit : '';
    const partsLabel = r.partsLabel ?? joinVi(r.parts.map((p) => lowerFirst(label(p))));
    const fk = `${key}.${r.total}`;
    const ruleKey = `rule:${key}:${r.total}=${r.parts.join('+')}`;
    if (r.parts.every((p) => val(p) != null)) {
      const sum = r.parts.reduce((a, p) => a + (val(p) as number), 0);
      if (Math.abs(sum - total) <= EPS) return;
      const diff = Math.abs(total - sum);
      const msg = r.message
        ? r.message
            .replace(/\{total\}/g, formatNumber(total))
            .replace(/\{sum\}/g, formatNumber(sum))
            .replace(/\{diff\}/g, formatNumber(diff))
            .replace(/\{unit\}/g, unit)
        : `${label(r.total)} (${formatNumber(total)}) khác tổng ${partsLabel} (${formatNumber(sum)}): lệch ${formatNumber(diff)}${unit ? ' ' + unit : ''}.`;
      issue({ key: ruleKey, field: fk, severity: 'error', message: where + msg });
      return;
    }
    const filled = r.parts.filter((p) => v[p] != null);
    const partial = filled.reduce((a, p) => a + (v[p] as number), 0);
    if (filled.length && partial > total + EPS)
      issue({
        key: ruleKey,
        field: fk,
        severity: 'error',
        message: `${where}${joinVi(filled.map((p) => label(p)))} cộng lại (${formatNumber(partial)}) đã lớn hơn ${lowerFirst(label(r.total))} (${formatNumber(total)}).`,
      });
  });
}

/** Each target: met, not met or not yet measurable, with the document that sets it. */
function checkTargets(block: Indicators, v: Figures, { key, where, catalogue, out, issue }: CheckContext) {
  for (const f of block.fields) {
    if (!f.target) continue;
    const fk = `${key}.${f.id}`;
    const entry = catalogue.get(f.target.source);
    const citation = citeBrief(entry, f.target.source);
    const x = v[f.id];
    const met = x == null ? null : f.target.op === '>=' ? x >= f.target.value - EPS : x <= f.target.value + EPS;
    out.targets[fk] = {
      field: fk,
      value: x,
      op: f.target.op,
      target: f.target.value,
      met,
      source: f.target.source,
      citation,
      text: f.target.text,
    };
    if (!entry)
      issue({
        key: `source:${fk}`,
        field: fk,
        severity: 'warning',
        message: `${where}Chỉ tiêu của "${f.label}" dẫn văn bản "${f.target.source}" không có trong danh mục.`,
      });
    else if (isSuperseded(entry))
      issue({
        key: `superseded:${fk}`,
        field: fk,
        severity: 'warning',
        message: `${where}${citation} (căn cứ chỉ tiêu "${f.label}") đã bị thay thế hoặc hết hiệu lực: kiểm tra lại căn cứ.`,
      });
    const shown = x == null ? '' : formatFigure(f, x);
    const result: Issue =
      met === true
        ? {
            key: `target:${fk}`,
            field: fk,
            severity: 'info',
            message: `${where}${f.label} (${shown}) đạt chỉ tiêu ${f.target.text} theo ${citation}.`,
          }
        : met === false
          ? {
              key: `target:${fk}`,
              field: fk,
              severity: 'warning',
              message: `${where}${f.label} (${shown}) chưa đạt chỉ tiêu ${f.target.text} theo ${citation}.`,
            }
          : {
              key: `target:${fk}`,
              field: fk,
              severity: 'info',
              message: `${where}Chưa đủ số liệu để tính ${lowerFirst(f.label)} và so với chỉ tiêu ${f.target.text} theo ${citation}.`,
            };
    issue(result);
  }
}

/** The figures filled in, as a list ("- …;"), one sentence, or a TT / Nội dung / Kết quả table. */
function renderIndicators(block: Indicators, _value: unknown, { key, ev, prose, intro }: RenderContext): DocBlock[] {
  const figures = ev.figures[key] ?? {};
  const shown = block.fields.filter((f) => figures[f.id] != null);
  const phrase = (f: FieldTemplate) => {
    const v = formatFigure(f, figures[f.id] as number);
    let p = f.phrase ? f.phrase.replace(/\{value\}/g, v) : `${f.label}: ${v}`;
    const t = ev.targets[`${key}.${f.id}`];
    if (t && t.met != null) {
      const entry = prose.catalogue.get(t.source);
      // Without the catalogue entry the source is not named (an id is no citation).
      const cite = !entry
        ? ''
        : prose.cited.has(t.source)
          ? ` theo ${entry.kind} số ${entry.number}`
          : ` theo ${citeBrief(entry, t.source)}`;
      if (entry) prose.cited.add(t.source);
      p += ` (${t.met ? 'đạt' : 'chưa đạt'} chỉ tiêu ${t.text}${cite})`;
    }
    return p;
  };
  if (block.display === 'sentence') {
    const phrases = shown.map(phrase);
    const body = phrases.join(phrases.some((p) => p.includes(':')) ? '; ' : ', ');
    return [textBlock(`${intro ? intro + ' ' : ''}${body}.`)];
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
        { text: formatFigure(f, figures[f.id] as number), align: 'right' },
      ]),
    });
  else
    shown.forEach((f, i) =>
      out.push(textBlock(`${f.level === 2 ? '+' : '-'} ${upperFirst(phrase(f))}${i === shown.length - 1 ? '.' : ';'}`)),
    );
  return out;
}
