import type { BlockTemplate, FieldTemplate, ReportTemplate } from '../../schemas/template.ts';
import type { Draft } from '../../schemas/draft.ts';
import type { CatalogueEntry } from '../../schemas/catalogue.ts';
import { formatNumber, formatPercent } from '../format/number.ts';
import { formatShortDate, parseIsoDate } from '../format/date.ts';
import { cutoffRange, formatCutoff } from '../format/cutoff.ts';
import { cleanLine, isAllUpper, lowerFirst } from '../format/text.ts';
import { formatShortCitation, isSuperseded } from '../catalogue/citation.ts';
import { resolveSections, type ResolvedSection } from './walk.ts';
import { asAssessment, asDocumentRows, asFigures, asRows, asText, blockHasContent, valueShapeOk } from './values.ts';
import { newProseContext, parseProse } from './prose.ts';
import {
  distributionLines,
  recipientLines,
  headerLines,
  looksLikeClosingBlock,
  normalizeTitle,
  normalizePersonName,
  normalizePlace,
  normalizeSignature,
  normalizeAbbr,
} from './normalize.ts';
import { runsText } from './prose.ts';

export type Severity = 'error' | 'warning' | 'info';
export type Issue = {
  /** Stable id, e.g. "rule:ket-qua/cai-cach-tthc:giai-quyet:tiep-nhan". */
  key: string;
  /** "<block key>.<field id>" or a header path such as "signature.name". */
  field?: string;
  severity: Severity;
  message: string;
  /** The .docx cannot follow Decree 30 until this is fixed; the CLI refuses to render. */
  blocking?: boolean;
};

export type TargetResult = {
  field: string;
  value: number | null;
  op: '>=' | '<=';
  target: number;
  met: boolean | null;
  source: string;
  /** "Nghị quyết số 01/NQ-CP ngày 08/01/2022 của Chính phủ" (or the id when the catalogue lacks it). */
  citation: string;
  text: string;
};

export type Evaluation = {
  /** block key → field id → value (typed, derived from a rule, or computed); null when unknown. */
  figures: Record<string, Record<string, number | null>>;
  /** block key → ids of figures that were computed or derived rather than typed. */
  computed: Record<string, string[]>;
  /** "<block key>.<field id>" → target check. */
  targets: Record<string, TargetResult>;
  /** table block key → row index → percent-of column id → value. */
  tables: Record<string, Record<string, number | null>[]>;
  issues: Issue[];
};

const EPS = 1e-9;

/** Field type: typed figures are counts unless stated; ratios are percentages. */
export const fieldType = (f: FieldTemplate) =>
  f.type ?? (f.compute && 'ratio' in f.compute ? 'percent' : f.unit === '%' ? 'percent' : 'count');

/** "4.133 hồ sơ", "99,88%", "05 hồ sơ". */
export function formatFigure(f: FieldTemplate, v: number): string {
  const t = fieldType(f);
  if (t === 'percent') return formatPercent(v);
  const unit = f.unit && f.unit !== '%' ? f.unit : '';
  // "05 hồ sơ", "00 TTHC" (seeds 001, 002); a bare count prints as is ("0").
  const text = t === 'count' && unit && Number.isInteger(v) && v >= 0 && v < 10 ? `0${v}` : formatNumber(v);
  return unit ? `${text} ${unit}` : text;
}

/** "Nghị quyết số 01/NQ-CP ngày 08/01/2022 của Chính phủ": enough to name a target's source. */
export function citeBrief(entry: CatalogueEntry | undefined, id: string): string {
  if (!entry) return id;
  if (entry.kind === 'Luật' && entry.name) return entry.name;
  return [formatShortCitation(entry), entry.issued && `ngày ${formatShortDate(entry.issued)}`, entry.issuer && `của ${entry.issuer}`]
    .filter(Boolean)
    .join(' ');
}

