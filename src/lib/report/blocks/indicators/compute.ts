import type { FieldTemplate } from '../../../../schemas/template.ts';
import type { BlockOf, CheckContext } from '../types.ts';
import { formatNumber, formatPercent, percentOf } from '../../../format/number.ts';
import { fieldType } from '../../../format/figure.ts';
import { joinVi, lowerFirst } from '../../../format/text.ts';

/** The arithmetic of an indicators block: derived totals, sums and ratios, and the "total = sum of parts" rules. */

type Indicators = BlockOf<'indicators'>;
export type Figures = Record<string, number | null>;

export const EPS = 1e-9;

/**
 * Every figure of the block: typed ones, totals derived from their rule's parts when left empty, then computed
 * sums and ratios in dependency order. A figure left empty reads as 0 in these when its field says so, but only
 * beside a figure that was entered: a sum or a ratio of empty figures alone stays empty ("—"), never 0.
 */
export function computeFigures(
  block: Indicators,
  raw: Figures,
  fields: Map<string, FieldTemplate>,
  { key, where, issue }: Pick<CheckContext, 'key' | 'where' | 'issue'>,
) {
  const v: Figures = {};
  for (const f of block.fields) if (!f.compute) v[f.id] = raw[f.id] ?? null;
  const computed: string[] = [];
  const label = (id: string) => fields.get(id)?.label ?? id;
  const val = valueOf(v, fields);
  /** The sum of `ids`, or null when one is unknown or none was entered (all empty figures read as 0). */
  const total = (ids: string[]) =>
    ids.every((id) => val(id) != null) && ids.some((id) => v[id] != null) ? ids.reduce((a, id) => a + (val(id) as number), 0) : null;

  // Rules double as derivations: an empty total whose parts are all filled is their sum.
  const derivedFrom = new Map<string, number>();
  for (let pass = 0; pass < block.rules.length; pass++) {
    let changed = false;
    block.rules.forEach((r, i) => {
      const sum = v[r.total] == null && !fields.get(r.total)?.compute ? total(r.parts) : null;
      if (sum != null) {
        v[r.total] = sum;
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
      if ('sum' in f.compute) {
        v[f.id] = total(f.compute.sum);
        continue;
      }
      const num = total(f.compute.ratio.numerator);
      const den = total(f.compute.ratio.denominator);
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
export function checkRules(
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
    const severity = r.severity ?? 'error';
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
      const cause = total > sum ? r.cause?.higher : r.cause?.lower;
      issue({ key: ruleKey, field: fk, severity, message: where + msg + (cause ? ` ${cause}` : '') });
      return;
    }
    const filled = r.parts.filter((p) => v[p] != null);
    const partial = filled.reduce((a, p) => a + (v[p] as number), 0);
    if (filled.length && partial > total + EPS)
      issue({
        key: ruleKey,
        field: fk,
        severity,
        message: `${where}${joinVi(filled.map((p) => label(p)))} cộng lại (${formatNumber(partial)}) đã lớn hơn ${lowerFirst(label(r.total))} (${formatNumber(total)}).${r.cause?.lower ? ` ${r.cause.lower}` : ''}`,
      });
  });
}
