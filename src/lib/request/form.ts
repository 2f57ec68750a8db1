/**
 * The form in which a province writes its request on /tong-hop/ (the section "Yêu cầu báo cáo"): every field as typed,
 * kept while it is typed, and the request it makes once each field is right — or a Vietnamese message per field.
 */
import type { ReportTemplate } from '../../schemas/template.ts';
import type { CriteriaSet } from '../../schemas/criteria.ts';
import {
  REQUEST_FORMAT,
  REQUEST_VERSION,
  type EmbeddedCriteria,
  type ReportRequest,
  type RequestCriteria,
  type RequestInput,
} from '../../schemas/request.ts';
import { PERIOD_YEARS } from '../../schemas/period-years.ts';
import { parseIsoDate } from '../format/date.ts';
import { parseNumber } from '../format/number.ts';
import type { PeriodKind } from '../format/period.ts';
import { parseUnitList } from '../rollup/units.ts';
import { requestOf } from './link.ts';
import { targetFields } from './targets.ts';
import { scoreBlocks } from '../report/index.ts';

export type TargetForm = { value: string; year: string; source: string; own: boolean };

/** The criteria set chosen: one of the site's (its id), or IMPORTED with the set read from the province's sheet. */
export type CriteriaForm = { choice: string; imported?: EmbeddedCriteria };
export const IMPORTED = 'nhap-tu-bang-tinh';

export type RequestForm = {
  kind: string;
  periodKind: PeriodKind;
  year: string;
  index: string;
  cutoffFrom: string;
  cutoffTo: string;
  deadline: string;
  number: string;
  date: string;
  issuer: string;
  subject: string;
  /** Kính gửi, one a line. */
  recipients: string;
  /** The units asked to report, one a line. */
  units: string;
  /** Column key → the target typed for it (an empty value: no target). */
  targets: Record<string, TargetForm>;
  /** For a kind with a score table: its criteria set. */
  criteria: CriteriaForm;
};

export type FormField = Exclude<keyof RequestForm, 'targets'> | `target:${string}`;
/** The fields typed as text. */
export type TextField = Exclude<FormField, `target:${string}` | 'kind' | 'periodKind' | 'criteria'>;
export type FormResult = { ok: true; request: ReportRequest } | { ok: false; errors: Partial<Record<FormField, string>> };

/** The period kinds a request can name (a kind's periods, without a free range). */
const INDEX_MAX: Partial<Record<PeriodKind, number>> = { thang: 12, quy: 4, '6-thang': 2 };
export const formPeriodKinds = (template: Pick<ReportTemplate, 'periods'>): PeriodKind[] =>
  template.periods.filter((k): k is PeriodKind => k === 'nam' || k in INDEX_MAX);

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** A new form for a kind: its first period kind, this month (or quarter…), today's date for the công văn. */
export function emptyForm(template: Pick<ReportTemplate, 'id' | 'periods'>, today: Date): RequestForm {
  const periodKind = formPeriodKinds(template)[0] ?? 'nam';
  const month = today.getMonth() + 1;
  const index =
    periodKind === 'thang' ? month : periodKind === 'quy' ? Math.ceil(month / 3) : periodKind === '6-thang' ? (month > 6 ? 2 : 1) : 0;
  return {
    kind: template.id,
    periodKind,
    year: String(today.getFullYear()),
    index: index ? String(index) : '',
    cutoffFrom: '',
    cutoffTo: '',
    deadline: '',
    number: '',
    date: iso(today),
    issuer: '',
    subject: '',
    recipients: '',
    units: '',
    targets: {},
    criteria: { choice: '' },
  };
}

/** The form a request fills (to correct it, or one opened from its file). */
export function formFromRequest(r: ReportRequest): RequestForm {
  return {
    kind: r.kind,
    periodKind: r.period.kind,
    year: String(r.period.year),
    index: r.period.index ? String(r.period.index) : '',
    cutoffFrom: r.cutoff?.from ?? '',
    cutoffTo: r.cutoff?.to ?? '',
    deadline: r.deadline,
    number: r.document.number,
    date: r.document.date,
    issuer: r.document.issuer,
    subject: r.document.subject,
    recipients: r.recipients.join('\n'),
    units: r.units.join('\n'),
    targets: Object.fromEntries(
      r.targets.map((t) => [t.field, { value: String(t.value).replace('.', ','), year: String(t.year), source: t.source, own: t.own }]),
    ),
    criteria: !r.criteria ? { choice: '' } : 'id' in r.criteria ? { choice: r.criteria.id } : { choice: IMPORTED, imported: r.criteria },
  };
}