export function evaluate(template: ReportTemplate, draft: Draft, catalogue: CatalogueEntry[] = []): Evaluation {
  const out: Evaluation = { figures: {}, computed: {}, targets: {}, tables: {}, issues: [] };
  const byId = new Map(catalogue.map((e) => [e.id, e]));
  const issue = (i: Issue) => out.issues.push(i);
  const sections = resolveSections(template, draft);

  checkHeader(template, draft, issue);

  const prose = newProseContext(catalogue);
  const pasted = new Set<string>();
  const closingLine = (text: string, field: string, label: string, where = '') => {
    if (!looksLikeClosingBlock(text) || pasted.has(field)) return;
    pasted.add(field);
    issue({
      key: `pasted-closing:${field}`,
      field,
      severity: 'error',
      blocking: true,
      message: `${where}${label}: có dòng "${text.trim().slice(0, 40)}" giống phần nơi nhận/chữ ký cuối văn bản (có lẽ dán cả báo cáo cũ). Xóa dòng này; công cụ tự tạo phần ký và nơi nhận.`,
    });
  };
  for (const t of [draft.header.basis, draft.closing])
    for (const p of parseProse(t, newProseContext(catalogue)))
      closingLine(runsText(p.runs), 'header.basis', 'Căn cứ, mở đầu hoặc kết thúc');
  for (const l of [...headerLines(draft.header.parentBody), ...headerLines(draft.header.issuer)])
    closingLine(l, 'header.issuer', 'Tên cơ quan');
  closingLine(cleanLine(draft.header.title), 'header.title', 'Trích yếu');
  for (const r of draft.header.recipients) closingLine(cleanLine(r), 'header.recipients', 'Kính gửi');
  for (const inst of Object.values(draft.instances)) for (const it of inst) closingLine(cleanLine(it.name), 'instances', 'Tên mục lặp lại');
  const visit = (s: ResolvedSection) => {
    const where = s.instanceName ? `[${s.instanceName}] ` : '';
    for (const { key, block } of s.blocks) {
      const value = draft.values[key];
      if (!valueShapeOk(block, value)) {
        issue({
          key: `shape:${key}`,
          field: key,
          severity: 'error',
          message: `${where}Nội dung "${block.label}" không đúng dạng dữ liệu của loại khối "${block.kind}", nên được bỏ qua.`,
        });
        continue;
      }
      if (block.kind === 'indicators') evalIndicators(block, key, value, where, out, byId);
      else if (block.kind === 'table') {
        evalTable(block, key, value, where, out);
        for (const row of asRows(value))
          for (const c of Object.values(row)) if (typeof c === 'string') closingLine(cleanLine(c), key, block.label, where);
      } else if (block.kind === 'documents') evalDocuments(block, key, value, where, draft, issue);
      else {
        const texts = block.kind === 'prose' ? [asText(value)] : Object.values(asAssessment(value));
        prose.problems.length = 0;
        for (const t of texts) for (const p of parseProse(t, prose)) closingLine(runsText(p.runs), key, block.label, where);
        for (const p of prose.problems)
          issue({ key: `prose:${key}:${p}`, field: key, severity: 'warning', message: `${where}${block.label}: ${p}.` });
      }
    }
    if (!sectionHasContent(s, draft.values))
      issue({
        key: `empty:${s.key}`,
        field: s.key,
        severity: s.section.area ? 'warning' : 'info',
        message: `${where}Mục "${cleanLine(s.title)}" chưa có nội dung${template.emptySections === 'omit' ? ' (sẽ được bỏ khỏi báo cáo)' : ' (báo cáo sẽ ghi "Không có nội dung.")'}.`,
      });
    s.children.forEach(visit);
  };
  sections.forEach(visit);

  const visitRepeats = (list: ReportTemplate['sections']) => {
    for (const sec of list) {
      if (sec.repeat && !draft.instances[sec.id]?.length)
        issue({
          key: `instances:${sec.id}`,
          field: `instances.${sec.id}`,
          severity: 'warning',
          message: `Chưa thêm mục nào cho "${sec.repeat.label}".`,
        });
      visitRepeats(sec.children);
    }
  };
  visitRepeats(template.sections);

  // Data cut-off dates (Nghị định 09/2019/NĐ-CP) belong to reports; plans and notices have no reporting data.
  const cut = template.docType === 'BÁO CÁO' ? cutoffRange(draft.header.period) : undefined;
  if (cut)
    issue({
      key: 'period.cutoff',
      field: 'header.period',
      severity: 'info',
      message: `Số liệu kỳ báo cáo tính ${formatCutoff(cut)} (${cut.basis}).`,
    });
  return out;
}

export function sectionHasContent(s: ResolvedSection, values: Record<string, unknown>): boolean {
  return (
    s.blocks.some(({ key, block }) => valueShapeOk(block, values[key]) && blockHasContent(block, values[key])) ||
    s.children.some((c) => sectionHasContent(c, values))
  );
}

