/**
 * Reads dropped files off the page's thread (reader.ts sends them one at a time, with a time limit): a file that
 * takes too long is abandoned with its worker, and the page never waits on it.
 */
import { readFile } from '../../lib/rollup/read.ts';

self.onmessage = (e: MessageEvent<{ id: number; name: string; bytes: Uint8Array; kindNames: Record<string, string> }>) => {
  const { id, name, bytes, kindNames } = e.data;
  self.postMessage({ id, result: readFile(name, bytes, kindNames) });
};
