/**
 * The roll-up's file reader (src/components/rollup/reader.ts) with a stand-in Worker: files are read one at a time;
 * one that is not answered within the time limit gets a Vietnamese reason, its worker is replaced, and the next file
 * is read; where the worker's code cannot run, files are read on the page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReader } from '../../../src/components/rollup/reader.ts';
import { limitReason } from '../../../src/lib/files/limits.ts';
import { readFile } from '../../../src/lib/rollup/read.ts';

type Message = { id: number; name: string; bytes: Uint8Array; kindNames: Record<string, string> };

/** A Worker that answers as reader.worker.ts does, except for files named "treo…" (never answered) and on `broken`. */
class FakeWorker {
  static made = 0;
  static terminated = 0;
  static broken = false;
  onmessage?: (e: { data: unknown }) => void;
  onerror?: (e: { preventDefault(): void }) => void;
  constructor() {
    FakeWorker.made++;
  }
  postMessage(m: Message) {
    if (FakeWorker.broken) return setTimeout(() => this.onerror?.({ preventDefault() {} }), 1);
    if (m.name.startsWith('treo')) return;
    setTimeout(() => this.onmessage?.({ data: { id: m.id, result: readFile(m.name, m.bytes, m.kindNames) } }), 1);
  }
  terminate() {
    FakeWorker.terminated++;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = FakeWorker.terminated = 0;
  FakeWorker.broken = false;
});

const file = (name: string, text: string) => new File([text], name);

describe('roll-up file reader', () => {
  it('gives up on a file past the time limit, replaces the worker and reads the next file', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const reader = createReader({}, 200);
    const [stuck, next] = await Promise.all([reader.read(file('treo.docx', 'x')), reader.read(file('rong.json', ''))]);
    expect(stuck).toEqual({ ok: false, error: limitReason('timeout') });
    expect(next.ok).toBe(false);
    expect(!next.ok && next.error).toMatch(/Tệp trống/);
    expect(FakeWorker.made).toBe(2);
    expect(FakeWorker.terminated).toBe(1);
    reader.close();
  });

  it('refuses a file over the size limit without reading it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const big = { name: 'lon.docx', size: 60 * 2 ** 20, arrayBuffer: () => Promise.reject(new Error('not read')) } as unknown as File;
    const r = await createReader({}).read(big);
    expect(!r.ok && r.error).toMatch(/^Tệp quá lớn \(60 MB, tối đa 50 MB\)/);
    expect(FakeWorker.made).toBe(0);
  });

  it('reads on the page when the worker cannot run', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.broken = true;
    const r = await createReader({}).read(file('rong.json', ''));
    expect(!r.ok && r.error).toMatch(/Tệp trống/);
  });
});