function checkHeader(template: ReportTemplate, draft: Draft, issue: (i: Issue) => void) {
  const h = draft.header;
  if (!headerLines(h.issuer).length)
    issue({
      key: 'header.issuer',
      field: 'header.issuer',
      severity: 'error',
      blocking: true,
      message: 'Chưa nhập tên cơ quan ban hành (ví dụ "ỦY BAN NHÂN DÂN XÃ …").',
    });
  if (!normalizeAbbr(h.issuerAbbr))
    issue({
      key: 'header.issuerAbbr',
      field: 'header.issuerAbbr',
      severity: 'warning',
      message: 'Chữ viết tắt của cơ quan ban hành trống hoặc không hợp lệ; tạm dùng "UBND" trong số, ký hiệu.',
    });
  else if (normalizeAbbr(h.issuerAbbr) !== cleanLine(h.issuerAbbr))
    issue({
      key: 'header.issuerAbbr',
      field: 'header.issuerAbbr',
      severity: 'info',
      message: `Chữ viết tắt được viết lại thành "${normalizeAbbr(h.issuerAbbr)}" (chữ in hoa, số và dấu "-").`,
    });
  if (h.number && !/^\d+[a-z]?$/i.test(cleanLine(h.number)))
    issue({
      key: 'header.number',
      field: 'header.number',
      severity: 'warning',
      message: `Số văn bản "${cleanLine(h.number)}" không phải là số; để trống cho văn thư điền.`,
    });
  if (!normalizePlace(h.place))
    issue({
      key: 'header.place',
      field: 'header.place',
      severity: 'error',
      blocking: true,
      message: 'Chưa nhập địa danh (tên xã, phường nơi cơ quan đóng trụ sở, viết hoa chữ cái đầu).',
    });
  if (!parseIsoDate(h.date))
    issue({
      key: 'header.date',
      field: 'header.date',
      severity: 'error',
      blocking: true,
      message: cleanLine(h.date)
        ? `Ngày ban hành "${cleanLine(h.date).slice(0, 20)}" không hợp lệ (cần dạng NNNN-TT-NN, ví dụ 2025-09-15).`
        : 'Chưa nhập ngày ban hành.',
    });
  if (h.leaveDayBlank && parseIsoDate(h.date))
    issue({
      key: 'header.leaveDayBlank',
      field: 'header.leaveDayBlank',
      severity: 'warning',
      message:
        'Ngày ban hành được để trống để văn thư điền tay khi vào số; bản .docx khi đó chưa đủ ngày tháng theo Nghị định 30/2020/NĐ-CP (công cụ kiểm tra thể thức sẽ báo mục địa danh, ngày).',
    });
  if (cleanLine(h.title) && !normalizeTitle(h.title))
    issue({
      key: 'header.title',
      field: 'header.title',
      severity: 'warning',
      message: 'Trích yếu đã nhập không dùng được (không có chữ viết thường); dùng trích yếu mặc định của mẫu.',
    });
  else if (h.title && isAllUpper(cleanLine(h.title)))
    issue({
      key: 'header.title',
      field: 'header.title',
      severity: 'warning',
      message: 'Trích yếu phải viết thường (chỉ viết hoa chữ đầu và tên riêng); đã tự chuyển.',
    });
  if (!cleanLine(draft.signature.title))
    issue({
      key: 'signature.title',
      field: 'signature.title',
      severity: 'error',
      blocking: true,
      message: 'Chưa nhập chức vụ người ký (ví dụ "CHỦ TỊCH").',
    });
  else if (!normalizeSignature(draft.signature.authority, draft.signature.title).ok)
    issue({
      key: 'signature.authority',
      field: 'signature.authority',
      severity: 'error',
      blocking: true,
      message: 'Thiếu dòng thẩm quyền ký: thêm "TM. ỦY BAN NHÂN DÂN" (ký thay mặt tập thể) hoặc "KT. CHỦ TỊCH" (cấp phó ký thay).',
    });
  if (draft.signature.authority.length > 4)
    issue({
      key: 'signature.authority.length',
      field: 'signature.authority',
      severity: 'error',
      blocking: true,
      message: 'Thẩm quyền ký có quá nhiều dòng (tối đa 4).',
    });
  if (!normalizePersonName(draft.signature.name))
    issue({
      key: 'signature.name',
      field: 'signature.name',
      severity: 'error',
      blocking: true,
      message: cleanLine(draft.signature.name)
        ? `Họ tên người ký "${cleanLine(draft.signature.name).slice(0, 60)}" không đúng dạng họ và tên (ít nhất hai chữ, không có chức danh, học hàm).`
        : 'Chưa nhập họ tên người ký.',
    });
  if (draft.distribution.length > 30)
    issue({
      key: 'distribution.length',
      field: 'distribution',
      severity: 'error',
      blocking: true,
      message: `Nơi nhận có ${draft.distribution.length} dòng; gộp lại còn tối đa 30 dòng (ví dụ "Các phòng, ban chuyên môn;").`,
    });
  const hasRecipients = recipientLines(draft.header.recipients).length > 0;
  if (distributionLines(draft.distribution, hasRecipients).length < 2)
    issue({
      key: 'distribution.empty',
      field: 'distribution',
      severity: 'error',
      blocking: true,
      message: 'Chưa có nơi nhận (ngoài dòng "Lưu: VT"): thêm cơ quan nhận báo cáo.',
    });
  if (hasRecipients && draft.distribution.length && !draft.distribution.some((d) => /như trên/i.test(d)))
    issue({
      key: 'distribution.nhu-tren',
      field: 'distribution',
      severity: 'info',
      message: 'Báo cáo có "Kính gửi": Nơi nhận thường mở đầu bằng "- Như trên;" (Nghị định 30/2020/NĐ-CP).',
    });
  if (!hasRecipients && template.defaults.recipients.length)
    issue({
      key: 'header.recipients',
      field: 'header.recipients',
      severity: 'info',
      message: 'Chưa có "Kính gửi": báo cáo gửi cấp trên nên ghi cơ quan nhận (ví dụ UBND tỉnh, Sở Nội vụ).',
    });
}

