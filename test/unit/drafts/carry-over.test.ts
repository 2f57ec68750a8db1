import { describe, expect, it } from 'vitest';
import { rolloverDraft } from '../../../src/lib/drafts/rollover.ts';
import { evaluate } from '../../../src/lib/report/evaluate.ts';
import { buildDocument } from '../../../src/lib/report/build.ts';
import { runsText } from '../../../src/lib/report/prose.ts';
import type { Draft } from '../../../src/schemas/draft.ts';
import { CATALOGUE } from '../../support/helpers.ts';
import { draftFor, monthly } from '../../support/fixtures.ts';

/** "Tạo từ kỳ trước" (issue 22): what carries over, how it is marked, what is left to rewrite. */

const FILES = 'ket-qua/giai-quyet-tthc:so-lieu';
const CARRIED = `${FILES}.tu-ky-truoc`;

const november = (files: Record<string, number>, values: Draft['values'] = {}) =>
  draftFor('bao-cao-tthc-thang', {
    name: 'UBND xã An Bình, tháng 11 năm 2026',
    header: { period: { kind: 'thang', year: 2026, index: 11 }, date: '2026-11-20' },
    values: { [FILES]: files, ...values },
  });
const DECEMBER_20 = new Date(2026, 11, 20);
const issuesAt = (d: Draft, field: string) => evaluate(monthly, d, CATALOGUE).issues.filter((i) => i.field === field);

describe('Tạo từ kỳ trước: the files carried over', () => {
  const prev = november({
    'tu-ky-truoc': 66,
    'moi-truc-tuyen': 900,
    'moi-truc-tiep': 268,
    'da-dung-han': 1100,
    'dang-trong-han': 60,
    'dang-qua-han': 6,
  });
  const next = rolloverDraft(prev, monthly, DECEMBER_20);

  it('fills "từ kỳ trước chuyển sang" with last period’s pending files (trong hạn + quá hạn) and remembers it did', () => {
    expect(next.header.period).toEqual({ kind: 'thang', year: 2026, index: 12 });
    expect((next.values[FILES] as Record<string, number>)['tu-ky-truoc']).toBe(66);
    expect(next.origin).toMatchObject({ from: 'previous', period: prev.header.period, carried: { [CARRIED]: 66 } });
  });

  it('keeps the previous figures as the "kỳ trước" comparison, as before', () => {
    expect(next.values[FILES]).toMatchObject({ 'ky-truoc:tong-nhan': 1234, 'ky-truoc:moi-tiep-nhan': 1168 });
  });

  it('marks the figure with where it came from, and warns once it is changed', () => {
    const [mark] = issuesAt(next, CARRIED).filter((i) => i.key.startsWith('carried-figure'));
    expect(mark).toMatchObject({ severity: 'info', prominent: true });
    expect(mark.message).toContain('Lấy từ kỳ trước (tháng 11 năm 2026)');
    expect(mark.message).toContain('66 hồ sơ');
    const changed = { ...next, values: { ...next.values, [FILES]: { ...(next.values[FILES] as object), 'tu-ky-truoc': 60 } } };
    const [warning] = issuesAt(changed, CARRIED).filter((i) => i.key.startsWith('carried-figure'));
    expect(warning.severity).toBe('warning');
    expect(warning.message).toContain('khác số hồ sơ lấy từ kỳ trước');
  });

  it('prints the carried files in the new month’s report', () => {
    const text = buildDocument(monthly, next, CATALOGUE).body.flatMap((b) => (b.type === 'paragraph' ? [runsText(b.runs)] : []));
    // Alone, as the month's other figures are not typed yet: by its label, not as "+ Trong đó …" under nothing.
    expect(text).toContain('- Số hồ sơ từ kỳ trước chuyển sang: 66 hồ sơ.');
  });

  it('takes the pending total when last period gave no breakdown', () => {
    const only = rolloverDraft(november({ 'tong-dang-giai-quyet': 42 }), monthly, DECEMBER_20);
    expect((only.values[FILES] as Record<string, number>)['tu-ky-truoc']).toBe(42);
  });

  it('carries nothing when last period’s pending files are unknown', () => {
    const none = rolloverDraft(november({ 'da-dung-han': 10 }), monthly, DECEMBER_20);
    expect((none.values[FILES] as Record<string, number> | undefined)?.['tu-ky-truoc']).toBeUndefined();
    expect(none.origin?.carried).toEqual({});
  });
});

