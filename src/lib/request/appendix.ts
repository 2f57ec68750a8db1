import type { ReportTemplate } from '../../schemas/template.ts';
import type { CriteriaSet } from '../../schemas/criteria.ts';
import type { ReportRequest } from '../../schemas/request.ts';
import type { AppendixPart, DocBlock, TableCell } from '../document/model.ts';
import { wording } from '../document/wording.ts';
import { rollupColumns } from '../rollup/columns.ts';
import { cutoffRange, formatCutoff } from '../format/cutoff.ts';
import { formatShortDate } from '../format/date.ts';
import { formatNumber } from '../format/number.ts';
import { periodLabel } from '../format/period.ts';
import { joinVi, lowerFirst, upperVi } from '../format/text.ts';
import { citeDocument } from './basis.ts';
import { targetFields, targetSource, targetText } from './targets.ts';
import { requestRef } from './ref.ts';
import { criteriaTable } from './criteria.ts';
import { periodVars } from '../format/period-vars.ts';

const w = wording.request;
const text = (t: string): DocBlock => ({ type: 'paragraph', runs: [{ text: t }] });
const heading = (n: number, t: string): DocBlock => ({ type: 'heading', level: 2, text: `${n}. ${t}` });

/**
 * The request as a Phụ lục of the công văn that asks for the report (Decree 30: "Phụ lục", its title, "(Kèm theo Công
 * văn số … ngày … của …)"): the report and its period, the data cut-off, the figures (with the targets set), or the
 * criteria set of a self-assessment, the units, the deadline, and the link with its QR code — or, when the link is too
 * long to print, where to find the request's file.
 */
export function requestAppendix(
  template: ReportTemplate,
  r: ReportRequest,
  link: { url: string; qr?: Uint8Array } | undefined,
  criteriaSets: readonly CriteriaSet[] = [],
): AppendixPart {
  const period = periodLabel(r.period);
  const vars = periodVars(r.period);
  const title = template.titlePattern.replace(/\{([a-z_]+)\}/g, (m, name: string) => vars[name] ?? m);
  const report = `${template.docType} ${lowerFirst(title)}`;
  const body: DocBlock[] = [];
  let n = 0;
  body.push(heading(++n, w.report), text(w.reportText(template.name, period)));
  const cutoff = cutoffRange({ ...r.period, ...(r.cutoff ? { cutoff: r.cutoff } : {}) });
  if (cutoff) body.push(text(w.cutoffText(formatCutoff(cutoff), !!r.cutoff)));
  const figures = figureTable(template, r);
  if (figures) body.push(heading(++n, w.figures), text(w.figuresText), figures);
  const criteria = r.criteria && criteriaBlocks(r, criteriaSets);
  if (criteria) body.push(heading(++n, w.criteria), ...criteria);
  if (r.units.length) body.push(heading(++n, w.units), text(w.unitsText(r.units.length, r.units.join(', '))));
  body.push(heading(++n, w.deadline), text(w.deadlineText(formatShortDate(r.deadline), joinVi(r.recipients))));
  body.push(heading(n + 1, w.link));
  if (link?.qr) body.push(text(w.linkText), text(link.url), { type: 'image', png: link.qr, size: 6, alt: w.qrAlt });
  else body.push(text(w.linkTooLong));
  return {
    label: wording.appendix,
    title: upperVi(w.appendixTitle(report)),
    note: `(${wording.appendixWith} ${citeDocument(r.document, false)})`,
    landscape: false,
    body,
  };
}

/** TT | Số liệu | Đơn vị tính | Chỉ tiêu: every figure of the report, by block, with the targets the request sets. */
function figureTable(template: ReportTemplate, r: ReportRequest): DocBlock | undefined {
  // A score table's results are not figures to report: its criteria set is (criteriaBlocks).
  const columns = rollupColumns(template).filter((c) => !c.score);
  if (!columns.length) return undefined;
  const ref = requestRef(r, template);
  const targets = new Map(ref.targets.map((t) => [t.field, t]));
  const judged = new Map(targetFields(template).map((c) => [c.key, c]));
  const rows: TableCell[][] = [];
  let group = '';
  let i = 0;
  for (const c of columns) {
    if (c.group !== group) {
      group = c.group;
      rows.push([{ text: '' }, { text: group, bold: true }, { text: '' }, { text: '' }]);
    }
    const t = targets.get(c.key);
    const target = t && judged.has(c.key) ? `${targetText(t, c)}, ${targetSource(t, ref)}` : '';
    rows.push([
      { text: String(++i), align: 'center' },
      { text: c.computed ? `${c.label} (${w.computed})` : c.label },
      { text: c.unit, align: 'center' },
      { text: target },
    ]);
  }
  const cols = w.figureColumns;
  return {
    type: 'table',
    columns: [
      { label: wording.rowNumber, align: 'center', width: 7 },
      { label: cols.figure, width: 48 },
      { label: cols.unit, align: 'center', width: 13 },
      { label: cols.target, width: 32 },
    ],
    rows,
  };
}

/** The criteria set: its name, how many criteria and points, and its lĩnh vực with their maxima. */
function criteriaBlocks(r: ReportRequest, sets: readonly CriteriaSet[]): DocBlock[] | undefined {
  const table = r.criteria && criteriaTable(r.criteria, sets);
  if (!table) return undefined;
  const leaf = (i: number) => (table.rows[i + 1]?.level ?? 0) <= table.rows[i].level;
  const areas: { tt: string; name: string; max: number }[] = [];
  let total = 0;
  let leaves = 0;
  table.rows.forEach((row, i) => {
    if (row.level === 1) areas.push({ tt: row.tt, name: row.name, max: 0 });
    if (!leaf(i)) return;
    leaves++;
    total += row.max ?? 0;
    if (areas.length) areas[areas.length - 1].max += row.max ?? 0;
  });
  const name = table.set?.citation ? `${table.set.name} (${table.set.citation})` : (table.set?.name ?? '');
  const cols = w.criteriaColumns;
  return [
    text(w.criteriaText(name, leaves, formatNumber(total))),
    {
      type: 'table',
      columns: [
        { label: wording.rowNumber, align: 'center', width: 10 },
        { label: cols.area, width: 70 },
        { label: cols.max, align: 'center', width: 20 },
      ],
      rows: areas.map((a) => [{ text: a.tt, align: 'center' }, { text: a.name }, { text: formatNumber(a.max), align: 'center' }]),
    },
  ];
}
