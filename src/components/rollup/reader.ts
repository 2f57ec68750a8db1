/**
 * Reading dropped files in Workers (reader.worker.ts): a small pool, each worker reading one file at a time within a
 * time limit (src/lib/files/limits.ts). A file still unread after that is answered with a Vietnamese reason and its
 * worker is replaced, so one file never holds the page and the others go on. Any file read — a report now, whatever
 * the roll-up reads later — can go through `read`. Where no worker can be started, files are read on the page.
 */
import type { FileContent } from '../../lib/rollup/read.ts';
import { LIMITS, limitReason } from '../../lib/files/limits.ts';

export type FileReader = { read(file: File): Promise<FileContent>; close(): void };

type Slot = { worker?: Worker; busy: boolean; settle?: (r: FileContent) => void };

/** A worker a core, one core left to the page (which checks each report as it arrives); at most four. */
const poolSize = () => Math.min(4, Math.max(1, ((typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 2) - 1));

export function createReader(
  kindNames: Record<string, string>,
  timeoutMs: number = LIMITS.readSeconds * 1000,
  size: number = poolSize(),
): FileReader {
  const slots: Slot[] = Array.from({ length: size }, () => ({ busy: false }));
  const waiting: (() => void)[] = [];
  let failed = false;
  const RETRY = '\u0000retry';

  const acquire = async (): Promise<Slot> => {
    for (;;) {
      const free = slots.find((s) => !s.busy);
      if (free) {
        free.busy = true;
        return free;
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };
  const release = (slot: Slot) => {
    slot.busy = false;
    waiting.shift()?.();
  };
  const stop = (slot: Slot) => {
    slot.worker?.terminate();
    slot.worker = undefined;
  };
  const start = (slot: Slot): Worker | undefined => {
    if (slot.worker) return slot.worker;
    try {
      slot.worker = new Worker(new URL('./reader.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return undefined;
    }
    return slot.worker;
  };

  const readOnPage = async (file: File, bytes: Uint8Array): Promise<FileContent> =>
    (await import('../../lib/rollup/read.ts')).readFile(file.name, bytes, kindNames);

  /** One file in one worker: its answer, the time limit's reason, or RETRY when the worker's code could not run. */
  const inWorker = (slot: Slot, w: Worker, file: File, bytes: Uint8Array) =>
    new Promise<FileContent>((resolve) => {
      const settle = (r: FileContent) => {
        clearTimeout(timer);
        slot.settle = undefined;
        resolve(r);
      };
      const timer = setTimeout(() => {
        stop(slot);
        settle({ ok: false, error: limitReason('timeout') });
      }, timeoutMs);
      slot.settle = settle;
      w.onmessage = (e: MessageEvent<{ result: FileContent }>) => settle(e.data.result);
      // The worker's code could not run (not downloaded, offline): this file and the next are read on the page.
      w.onerror = (e) => {
        e.preventDefault();
        stop(slot);
        failed = true;
        settle({ ok: false, error: RETRY });
      };
      const copy = bytes.slice();
      w.postMessage({ name: file.name, bytes: copy, kindNames }, [copy.buffer]);
    });

  async function read(file: File): Promise<FileContent> {
    if (file.size > LIMITS.fileBytes) return { ok: false, error: limitReason('file-size', { size: file.size, max: LIMITS.fileBytes }) };
    const slot = await acquire();
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const w = failed ? undefined : start(slot);
      if (!w) return await readOnPage(file, bytes);
      const result = await inWorker(slot, w, file, bytes);
      return !result.ok && result.error === RETRY ? await readOnPage(file, bytes) : result;
    } finally {
      release(slot);
    }
  }

  return {
    read,
    close: () =>
      slots.forEach((slot) => {
        stop(slot);
        slot.settle?.({ ok: false, error: limitReason('timeout') });
      }),
  };
}