describe('Tạo từ kỳ trước: the name, the date', () => {
  it('keeps the unit in the draft’s name', () => {
    const next = rolloverDraft(november({}), monthly, DECEMBER_20);
    expect(next.name).toBe('UBND xã An Bình, tháng 12 năm 2026');
    const unnamed = rolloverDraft({ ...november({}), name: 'Bản nháp' }, monthly, DECEMBER_20);
    expect(unnamed.name).toBe('Xã An Bình, tháng 12 năm 2026');
  });

  it('warns when the report is dated before the end of its data cut-off', () => {
    const early = rolloverDraft(november({}), monthly, new Date(2026, 11, 7));
    const [w] = issuesAt(early, 'header.date').filter((i) => i.key === 'period.cutoff-date');
    expect(w.severity).toBe('warning');
    expect(w.message).toContain('trước ngày chốt số liệu của kỳ (14/12/2026)');
    expect(issuesAt(rolloverDraft(november({}), monthly, DECEMBER_20), 'header.date')).toEqual([]);
  });
});

describe('Tạo từ kỳ trước: text still of the previous period', () => {
  const PROSE = 'danh-gia/danh-gia-chung:noi-dung';
  const prev = november(
    { 'tu-ky-truoc': 66, 'moi-truc-tuyen': 900, 'moi-truc-tiep': 268, 'da-dung-han': 1100, 'dang-trong-han': 60 },
    {
      [PROSE]: 'Trong tháng 11, UBND xã tiếp nhận 1.234 hồ sơ, giải quyết đúng hạn 1.100 hồ sơ.',
      'nhiem-vu:noi-dung': 'Tiếp tục thực hiện nghiêm việc công khai thủ tục hành chính.',
    },
  );
  const next = rolloverDraft(prev, monthly, DECEMBER_20);
  const marks = (d: Draft) => evaluate(monthly, d, CATALOGUE).issues.filter((i) => i.key.startsWith('carried:'));

  it('marks a carried text holding the old period’s words or figures, at its field, listed before download', () => {
    const [mark] = marks(next);
    expect(mark).toMatchObject({ field: PROSE, severity: 'warning', prominent: true });
    expect(mark.message).toMatch(/^Còn từ kỳ trước/);
    expect(mark.message).toContain('“tháng 11”');
    expect(mark.message).toContain('“1.234”');
    expect(mark.message).toContain('“1.100”');
    // Generic text that names no period or figure carries over unmarked.
    expect(marks(next).some((i) => i.field === 'nhiem-vu:noi-dung')).toBe(false);
  });

  it('drops the mark once the text is edited', () => {
    const edited = { ...next, values: { ...next.values, [PROSE]: 'Trong tháng 12, UBND xã tiếp nhận 1.300 hồ sơ.' } };
    expect(marks(edited)).toEqual([]);
  });

  it('still flags an earlier month the edit left, as any draft would', () => {
    const edited = { ...next, values: { ...next.values, [PROSE]: 'Kết quả tháng 11: đã giải quyết xong.' } };
    const found = evaluate(monthly, edited, CATALOGUE).issues.filter((i) => i.field === PROSE && i.key.startsWith('foreign-period'));
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('“tháng 11”');
  });
});

describe('Tạo từ kỳ trước: a quarterly TTHC report', () => {
  const PROSE = 'danh-gia/danh-gia-chung:noi-dung';
  const q3 = draftFor('bao-cao-tthc-thang', {
    name: 'UBND phường Hoài Tân, quý III năm 2026',
    header: { period: { kind: 'quy', year: 2026, index: 3 }, date: '2026-09-20' },
    values: {
      [FILES]: {
        'tu-ky-truoc': 12,
        'moi-truc-tuyen': 300,
        'moi-truc-tiep': 90,
        'da-dung-han': 350,
        'dang-trong-han': 45,
        'dang-qua-han': 7,
      },
      [PROSE]: 'Trong quý III năm 2026, phường tiếp nhận 402 hồ sơ.',
    },
  });
  const q4 = rolloverDraft(q3, monthly, new Date(2026, 11, 20));

  it('makes quý IV with quý III’s 52 pending files carried, its name following the period', () => {
    expect(q4.header.period).toEqual({ kind: 'quy', year: 2026, index: 4 });
    expect(q4.name).toBe('UBND phường Hoài Tân, quý IV năm 2026');
    expect((q4.values[FILES] as Record<string, number>)['tu-ky-truoc']).toBe(52);
    const [mark] = issuesAt(q4, CARRIED).filter((i) => i.key.startsWith('carried-figure'));
    expect(mark.message).toContain('Lấy từ kỳ trước (quý III năm 2026)');
  });

  it('marks quý III’s sentence until it is rewritten for quý IV', () => {
    const [mark] = issuesAt(q4, PROSE).filter((i) => i.key.startsWith('carried:'));
    expect(mark.message).toContain('“quý III năm 2026”');
    expect(mark.message).toContain('“402”');
    const edited = { ...q4, values: { ...q4.values, [PROSE]: 'Trong quý IV năm 2026, phường tiếp nhận 410 hồ sơ.' } };
    expect(issuesAt(edited, PROSE).filter((i) => /^(carried|foreign-period):/.test(i.key))).toEqual([]);
  });
});
