/**
 * Staying current: the catalogue entries whose status was last checked more than 120 days before the build are
 * listed here (and in test-output/stale-entries.md), as the build prints them; the "Văn bản mới và thay đổi" page
 * shows when the catalogue as a whole was last reviewed.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, loadCatalogue } from '../../../src/data/load.ts';
import { STALE_AFTER_DAYS, catalogueReview, daysBetween, staleEntries, staleReport } from '../../../src/lib/catalogue/review.ts';
import { today } from '../../../src/lib/catalogue/status.ts';

const entry = (id: string, checked: string) => ({
  id,
  kind: 'Nghị định' as const,
  number: `${id}/2020/NĐ-CP`,
  statusChecked: { date: checked, against: 'Thử.' },
});

describe('entries whose status check is older than 120 days', () => {
  const catalogue = loadCatalogue();
  const date = today();

  it('lists them for the day of the build', () => {
    const stale = staleEntries(catalogue, date);
    const report = staleReport(stale, date);
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    writeFileSync(join(ROOT, 'test-output', 'stale-entries.md'), `${report}\n`);
    console.log(report);
    expect(report).toMatch(/^Danh mục văn bản: /);
    for (const s of stale) expect(daysBetween(s.checked, date)).toBeGreaterThan(STALE_AFTER_DAYS);
    const fresh = catalogue.filter((e) => !stale.some((s) => s.id === e.id));
    for (const e of fresh) expect(daysBetween(e.statusChecked.date, date)).toBeLessThanOrEqual(STALE_AFTER_DAYS);
  });

  it('counts whole days and keeps an entry fresh on its 120th day, stale on its 121st', () => {
    expect(daysBetween('2026-08-09', '2026-12-07')).toBe(120);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    const list = staleEntries([entry('1', '2026-08-09'), entry('2', '2026-08-08'), entry('3', '2025-01-01')], '2026-12-07');
    expect(list.map((s) => [s.id, s.days])).toEqual([
      ['3', 705],
      ['2', 121],
    ]);
    expect(list[0].citation).toBe('Nghị định số 3/2020/NĐ-CP');
  });

  it('names each stale entry, its file and the day it was checked in the build message', () => {
    const report = staleReport(staleEntries([entry('7', '2026-01-05')], '2026-12-07'), '2026-12-07');
    expect(report).toContain('1 văn bản kiểm tra tình trạng lần cuối đã quá 120 ngày (tính đến 07/12/2026)');
    expect(report).toContain('content/catalogue/7.yaml (Nghị định số 7/2020/NĐ-CP): kiểm tra ngày 05/01/2026, cách 336 ngày');
  });

  it('would list every entry once the catalogue goes unreviewed for long enough', () => {
    const later = catalogue.map((e) => e.statusChecked.date).sort()[catalogue.length - 1];
    const farDate = new Date(Date.parse(later) + (STALE_AFTER_DAYS + 1) * 86_400_000).toISOString().slice(0, 10);
    expect(staleEntries(catalogue, farDate)).toHaveLength(catalogue.length);
  });

  it('dates the last review of the whole catalogue by its oldest check', () => {
    expect(catalogueReview([entry('1', '2026-11-30'), entry('2', '2026-12-07'), entry('3', '2026-12-01')])).toEqual({
      whole: '2026-11-30',
      latest: '2026-12-07',
    });
    expect(catalogueReview([])).toBeUndefined();
    const review = catalogueReview(catalogue)!;
    expect(catalogue.every((e) => e.statusChecked.date >= review.whole)).toBe(true);
  });
});
