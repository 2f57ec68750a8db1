import type { Draft } from '../../schemas/draft.ts';
import type { Period } from '../format/period.ts';
import type { PrintedCheck } from '../printed/check.ts';
import type { Collector } from './header.ts';
import type { ReportRequest } from '../../schemas/request.ts';
import { isPlaceholderName, unitKey, unitName } from './units.ts';

/**
 * A roll-up as it is kept in the browser (localStorage) and in its export file: the report kind and period, the
 * units' reports (each draft reduced to what is rolled up), and the user's settings. Pure; no zod, so the page's first
 * load stays small (parse.ts checks a file read back).
 */
export const ROLLUP_FORMAT = 'cam-nang-cchc/rollup';
export const ROLLUP_VERSION = 1;

/** A report that was replaced by another one of the same unit (kept to say so). */
export type Replaced = { file: string; number: string; date: string };

export type UnitEntry = {
  /** Stable id of the row (the first file's name and when it was added). */
  id: string;
  file: string;
  /** ISO time it was added. */
  addedAt: string;
  draft: Draft;
  /** Reports of the same unit that this one replaced, or that were dropped because this one is newer. */
  replaced: Replaced[];
  /** The same report sent again, unchanged (nothing to choose between). */
  resent?: Replaced[];
  /** For a .docx: its printed text checked against its draft (src/lib/printed/); absent for a .json draft. */
  printed?: PrintedCheck;
  /** Which figures count when the printed ones differ from the draft's: what was signed (default) or the draft. */
  count?: FigureSource;
};

/** Where a unit's counted figures come from when its .docx was edited: the printed text, or the draft it carries. */
export type FigureSource = 'printed' | 'draft';

export type RollupSettings = {
  /** The list of units expected to report, as pasted (one name a line). */
  expected: string;
  /** "YYYY-MM-DD": a report dated after it is late; "" for no deadline. */
  deadline: string;
  /** A local target per rate column ("<block key>.<field id>" → %), typed by the user. */
  targets: Record<string, number>;
  /** The summary report's issuing body and place, as typed on the page ("" = the template's). */
  issuer: string;
  place: string;
  /** The summary's issuer level, when the kind offers several ("tinh", "so", "xa"); "" = the template's. */
  level: string;
  /** The summary's signer: authority lines (one a line), title and full name ("" = the template's). */
  signAuthority: string;
  signTitle: string;
  signName: string;
  /** Who collects (header.ts: a Sở Nội vụ, a UBND tỉnh, a UBND xã), whose defaults fill the header; "" = the template's. */
  collector: Collector | '';
  /** Its province or commune as running text writes it: "tỉnh Lâm Đồng", "xã Ea H'leo". */
  locality: string;
  /** Cơ quan chủ quản (printed regular above the issuer), lines as typed. */
  parentBody: string;
  /** The issuing body as running text names it ("Sở Nội vụ"): the summary's sentences, as typed. */
  unit: string;
  /** The số ký hiệu's abbreviation of the body ("SNV" in "BC-SNV"). */
  issuerAbbr: string;
  /** Kính gửi and Nơi nhận, one a line. */
  recipients: string;
  distribution: string;
  /** The document the summary answers: its kind ("Công văn"), number, date (YYYY-MM-DD), issuer and subject. */
  requestKind: string;
  requestNumber: string;
  requestDate: string;
  requestIssuer: string;
  requestSubject: string;
  /** What the officer writes into the summary's own sections (evaluation, tasks, proposals), by prose block key. */
  texts: Record<string, string>;
};

export type RollupState = {
  format: typeof ROLLUP_FORMAT;
  version: typeof ROLLUP_VERSION;
  /** The report kind; "" until the first report is read. */
  kind: string;
  /** The period rolled up; undefined: the one most reports are for. */
  period?: Period;
  units: UnitEntry[];
  settings: RollupSettings;
  /** The province's request the roll-up collects for (src/lib/request/rollup.ts), set in the section "Yêu cầu báo cáo". */
  request?: ReportRequest;
};

export const emptySettings = (): RollupSettings => ({
  expected: '',
  deadline: '',
  targets: {},
  issuer: '',
  place: '',
  level: '',
  signAuthority: '',
  signTitle: '',
  signName: '',
  collector: '',
  locality: '',
  parentBody: '',
  unit: '',
  issuerAbbr: '',
  recipients: '',
  distribution: '',
  requestKind: '',
  requestNumber: '',
  requestDate: '',
  requestIssuer: '',
  requestSubject: '',
  texts: {},
});

export const emptyRollup = (): RollupState => ({
  format: ROLLUP_FORMAT,
  version: ROLLUP_VERSION,
  kind: '',
  units: [],
  settings: emptySettings(),
});

