/**
 * What the roll-up page does: read dropped files in small batches (the page stays responsive and shows progress),
 * add the reports to the roll-up, keep it on this computer (IndexedDB, store.ts), open and save its file, download the summary .docx and the
 * .xlsx. Loaded with the first file or a saved roll-up, never with the page.
 */
import type { Draft } from '../../schemas/draft.ts';
import type { ReportTemplate } from '../../schemas/template.ts';
import type { Issue } from '../../lib/report/index.ts';
import type { FileContent } from '../../lib/rollup/read.ts';
import { createReader } from './reader.ts';
import { parseRollup } from '../../lib/rollup/parse.ts';
import {
  addReports,
  emptyRollup,
  removeUnit,
  serializeRollup,
  setCount,
  type FigureSource,
  type Incoming,
  type MergeNote,
  type RollupSettings,
  type RollupState,
} from '../../lib/rollup/state.ts';
import { computeRollup, prepareUnits, type RollupResult } from '../../lib/rollup/compute.ts';
import { refText } from '../../lib/rollup/flags.ts';
import { summaryDraft, trimDraft } from '../../lib/rollup/summary.ts';
import { checkPrinted } from '../../lib/printed/check.ts';
import type { Period } from '../../lib/format/period.ts';
import { periodSlug } from '../../lib/builder/filename.ts';
import { addDraft, newId, uniqueName } from '../../lib/drafts/library.ts';
import { DraftShelf } from '../../lib/drafts/shelf.ts';
import { CHANNEL } from '../../lib/storage/keys.ts';
import { $notes, $notice, $problems, $progress, $state, getKv, getProps, saveRollup } from './store.ts';
import { saveBlob } from '../ui/save-blob.ts';
import { t } from './strings/view.ts';

const BATCH = 10;
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
export const catalogue = () => getProps().catalogue;
export const templateOf = (kind: string): ReportTemplate | undefined => getProps().templates.find((x) => x.id === kind);

/** Keeps the roll-up on this computer (see store.ts for what happens when the browser refuses). */
function save(state: RollupState): void {
  $state.set(state);
  void saveRollup(state);
}

/**
 * The roll-up saved on this computer (as stored, or as JSON text from an earlier version), or an empty one (a damaged
 * copy is set aside with a message, never thrown).
 */
export function restore(saved: unknown): void {
  if (saved === undefined || saved === null || saved === '') return $state.set(emptyRollup());
  let raw: unknown = saved;
  if (typeof saved === 'string')
    try {
      raw = JSON.parse(saved);
    } catch {
      raw = undefined;
    }
  const r = parseRollup(raw);
  if (!r.ok) {
    $notice.set({ text: t.restoreFailed(r.error), kind: 'error' });
    return $state.set(emptyRollup());
  }
  if (r.dropped.length) $notice.set({ text: t.restoreDropped(r.dropped), kind: 'error' });
  $state.set(r.state);
}

const mode = (items: string[]) => {
  const counts = new Map<string, number>();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
};

/**
 * Reads the files, ten at a time, and adds the reports of the roll-up's kind (the kind most of them are, for a new
 * roll-up). Each report's figures are checked by the engine as it is read, so the table appears at once at the end.
 */
