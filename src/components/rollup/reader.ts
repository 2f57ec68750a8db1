/**
 * Reading dropped files in a Worker (reader.worker.ts), one at a time, each within a time limit
 * (src/lib/files/limits.ts): a file still unread after that is answered with a Vietnamese reason and its worker is
 * replaced, so one file never holds the page and the others go on. Any file read — a report now, whatever the roll-up
 * reads later — can go through `read`. Where no worker can be started, files are read on the page as before.
 */
import type { FileContent } from '../../lib/rollup/read.ts';
import { LIMITS, limitReason } from '../../lib/files/limits.ts';

export type FileReader = { read(file: File): Promise<FileContent>; close(): void };

type Pending = { resolve: (r: FileContent) => void; timer: ReturnType<typeof setTimeout> };

export function createReader(kindNames: Record<string, string>, timeoutMs: number = LIMITS.readSeconds * 1000): FileReader {
  let worker: Worker | undefined;
  let next = 0;
  const pending = new Map<number, Pending>();
  let queue: Promise<unknown> = Promise.resolve();

  const settle = (id: number, result: FileContent) => {
    const p = pending.get(id);
    if (!p) return;
    clearTimeout(p.timer);
    pending.delete(id);
    p.resolve(result);
  };
  const restart = (result: FileContent) => {
    worker?.terminate();
    worker = undefined;
    for (const id of [...pending.keys()]) settle(id, result);
  };
  const start = (): Worker | undefined => {
    if (worker) return worker;
    try {
      worker = new Worker(new URL('./reader.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return undefined;
    }
    worker.onmessage = (e: MessageEvent<{ id: number; result: FileContent }>) => settle(e.data.id, e.data.result);
    // The worker's code could not run (not downloaded, offline): what it was reading is read on the page instead.
    worker.onerror = (e) => {
      e.preventDefault();
      const ids = [...pending.keys()];
      worker?.terminate();
      worker = undefined;
      failed = true;
      for (const id of ids) settle(id, { ok: false, error: RETRY });
    };
    return worker;
  };
  let failed = false;
  const RETRY = '\u0000retry';

  const readOnPage = async (file: File, bytes: Uint8Array): Promise<FileContent> =>
    (await import('../../lib/rollup/read.ts')).readFile(file.name, bytes, kindNames);

  async function readOne(file: File): Promise<FileContent> {
    if (file.size > LIMITS.fileBytes) return { ok: false, error: limitReason('file-size', { size: file.size, max: LIMITS.fileBytes }) };
    const bytes = new Uint8Array(await file.arrayBuffer());
    const w = failed ? undefined : start();
    if (!w) return readOnPage(file, bytes);
    const id = next++;
    const copy = bytes.slice();
    const result = await new Promise<FileContent>((resolve) => {
      pending.set(id, { resolve, timer: setTimeout(() => restart({ ok: false, error: limitReason('timeout') }), timeoutMs) });
      w.postMessage({ id, name: file.name, bytes: copy, kindNames }, [copy.buffer]);
    });
    return !result.ok && result.error === RETRY ? readOnPage(file, bytes) : result;
  }

  return {
    read(file) {
      const result = queue.then(() => readOne(file));
      queue = result.catch(() => undefined);
      return result;
    },
    close: () => restart({ ok: false, error: limitReason('timeout') }),
  };
}
