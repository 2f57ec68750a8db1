import { DRAFT_FORMAT, DRAFT_VERSION } from './constants.ts';

/**
 * Brings an older draft file up to the current version, one step at a time. Pure; never throws;
 * returns the input unchanged when it is not a draft of an older version (validation comes after).
 *
 * Version 0 (the builder's first prototype; never released, kept as the migration example):
 *   { format, version: 0, kind, name?, header: { ...same fields but `period: "9-thang/2022"` (kind/year, or
 *     kind/year/index), `ngay` instead of `date`, no leaveDayBlank }, values, instances?, signature,
 *     distribution: one string with one item a line }
 * Version 1 (released until the Biểu 06 figure set): the same shape, but the TTHC file figures of three kinds had
 *   their own ids ("tiep-nhan", "da-giai-quyet", …); version 2 names them as the figure set does (FILE_FIGURES).
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
  1: (d) => {
    const blocks = FILE_FIGURES.blocks[typeof d.kind === 'string' ? d.kind : ''] ?? [];
    const values = isRecord(d.values) ? { ...d.values } : d.values;
    if (isRecord(values))
      for (const [key, value] of Object.entries(values))
        if (blocks.includes(key.replace(/#\d+/g, '')) && isRecord(value)) values[key] = renameFigures(value);
    return { ...d, version: 2, values };
  },
};

/**
 * Version 1 → 2, frozen as those versions were: which blocks of which kinds held TTHC file figures, and each old
 * figure id's new id (src/lib/report/blocks/indicators/field-sets/bieu-06.ts). Ids not listed stay as they are.
 */
export const FILE_FIGURES = {
  blocks: {
    'bao-cao-cchc-dinh-ky': ['ket-qua/cai-cach-tthc:giai-quyet'],
    'bao-cao-tu-kiem-tra': ['ket-qua/cai-cach-tthc:giai-quyet'],
    'bao-cao-so-ket-tong-ket': ['ket-qua-thuc-hien/linh-vuc/cai-cach-tthc/ket-qua:giai-quyet'],
  } as Record<string, string[]>,
  ids: {
    'tiep-nhan': 'tong-nhan',
    'truc-tuyen': 'moi-truc-tuyen',
    'truc-tiep': 'moi-truc-tiep',
    'da-giai-quyet': 'tong-da-giai-quyet',
    'truoc-han': 'da-truoc-han',
    'dung-han': 'da-dung-han',
    'qua-han': 'da-qua-han',
    'dang-giai-quyet': 'tong-dang-giai-quyet',
  } as Record<string, string>,
};

function renameFigures(value: Rec): Rec {
  const out: Rec = {};
  for (const [id, x] of Object.entries(value)) if (!(id in FILE_FIGURES.ids)) out[id] = x;
  // A figure already under its new id (a hand-edited file) is never overwritten by an old one.
  for (const [id, x] of Object.entries(value))
    if (id in FILE_FIGURES.ids && out[FILE_FIGURES.ids[id]] == null) out[FILE_FIGURES.ids[id]] = x;
  return out;
}