function evalIndicators(
  block: Extract<BlockTemplate, { kind: 'indicators' }>,
  key: string,
  value: unknown,
  where: string,
  out: Evaluation,
  byId: Map<string, CatalogueEntry>,
) {
  const raw = asFigures(value);
  const fields = new Map(block.fields.map((f) => [f.id, f]));
  const v: Record<string, number | null> = {};
  const computed: string[] = [];
  const label = (id: string) => fields.get(id)?.label ?? id;
  const issue = (i: Issue) => out.issues.push(i);

  for (const f of block.fields) {
    if (f.compute) continue;
    const x = raw[f.id] ?? null;
    v[f.id] = x;
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
  for (const [k] of Object.entries(raw))
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
        message: `${where}${label(k)} được tính tự động; số đã nhập được bỏ qua.`,
      });

  // A figure left empty reads as 0 when its field says so.
  const val = (id: string): number | null => v[id] ?? (fields.get(id)?.emptyIsZero && !fields.get(id)?.compute ? 0 : null);

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
  // Computed fields, in dependency order.
  for (let pass = 0; pass <= block.fields.length; pass++) {
    let changed = false;
    for (const f of block.fields) {
      if (!f.compute || f.id in v) continue;
      const ids = 'sum' in f.compute ? f.compute.sum : [...f.compute.ratio.numerator, ...f.compute.ratio.denominator];
      if (ids.some((id) => fields.get(id)?.compute && !(id in v))) continue;
      changed = true;
      computed.push(f.id);
      const sum = (list: string[]) => (list.every((id) => val(id) != null) ? list.reduce((a, id) => a + (val(id) as number), 0) : null);
      if ('sum' in f.compute) v[f.id] = sum(f.compute.sum);
      else {
        const num = sum(f.compute.ratio.numerator);
        const den = sum(f.compute.ratio.denominator);
        v[f.id] = num != null && den != null && den !== 0 ? (num / den) * 100 : null;
        const fk = `${key}.${f.id}`;
        if (den === 0 && num != null)
          issue({
            key: `zero:${fk}`,
            field: fk,
            severity: 'info',
            message: `${where}Không tính được ${lowerFirst(f.label)} vì ${f.compute.ratio.denominator.map((id) => lowerFirst(label(id))).join(' + ')} bằng 0.`,
          });
        if (v[f.id] != null && (v[f.id] as number) > 100 + EPS)
          issue({
            key: `over100:${fk}`,
            field: fk,
            severity: 'warning',
            message: `${where}${f.label} vượt 100% (${formatPercent(v[f.id] as number)}): kiểm tra lại số liệu.`,
          });
      }
    }
    if (!changed) break;
  }
  for (const f of block.fields) if (!(f.id in v)) v[f.id] = null;

  // total = sum of parts, only when every figure involved is filled in (a derived total is trivially equal).
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
      if (Math.abs(sum - total) > EPS) {
        const diff = Math.abs(total - sum);
        const msg = r.message
          ? r.message
              .replace(/\{total\}/g, formatNumber(total))
              .replace(/\{sum\}/g, formatNumber(sum))
              .replace(/\{diff\}/g, formatNumber(diff))
              .replace(/\{unit\}/g, unit)
          : `${label(r.total)} (${formatNumber(total)}) khác tổng ${partsLabel} (${formatNumber(sum)}): lệch ${formatNumber(diff)}${unit ? ' ' + unit : ''}.`;
        issue({ key: ruleKey, field: fk, severity: 'error', message: where + msg });
      }
    } else {
      const filled = r.parts.filter((p) => v[p] != null);
      const partial = filled.reduce((a, p) => a + (v[p] as number), 0);
      if (filled.length && partial > total + EPS)
        issue({
          key: ruleKey,
          field: fk,
          severity: 'error',
          message: `${where}${joinVi(filled.map((p) => label(p)))} cộng lại (${formatNumber(partial)}) đã lớn hơn ${lowerFirst(label(r.total))} (${formatNumber(total)}).`,
        });
    }
  });

  // Targets.
  for (const f of block.fields) {
    if (!f.target) continue;
    const fk = `${key}.${f.id}`;
    const entry = byId.get(f.target.source);
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
    if (met === true)
      issue({
        key: `target:${fk}`,
        field: fk,
        severity: 'info',
        message: `${where}${f.label} (${shown}) đạt chỉ tiêu ${f.target.text} theo ${citation}.`,
      });
    else if (met === false)
      issue({
        key: `target:${fk}`,
        field: fk,
        severity: 'warning',
        message: `${where}${f.label} (${shown}) chưa đạt chỉ tiêu ${f.target.text} theo ${citation}.`,
      });
    else
      issue({
        key: `target:${fk}`,
        field: fk,
        severity: 'info',
        message: `${where}Chưa đủ số liệu để tính ${lowerFirst(f.label)} và so với chỉ tiêu ${f.target.text} theo ${citation}.`,
      });
  }

  out.figures[key] = v;
  out.computed[key] = computed;
}

