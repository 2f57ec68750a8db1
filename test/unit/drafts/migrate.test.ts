import { describe, expect, it } from 'vitest';
import { migrateDraft } from '../../../src/lib/drafts/migrate.ts';
import { DRAFT_FORMAT, DRAFT_VERSION } from '../../../src/lib/drafts/constants.ts';
import * as schema from '../../../src/schemas/draft.ts';

const v0 = {
  format: 'cam-nang-cchc/draft',
  version: 0,
  kind: 'bao-cao-cchc-dinh-ky',
  name: 'Quý III',
  header: {
    issuer: 'ỦY BAN NHÂN DÂN\nPHƯỜNG HOÀI TÂN',
    issuerAbbr: 'UBND',
    place: 'Hoài Tân',
    ngay: '2022-09-20',
    period: '9-thang/2022',
  },
  values: { 'chi-dao:noi-dung': 'Đã ban hành kế hoạch.' },
  signature: { title: 'CHỦ TỊCH', name: 'Nguyễn Văn A' },
  distribution: '- UBND thị xã;\n\n- Lưu: VT.',
};

/** What the tests read of a migrated draft (migrateDraft returns unknown). */
type Migrated = { version: number; header: Record<string, unknown>; distribution: unknown };

describe('migrateDraft', () => {
  it('uses the same format marker and version as the zod schema', () => {
    expect(DRAFT_FORMAT).toBe(schema.DRAFT_FORMAT);
    expect(DRAFT_VERSION).toBe(schema.DRAFT_VERSION);
  });

  it('turns a v0 draft into a valid current draft', () => {
    const out = migrateDraft(v0) as Migrated;
    expect(out.version).toBe(DRAFT_VERSION);
    expect(out.header.period).toEqual({ kind: '9-thang', year: 2022 });
    expect(out.header.date).toBe('2022-09-20');
    expect(out.header.ngay).toBeUndefined();
    expect(out.distribution).toEqual(['- UBND thị xã;', '- Lưu: VT.']);
    const parsed = schema.draftSchema.safeParse(out);
    expect(parsed.success).toBe(true);
  });

  it('reads a v0 period with an index and treats a missing version as v0', () => {
    const { version: _, ...noVersion } = v0;
    const out = migrateDraft({ ...noVersion, header: { ...v0.header, period: 'quy/2023/3' } }) as Migrated;
    expect(out.header.period).toEqual({ kind: 'quy', year: 2023, index: 3 });
  });

  it('leaves current drafts, newer drafts and foreign data alone', () => {
    const current = { ...v0, version: DRAFT_VERSION };
    expect(migrateDraft(current)).toBe(current);
    const newer = { ...v0, version: 7 };
    expect(migrateDraft(newer)).toBe(newer);
    expect(migrateDraft([1, 2])).toEqual([1, 2]);
    expect(migrateDraft({ format: 'other' })).toEqual({ format: 'other' });
  });
});