/** A report just read, before it joins the roll-up. */
export type Incoming = {
  file: string;
  draft: Draft;
  printed?: PrintedCheck;
  /** The choice kept in a saved roll-up the report comes from. */
  count?: FigureSource;
  /** File's last-modified time (ms), to order two reports of one day. */ modified?: number;
};

export type MergeNote =
  | { kind: 'replaced'; unit: string; file: string; old: Replaced }
  | { kind: 'older'; unit: string; file: string; kept: Replaced }
  | { kind: 'resent'; unit: string; file: string; kept: Replaced };

/** What a report counts: its number, date, period, figures and the figures its text prints. Equal: the same report again. */
const countedOf = (e: { draft: Draft; printed?: PrintedCheck }) =>
  JSON.stringify([e.draft.header.number, e.draft.header.date, e.draft.header.period, e.draft.values, e.printed?.differences ?? []]);

const refOf = (e: { file: string; draft: Draft }): Replaced => ({ file: e.file, number: e.draft.header.number, date: e.draft.header.date });

/**
 * Adds reports to a roll-up. A unit that already has a report keeps the newer one (by the report's date; on the same
 * date the one added later, or the later-modified file within one batch, as a corrected report is sent after the
 * first), and its row says which report was set aside. Units without a name in their header are never merged.
 * `draftFor` reduces a draft to what is kept (see trimDraft).
 */
export function addReports(
  state: RollupState,
  incoming: Incoming[],
  now: string,
  draftFor: (d: Draft) => Draft = (d) => d,
): { state: RollupState; notes: MergeNote[] } {
  const units = [...state.units];
  const notes: MergeNote[] = [];
  const modified = new Map<UnitEntry, number>();
  const key = (d: Draft) => {
    const name = unitName(d.header.issuer, d.header.place, d.header.unit);
    return isPlaceholderName(name) ? undefined : unitKey(name);
  };
  // Unit key → index in `units`, built once (a province drops 100 or more reports at a time).
  const at = new Map<string, number>();
  units.forEach((u, i) => {
    const k = key(u.draft);
    if (k !== undefined && !at.has(k)) at.set(k, i);
  });
  const sameBatchOf = (u: UnitEntry) => modified.has(u);
  incoming.forEach((r, i) => {
    const entry: UnitEntry = {
      id: `${now}#${i}:${r.file}`,
      file: r.file,
      addedAt: now,
      draft: draftFor(r.draft),
      replaced: [],
      ...(r.printed ? { printed: r.printed } : {}),
      ...(r.count ? { count: r.count } : {}),
    };
    const k = key(r.draft);
    const found = k === undefined ? undefined : at.get(k);
    if (found === undefined) {
      if (k !== undefined) at.set(k, units.length);
      units.push(entry);
      if (r.modified !== undefined) modified.set(entry, r.modified);
      return;
    }
    const old = units[found];
    const unit = unitName(r.draft.header.issuer, r.draft.header.place, r.draft.header.unit);
    if (countedOf(entry) === countedOf(old)) {
      units[found] = { ...old, resent: [...(old.resent ?? []), refOf(r)] };
      if (sameBatchOf(old)) modified.set(units[found], modified.get(old)!);
      notes.push({ kind: 'resent', unit, file: r.file, kept: refOf(old) });
      return;
    }
    const [a, b] = [r.draft.header.date, old.draft.header.date];
    const sameBatch = modified.has(old);
    const newer = a > b || (a === b && (!sameBatch || (r.modified ?? 0) >= (modified.get(old) ?? 0)));
    if (newer) {
      units[found] = { ...entry, id: old.id, replaced: [...old.replaced, refOf(old)] };
      if (r.modified !== undefined) modified.set(units[found], r.modified);
      notes.push({ kind: 'replaced', unit, file: r.file, old: refOf(old) });
    } else {
      units[found] = { ...old, replaced: [...old.replaced, refOf(r)] };
      if (sameBatch) modified.set(units[found], modified.get(old)!);
      notes.push({ kind: 'older', unit, file: r.file, kept: refOf(old) });
    }
  });
  return { state: { ...state, units }, notes };
}

/** Which figures of one unit count (see FigureSource). */
export const setCount = (state: RollupState, id: string, count: FigureSource): RollupState => ({
  ...state,
  units: state.units.map((u) => (u.id === id ? { ...u, count } : u)),
});

/** Removes one unit's report from the roll-up. */
export const removeUnit = (state: RollupState, id: string): RollupState => ({ ...state, units: state.units.filter((u) => u.id !== id) });

/** The roll-up file: pretty JSON, the same shape as what is stored. */
export const serializeRollup = (state: RollupState): string => JSON.stringify(state, null, 2) + '\n';