function evalTable(block: Extract<BlockTemplate, { kind: 'table' }>, key: string, value: unknown, where: string, out: Evaluation) {
  const rows = asRows(value);
  out.tables[key] = rows.map((row, i) => {
    const pct: Record<string, number | null> = {};
    for (const c of block.columns) {
      const x = row[c.id];
      const fk = `${key}[${i}].${c.id}`;
      if (c.type === 'number' && x != null && x !== '') {
        if (typeof x !== 'number')
          out.issues.push({
            key: `cell:${fk}`,
            field: fk,
            severity: 'error',
            message: `${where}${block.label}, dòng ${i + 1}, cột "${c.label}": "${String(x).slice(0, 40)}" không phải là số.`,
          });
        else if (x < 0)
          out.issues.push({
            key: `negative:${fk}`,
            field: fk,
            severity: 'error',
            message: `${where}${block.label}, dòng ${i + 1}, cột "${c.label}": không được là số âm.`,
          });
      }
      if (c.type === 'percent-of' && c.of) {
        const a = row[c.of[0]],
          b = row[c.of[1]];
        pct[c.id] = typeof a === 'number' && typeof b === 'number' && b !== 0 ? (a / b) * 100 : null;
      }
    }
    return pct;
  });
}

function evalDocuments(block: BlockTemplate, key: string, value: unknown, where: string, draft: Draft, issue: (i: Issue) => void) {
  const reportDate = parseIsoDate(draft.header.date) ? draft.header.date : '';
  asDocumentRows(value).forEach((r, i) => {
    const fk = `${key}[${i}]`;
    const name = cleanLine(r.number) || `dòng ${i + 1}`;
    if (!cleanLine(r.number) && cleanLine(r.subject))
      issue({
        key: `doc-number:${fk}`,
        field: `${fk}.number`,
        severity: 'warning',
        message: `${where}${block.label}: văn bản "${cleanLine(r.subject).slice(0, 60)}" chưa có số, ký hiệu.`,
      });
    if (r.date && !parseIsoDate(r.date))
      issue({
        key: `doc-date:${fk}`,
        field: `${fk}.date`,
        severity: 'warning',
        message: `${where}${block.label}: ngày của văn bản ${name} không hợp lệ ("${cleanLine(r.date).slice(0, 20)}").`,
      });
    else if (r.date && reportDate && r.date > reportDate)
      issue({
        key: `doc-future:${fk}`,
        field: `${fk}.date`,
        severity: 'warning',
        message: `${where}${block.label}: văn bản ${name} có ngày ${formatShortDate(r.date)} sau ngày báo cáo.`,
      });
  });
}

/** "a, b và c". */
export function joinVi(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}
