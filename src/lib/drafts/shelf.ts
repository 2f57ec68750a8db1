/**
 * The drafts of one report kind as a tab keeps them: what storage holds, plus the changes this tab made that are
 * not stored yet. A change (a save, a new draft, a rename, a deletion) shows at once and is queued; `flush` writes
 * everything queued in one transaction (the list and the drafts together) and reports what happened. When storage
 * refuses (full, unavailable) nothing queued is dropped: it is written by a later flush, once there is room, and until
 * then the tab still shows it. A save of the open draft is `guarded`: if another tab stored a newer revision since
 * this tab read or wrote it, it is not written, and the other tab's version comes back as a conflict to resolve.
 */
import { StorageError, type Kv, type StorageStatus } from '../storage/kv.ts';
import { draftIndexKey, draftKey } from '../storage/keys.ts';
import { asIndex, asStored, emptyIndex, type DraftIndex, type StoredDraft } from './library.ts';

export type IndexChange = (index: DraftIndex) => DraftIndex;
type Pending<D> = { draft: D; guarded: boolean } | null;

export type FlushResult<D> = {
  status: StorageStatus;
  /** The list to show: as stored (other tabs' changes included) with what is still queued applied. */
  index: DraftIndex;
  /** Drafts written, with their new revision, and drafts removed. */
  written: Map<string, number>;
  removed: string[];
  /** Guarded saves not written because another tab stored a newer revision: that revision. */
  conflicts: Map<string, StoredDraft<D>>;
};

export class DraftShelf<D> {
  private stored: DraftIndex = emptyIndex;
  private indexChanges: { change: IndexChange; tag?: string }[] = [];
  private records = new Map<string, Pending<D>>();
  /** The revision of each draft this tab last read or wrote. */
  private revs: Map<string, number>;
  readonly kv: Kv;
  readonly kind: string;

  /** `stored` and `revs`: the list and the drafts' revisions as the page read them before the shelf was made. */
  constructor(kv: Kv, kind: string, stored: DraftIndex = emptyIndex, revs: Iterable<[string, number]> = []) {
    this.kv = kv;
    this.kind = kind;
    this.stored = stored;
    this.revs = new Map(revs);
  }

  /** The list as this tab shows it. */
  index(): DraftIndex {
    return this.indexChanges.reduce((i, c) => c.change(i), this.stored);
  }

  /** Whether something is queued that storage does not hold yet. */
  get pending(): boolean {
    return this.indexChanges.length > 0 || this.records.size > 0;
  }

  /** Whether this draft's latest content is queued, not stored. */
  unsaved(id: string): boolean {
    return !!this.records.get(id);
  }

  /** The drafts queued and not stored, each with the revision its write would get (at least). */
  unstored(): [string, number, D][] {
    return [...this.records].flatMap(([id, r]): [string, number, D][] => (r ? [[id, (this.revs.get(id) ?? 0) + 1, r.draft]] : []));
  }

  /** Reads the list again (another tab changed it); what this tab queued stays on top. */
  async refresh(): Promise<DraftIndex> {
    const [v] = await this.kv.read([draftIndexKey(this.kind)]);
    this.stored = asIndex(v);
    return this.index();
  }

  /** A draft's content: this tab's unsaved version if there is one, else the stored one (its revision noted). */
  async draft(id: string): Promise<StoredDraft<D> | undefined> {
    const queued = this.records.get(id);
    if (queued) return { rev: this.revs.get(id) ?? 0, draft: queued.draft };
    if (queued === null) return undefined;
    const [v] = await this.kv.read([draftKey(id)]);
    const s = asStored<D>(v);
    if (s) this.revs.set(id, s.rev);
    return s;
  }

  /** The stored version only (another tab's save, for the conflict notice); does not change what this tab knows. */
  async storedDraft(id: string): Promise<StoredDraft<D> | undefined> {
    const [v] = await this.kv.read([draftKey(id)]);
    return asStored<D>(v);
  }

  /** Whether a stored version is newer than the one this tab read or wrote (another tab saved it). */
  isNewer(id: string, stored: StoredDraft<D>): boolean {
    return stored.rev > (this.revs.get(id) ?? 0);
  }

  /** This tab accepts a revision as its base (after choosing in a conflict). */
  adopt(id: string, rev: number): void {
    this.revs.set(id, rev);
  }

  /**
   * Queues a change of the list and of drafts (a draft's content, or null to remove it). A change of the list with a
   * `tag` replaces the queued one with the same tag where it stands (the time of the last save, not one per key).
   */
  change(index?: { change: IndexChange; tag?: string }, drafts: [string, D | null, { guarded?: boolean }?][] = []): DraftIndex {
    if (index) {
      const at = index.tag === undefined ? -1 : this.indexChanges.findIndex((c) => c.tag === index.tag);
      if (at >= 0) this.indexChanges[at] = index;
      else this.indexChanges.push(index);
    }
    for (const [id, draft, o] of drafts) this.records.set(id, draft === null ? null : { draft, guarded: !!o?.guarded });
    return this.index();
  }

  /** Writes everything queued, atomically. Never throws for a storage refusal: the status says it. */
  async flush(): Promise<FlushResult<D>> {
    const changes = this.indexChanges.slice();
    const records = new Map(this.records);
    const ids = [...records.keys()];
    const key = draftIndexKey(this.kind);
    try {
      const out = await this.kv.transact([key, ...ids.map(draftKey)], (values) => {
        const index = changes.reduce((i, c) => c.change(i), asIndex(values[0]));
        const put: [string, unknown][] = [];
        const remove: string[] = [];
        const written = new Map<string, number>();
        const conflicts = new Map<string, StoredDraft<D>>();
        ids.forEach((id, i) => {
          const rec = records.get(id)!;
          const old = asStored<D>(values[i + 1]);
          if (rec === null) return remove.push(draftKey(id));
          const known = this.revs.get(id) ?? 0;
          if (rec.guarded && old && old.rev > known) return conflicts.set(id, old);
          const rev = Math.max(old?.rev ?? 0, known) + 1;
          put.push([draftKey(id), { rev, draft: rec.draft }]);
          written.set(id, rev);
        });
        put.push([key, index]);
        return { put, remove, result: { index, written, conflicts } };
      });
      this.stored = out.index;
      this.indexChanges = this.indexChanges.filter((c) => !changes.includes(c));
      for (const [id, rec] of records) if (this.records.get(id) === rec) this.records.delete(id);
      for (const [id, rev] of out.written) this.revs.set(id, rev);
      const removed = ids.filter((id) => records.get(id) === null);
      for (const id of removed) this.revs.delete(id);
      const status = this.kv.persistent ? 'ok' : 'unavailable';
      return { status, index: this.index(), written: out.written, removed, conflicts: out.conflicts };
    } catch (e) {
      if (!(e instanceof StorageError)) throw e;
      return { status: e.reason, index: this.index(), written: new Map(), removed: [], conflicts: new Map() };
    }
  }
}