export const formMessages = {
  required: 'Chưa nhập.',
  date: 'Ngày chưa đúng (chọn ngày, hoặc gõ dạng ngày/tháng/năm).',
  year: `Năm phải từ ${PERIOD_YEARS.min} đến ${PERIOD_YEARS.max}.`,
  index: (max: number) => `Chọn từ 1 đến ${max}.`,
  cutoffBoth: 'Nhập cả ngày bắt đầu và ngày kết thúc chốt số liệu, hoặc để trống cả hai (tính theo quy định).',
  cutoffOrder: 'Ngày kết thúc chốt số liệu phải sau ngày bắt đầu.',
  deadlineBefore: 'Hạn gửi báo cáo phải từ ngày ban hành công văn trở đi.',
  percent: 'Chỉ tiêu là tỷ lệ phần trăm từ 0 đến 100 (ví dụ 95 hoặc 97,5).',
  targetSource: 'Ghi văn bản giao chỉ tiêu (số, ngày, cơ quan), hoặc đánh dấu là chỉ tiêu do tỉnh tự đặt.',
  noUnits: 'Chưa có đơn vị nào trong danh sách.',
  noCriteria: 'Chưa chọn bộ tiêu chí: chọn một bộ tiêu chí, hoặc nhập bộ tiêu chí của tỉnh từ bảng tính.',
  notImported: 'Chưa nhập bộ tiêu chí từ bảng tính: bấm “Nhập bộ tiêu chí từ bảng tính” và chọn tệp.',
  unknownCriteria: 'Bộ tiêu chí đã chọn không còn trên trang này: chọn bộ khác.',
};

/** The request's criteria set, for a kind with a score table; undefined (with an error) when none is chosen. */
function criteriaOf(c: CriteriaForm | undefined, sets: readonly Pick<CriteriaSet, 'id'>[]): { criteria?: RequestCriteria; error?: string } {
  if (!c?.choice) return { error: formMessages.noCriteria };
  if (c.choice === IMPORTED) return c.imported ? { criteria: c.imported } : { error: formMessages.notImported };
  return sets.some((s) => s.id === c.choice) ? { criteria: { id: c.choice } } : { error: formMessages.unknownCriteria };
}

/** The request the form makes, checked field by field; `sets`: the site's criteria sets, for a kind with a score table. */
export function requestFromForm(
  form: RequestForm,
  template: Pick<ReportTemplate, 'id' | 'sections' | 'periods'>,
  sets: readonly Pick<CriteriaSet, 'id'>[] = [],
): FormResult {
  const errors: Partial<Record<FormField, string>> = {};
  const need = (f: FormField, v: string) => {
    if (!v.trim()) errors[f] = formMessages.required;
    return v.trim();
  };
  const day = (f: FormField, v: string, required = true) => {
    if (!v.trim()) {
      if (required) errors[f] = formMessages.required;
      return '';
    }
    if (!parseIsoDate(v.trim())) errors[f] = formMessages.date;
    return v.trim();
  };
  const year = Number(form.year);
  if (!Number.isInteger(year) || year < PERIOD_YEARS.min || year > PERIOD_YEARS.max) errors.year = formMessages.year;
  const max = INDEX_MAX[form.periodKind];
  const index = Number(form.index);
  if (max && !(Number.isInteger(index) && index >= 1 && index <= max)) errors.index = formMessages.index(max);
  const from = day('cutoffFrom', form.cutoffFrom, false);
  const to = day('cutoffTo', form.cutoffTo, false);
  if (!!from !== !!to) errors[from ? 'cutoffTo' : 'cutoffFrom'] = formMessages.cutoffBoth;
  else if (from && to && to < from) errors.cutoffTo = formMessages.cutoffOrder;
  const date = day('date', form.date);
  const deadline = day('deadline', form.deadline);
  if (date && deadline && !errors.date && !errors.deadline && deadline < date) errors.deadline = formMessages.deadlineBefore;
  const document = {
    number: need('number', form.number),
    date,
    issuer: need('issuer', form.issuer),
    subject: need('subject', form.subject),
  };
  const units = parseUnitList(form.units);
  if (!units.length) errors.units = formMessages.noUnits;
  const targets: RequestInput['targets'] = [];
  for (const c of targetFields(template)) {
    const t = form.targets[c.key];
    if (!t?.value.trim()) continue;
    const f: FormField = `target:${c.key}`;
    const v = parseNumber(t.value);
    const y = Number(t.year || form.year);
    if (!v.ok || v.value < 0 || v.value > 100) errors[f] = formMessages.percent;
    else if (!Number.isInteger(y) || y < PERIOD_YEARS.min || y > PERIOD_YEARS.max) errors[f] = formMessages.year;
    else if (!t.own && !t.source.trim()) errors[f] = formMessages.targetSource;
    else
      targets.push({
        field: c.key,
        op: c.better === 'lower' ? '<=' : '>=',
        value: v.value,
        year: y,
        source: t.own ? '' : t.source.trim(),
        own: t.own,
      });
  }
  const scored = scoreBlocks(template).length ? criteriaOf(form.criteria, sets) : {};
  if (scored.error) errors.criteria = scored.error;
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    request: requestOf({
      format: REQUEST_FORMAT,
      version: REQUEST_VERSION,
      kind: form.kind,
      period: { kind: form.periodKind, year, ...(max ? { index } : {}) },
      ...(from && to ? { cutoff: { from, to } } : {}),
      deadline,
      document,
      recipients: form.recipients
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
      targets,
      units,
      ...(scored.criteria ? { criteria: scored.criteria } : {}),
    }),
  };
}
