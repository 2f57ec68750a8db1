import { DRAFT_FORMAT, DRAFT_VERSION } from './constants.ts';

/**
 * Brings an older draft file up to the current version, one step at a time. Pure; never throws;
 * returns the input unchanged when it is not a draft of an older version (validation comes after).
 *
 * Version 0 (the builder's first prototype; never released, kept as the migration example):
 *   { format, version: 0, kind, name?, header: { ...same fields but `period: "9-thang/2022"` (kind/year, or
 *     kind/year/index), `ngay` instead of `date`, no leaveDayBlank }, values, instances?, signature,
 *     distribution: one string with one item a line }
 */
export function migrateDraft(input: unknown): unknown {
  let draft = input;
  for (let guard = 0; guard < 10; guard++) {
    if (!isRecord(draft) || draft.format !== DRAFT_FORMAT) return draft;
    const version = typeof draft.version === 'number' ? draft.version : 0;
    if (version >= DRAFT_VERSION) return draft;
    const step = steps[version];
    if (!step) return draft;
    draft = step(draft);
  }
  return draft;
}

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

const steps: Record<number, (d: Rec) => Rec> = {
  0: (d) => {
    const header = isRecord(d.header) ? { ...d.header } : {};
    if (typeof header.period === 'string') {
      const [kind, year, index] = header.period.split('/');
      header.period = { kind, year: Number(year), ...(index ? { index: Number(index) } : {}) };
    }
    if ('ngay' in header) {
      header.date = header.ngay;
      delete header.ngay;
    }
    header.leaveDayBlank ??= false;
    const distribution =
      typeof d.distribution === 'string'
        ? d.distribution
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean)
        : d.distribution;
    return { ...d, version: 1, header, distribution, instances: d.instances ?? {} };
  },
};