export async function addFiles(files: File[]): Promise<void> {
  if (!files.length) return;
  const { kindNames } = getProps();
  const problems: { file: string; error: string }[] = [];
  const reports: (Incoming & { kind: string })[] = [];
  $progress.set({ done: 0, total: files.length });
  // Files are read in a worker, each within a time limit (reader.ts): a damaged or hostile one is listed with its
  // reason and the others go on.
  // Every file is queued at once, so the workers read on while the page checks the batch before.
  const reader = createReader(kindNames);
  const reads = files.map((f) => reader.read(f).catch((): FileContent => ({ ok: false, error: t.unreadable })));
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    const contents = await Promise.all(reads.slice(i, i + BATCH));
    batch.forEach((f, j) => {
      const r = contents[j];
      if (!r.ok) return problems.push({ file: f.name, error: r.error });
      const entries: Pick<Incoming, 'draft' | 'printed' | 'count'>[] =
        r.type === 'report' ? [{ draft: r.draft }] : r.rollup.state.units.map(({ draft, printed, count }) => ({ draft, printed, count }));
      for (const entry of entries) {
        const { draft } = entry;
        const template = templateOf(draft.kind);
        if (!template)
          problems.push({
            file: f.name,
            error: kindNames[draft.kind] ? t.noFigures(kindNames[draft.kind]) : t.unknownKind(draft.kind),
          });
        else {
          // What the .docx prints against its draft (read back from the whole draft, before it is trimmed).
          const printed = r.type === 'report' && r.printed ? checkPrinted(template, draft, r.printed, catalogue()) : entry.printed;
          const trimmed = trimDraft(template, draft);
          prepareUnits(template, [trimmed], catalogue());
          reports.push({
            file: f.name,
            draft: trimmed,
            modified: f.lastModified,
            kind: draft.kind,
            ...(printed ? { printed } : {}),
            ...(entry.count ? { count: entry.count } : {}),
          });
        }
      }
    });
    $progress.set({ done: Math.min(files.length, i + BATCH), total: files.length });
    await nextFrame();
  }
  reader.close();
  const state = $state.get() ?? emptyRollup();
  const kind = state.kind || mode(reports.map((r) => r.kind)) || '';
  const accepted = reports.filter((r) => {
    if (r.kind === kind) return true;
    problems.push({ file: r.file, error: t.otherKind(kindNames[r.kind] ?? r.kind, kindNames[kind] ?? kind) });
    return false;
  });
  performance.mark('cchc-rollup-read');
  const { state: next, notes } = addReports({ ...state, kind }, accepted, new Date().toISOString());
  $problems.set([...problems, ...$problems.get()]);
  $notes.set(notes.map(noteText));
  $progress.set(undefined);
  save(next);
  $notice.set({ text: t.added(accepted.length, problems.length), kind: problems.length ? 'error' : 'ok' });
}

const noteText = (n: MergeNote) =>
  n.kind === 'replaced'
    ? t.noteReplaced(n.unit, n.file, refText(n.old))
    : n.kind === 'resent'
      ? t.noteResent(n.unit, n.file, refText(n.kept))
      : t.noteOlder(n.unit, n.file, refText(n.kept));

export const updateSettings = (patch: Partial<RollupSettings>) => {
  const s = $state.get();
  if (s) save({ ...s, settings: { ...s.settings, ...patch } });
};

/** A section of the summary written on the page (by prose block key). */
export const setSummaryText = (key: string, text: string) => {
  const s = $state.get();
  if (s) save({ ...s, settings: { ...s.settings, texts: { ...s.settings.texts, [key]: text } } });
};

export const setPeriod = (period: Period | undefined) => {
  const s = $state.get();
  if (!s) return;
  const next = { ...s };
  if (period) next.period = period;
  else delete next.period;
  save(next);
};

/** Which figures of an edited report count (kept with the roll-up). */
export const setUnitCount = (id: string, count: FigureSource) => {
  const s = $state.get();
  if (s) save(setCount(s, id, count));
};

export const removeReport = (id: string) => {
  const s = $state.get();
  if (s) save(removeUnit(s, id));
};

/** "Xóa tổng hợp": asks first, as the reports cannot be brought back without their files. */
export function clearRollup(): void {
  const s = $state.get();
  if (s?.units.length && !window.confirm(t.clearConfirm(s.units.length))) return;
  $problems.set([]);
  $notes.set([]);
  save(emptyRollup());
  $notice.set({ text: t.cleared, kind: 'ok' });
}

/** File names: "tong-hop-bc-tthc-thang-11-2026.docx". */
const fileName = (template: ReportTemplate, period: Period | undefined, ext: string) =>
  `tong-hop-${template.fileCode.toLowerCase()}${period ? `-${periodSlug(period)}` : ''}.${ext}`;

export function exportRollup(): void {
  const s = $state.get();
  if (!s) return;
  const template = templateOf(s.kind);
  const name = template ? fileName(template, computeRollup(template, s, catalogue()).period, 'json') : 'tong-hop.json';
  void saveBlob(new Blob([serializeRollup(s)], { type: 'application/json' }), name);
}

