import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/lib/report/evaluate.ts';
import { CATALOGUE } from '../../../support/helpers.ts';
import { draftFor, mini } from '../../../support/fixtures.ts';

describe('evaluate: text pasted from old reports and prose problems', () => {
  it('blocks the end block of an old report pasted into a field', () => {
    const ev = evaluate(
      mini,
      draftFor('mini', { values: { 'trong:p': 'Trên đây là báo cáo./.\nNơi nhận:\n- Như trên;\nTM. ỦY BAN NHÂN DÂN' } }),
      CATALOGUE,
    );
    expect(ev.issues.filter((i) => i.key.startsWith('pasted-closing:'))).toHaveLength(1);
  });

  it('warns about footnote markers without text', () => {
    const ev = evaluate(mini, draftFor('mini', { values: { 'trong:p': 'Câu có chú thích[^9].' } }), CATALOGUE);
    expect(ev.issues.find((i) => i.key.startsWith('prose:'))!.message).toContain('[^9]');
  });
});
