import { describe, expect, it } from 'vitest';
import { citationProblem, isCurrentStatus, lastEventOn, statusOn, today } from '../../../src/lib/catalogue/status.ts';
import { citeTags } from '../../../src/lib/catalogue/usage.ts';

const entry = {
  status: 'in-force' as const,
  statusChecked: { date: '2026-11-30', against: 'x' },
  history: [
    { date: '2025-07-01', status: 'in-force' as const, note: 'Có hiệu lực.' },
    { date: '2027-01-01', status: 'expired' as const, note: 'Sẽ hết hiệu lực.' },
  ],
};

describe('status on a given day', () => {
  it('is the checked status until a later recorded change takes effect', () => {
    expect(statusOn(entry, '2026-12-31')).toBe('in-force');
    expect(statusOn(entry, '2027-01-01')).toBe('expired');
    expect(lastEventOn(entry.history, '2026-12-31')?.date).toBe('2025-07-01');
  });

  it('reads today from CCHC_TODAY when set, otherwise from the clock', () => {
    expect(today({ CCHC_TODAY: '2027-02-03' })).toBe('2027-02-03');
    expect(today({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('lets only a historical sentence cite a replaced or expired document', () => {
    expect(citationProblem('expired', false)).toMatch(/historical/);
    expect(citationProblem('replaced', true)).toBeUndefined();
    expect(citationProblem('unknown', false)).toBeUndefined();
    expect(isCurrentStatus('amended')).toBe(true);
    expect(isCurrentStatus('unknown')).toBe(false);
  });

  it('finds <Cite> tags in MDX with their historical mark', () => {
    expect(citeTags('Theo <Cite id="75-2026-nd-cp" />, trước đây <Cite id="130-2005-nd-cp" short historical />.')).toEqual([
      { id: '75-2026-nd-cp', historical: false },
      { id: '130-2005-nd-cp', historical: true },
    ]);
  });
});