/** "Mở tệp tổng hợp": replaces the open roll-up (after asking, when it has reports). */
export async function openRollupFile(file: File): Promise<void> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return $notice.set({ text: t.unreadable, kind: 'error' });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return $notice.set({ text: `${file.name}: ${t.notRollupFile}`, kind: 'error' });
  }
  const r = parseRollup(raw);
  if (!r.ok) return $notice.set({ text: `${file.name}: ${r.error}`, kind: 'error' });
  if (!templateOf(r.state.kind) && r.state.kind) return $notice.set({ text: t.unknownKind(r.state.kind), kind: 'error' });
  const s = $state.get();
  if (s?.units.length && !window.confirm(t.openConfirm(s.units.length))) return;
  $problems.set(r.dropped.map((f) => ({ file: f, error: t.droppedFromRollup })));
  $notes.set([]);
  save(r.state);
  $notice.set({ text: t.opened(file.name, r.state.units.length), kind: 'ok' });
}

/** The summary report as a draft of the roll-up's kind. */
export const summaryOf = (template: ReportTemplate, state: RollupState, result: RollupResult): Draft =>
  summaryDraft(template, state, result, new Date());

/**
 * Downloads the summary .docx; answers the problems that withhold it (the page shows them beside the button pressed,
 * each with the field to fix), or nothing.
 */
export async function downloadDocx(template: ReportTemplate, state: RollupState, result: RollupResult): Promise<Issue[] | undefined> {
  $notice.set({ text: t.makingDocx, kind: 'ok' });
  try {
    const { renderReport } = await import('../engine/render.ts');
    const r = await renderReport(template, summaryOf(template, state, result), catalogue());
    if (!r.ok) {
      $notice.set(undefined);
      return r.blocking;
    }
    const name = fileName(template, result.period, 'docx');
    await saveBlob(
      new Blob([r.bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }),
      name,
    );
    $notice.set({ text: t.docxDone(name), kind: 'ok' });
  } catch (e) {
    console.error(e);
    $notice.set({ text: t.downloadFailed, kind: 'error' });
  }
}

export async function downloadXlsx(template: ReportTemplate, result: RollupResult): Promise<void> {
  $notice.set({ text: t.makingXlsx, kind: 'ok' });
  try {
    const [{ loadSheetJS }, { rollupXlsx }] = await Promise.all([import('../../lib/import/read.ts'), import('../../lib/rollup/xlsx.ts')]);
    const bytes = rollupXlsx(await loadSheetJS(), template, result);
    const name = fileName(template, result.period, 'xlsx');
    await saveBlob(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), name);
    $notice.set({ text: t.xlsxDone(name), kind: 'ok' });
  } catch (e) {
    console.error(e);
    $notice.set({ text: t.downloadFailed, kind: 'error' });
  }
}

/**
 * "Mở trong trang lập báo cáo": adds the summary to the drafts of its kind on this computer (as the builder stores
 * them) and opens that builder with it.
 */
export async function openInBuilder(template: ReportTemplate, state: RollupState, result: RollupResult): Promise<void> {
  const kv = getKv();
  const draft = summaryOf(template, state, result);
  const shelf = new DraftShelf<Draft>(kv, template.id);
  const index = await shelf.refresh().catch(() => undefined);
  const id = newId();
  const name = uniqueName(index ?? { current: '', items: [] }, draft.name);
  const now = new Date().toISOString();
  shelf.change({ change: (i) => addDraft(i, { id, name, updatedAt: now }) }, [[id, { ...draft, name, updatedAt: now }]]);
  const r = index && kv.persistent ? await shelf.flush() : undefined;
  if (r?.status !== 'ok') return $notice.set({ text: t.builderFull, kind: 'error' });
  if (typeof BroadcastChannel !== 'undefined') new BroadcastChannel(CHANNEL).postMessage({ kind: template.id, ids: [id] });
  window.location.assign(`${getProps().builderBase}${template.id}/`);
}
