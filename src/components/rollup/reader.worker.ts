/**
 * Reads dropped files off the page's thread (reader.ts sends each worker one at a time, with a time limit): a file
 * that takes too long is abandoned with its worker, and the page never waits on it.
 */
import { readFile } from '../../lib/rollup/read.ts';

self.onmessage = (e: MessageEvent<{ name: string; bytes: Uint8Array; kindNames: Record<string, string> }>) => {
  const { name, bytes, kindNames } = e.data;
  self.postMessage({ result: readFile(name, bytes, kindNames) });
};
