/**
 * Reading a zip archive (.docx, .xlsx, .ods) within limits (limits.ts): the central directory is read first, parts
 * declared too large or too compressed are refused before any inflating, and each part is then inflated as a stream
 * (fflate's Inflate) that stops as soon as its output passes the limit or the ratio — declared sizes can lie, the
 * stream cannot. So a zip bomb is refused after inflating a few megabytes, in milliseconds.
 */
import { Inflate, inflateSync } from 'fflate';
import { FileLimitError, LIMITS } from './limits.ts';

export type ZipEntry = { name: string; method: number; compressedSize: number; size: number; offset: number };
export type ZipLimits = { part: number; total: number; ratio?: number; ratioFrom?: number; entries?: number };

/** Not a zip archive, or one cut short or damaged. */
export class ZipFormatError extends Error {
  constructor(message = 'damaged zip') {
    super(message);
    this.name = 'ZipFormatError';
  }
}

const STEP = 8 * 1024;
/** Deflate's largest possible expansion (a 258-byte match in about two bits): what a part of n bytes can become. */
const DEFLATE_MAX_RATIO = 1032;

/** The archive's entries, from its central directory. Throws ZipFormatError, or FileLimitError for too many parts. */
export function zipEntries(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (p: number) => view.getUint16(p, true);
  const u32 = (p: number) => view.getUint32(p, true);
  let eocd = -1;
  for (let p = bytes.length - 22; p >= Math.max(0, bytes.length - 22 - 0xffff); p--)
    if (u32(p) === 0x06054b50) {
      eocd = p;
      break;
    }
  if (eocd < 0) throw new ZipFormatError('no end of central directory');
  const count = u16(eocd + 10);
  if (count > (limits.entries ?? LIMITS.entries)) throw new FileLimitError('entries', { count });
  let p = u32(eocd + 16);
  const names = new TextDecoder();
  const entries: ZipEntry[] = [];
  let declared = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(p) !== 0x02014b50) throw new ZipFormatError('bad central directory');
    const [nameLen, extraLen, commentLen] = [u16(p + 28), u16(p + 30), u16(p + 32)];
    const entry = {
      name: names.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      method: u16(p + 10),
      compressedSize: u32(p + 20),
      size: u32(p + 24),
      offset: u32(p + 42),
    };
    // ZIP64 (sizes of 4 GB and more) never belongs in a report or a workbook of this kind.
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff)
      throw new FileLimitError('part-size', { part: entry.name, max: limits.part });
    checkPart(entry.name, entry.size, entry.compressedSize, limits);
    declared += entry.size;
    if (declared > limits.total) throw new FileLimitError('total-size', { max: limits.total });
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function checkPart(name: string, size: number, compressed: number, limits: ZipLimits): void {
  if (size > limits.part) throw new FileLimitError('part-size', { part: name, max: limits.part });
  if (size > (limits.ratioFrom ?? LIMITS.ratioFrom) && size > Math.max(1, compressed) * (limits.ratio ?? LIMITS.ratio))
    throw new FileLimitError('ratio', { part: name });
}

/** One part's bytes, inflated within `limits`. Throws ZipFormatError or FileLimitError. */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, limits: ZipLimits): Uint8Array {
  const chunks: Uint8Array[] = [];
  const size = inflateEntry(bytes, entry, limits, (c) => chunks.push(c));
  if (chunks.length === 1) return chunks[0];
  const whole = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    whole.set(c, o);
    o += c.length;
  }
  return whole;
}

/** Inflates one part into `sink` (nothing kept when it drops the chunks); answers its size. */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limits: ZipLimits, sink: (chunk: Uint8Array) => void): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw new ZipFormatError('bad local header');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipFormatError('cut short');
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    checkPart(entry.name, data.length, data.length, limits);
    sink(data);
    return data.length;
  }
  if (entry.method !== 8) throw new ZipFormatError(`compression method ${entry.method}`);
  const whole = data.length > 0 && data.length * DEFLATE_MAX_RATIO <= limits.part && inflateWhole(data, entry.size);
  if (whole) {
    checkPart(entry.name, whole.length, data.length, limits);
    sink(whole);
    return whole.length;
  }
  let out = 0;
  let consumed = 0;
  let ended = false;
  const inflate = new Inflate((chunk, final) => {
    out += chunk.length;
    checkPart(entry.name, out, consumed, limits);
    sink(chunk);
    if (final) ended = true;
  });
  try {
    for (let p = 0; p < data.length && !ended; p += STEP) {
      consumed = Math.min(data.length, p + STEP);
      inflate.push(data.subarray(p, consumed), consumed === data.length);
    }
  } catch (e) {
    if (e instanceof FileLimitError) throw e;
    throw new ZipFormatError('bad deflate data');
  }
  if (!ended) throw new ZipFormatError('deflate data cut short');
  return out;
}

/**
 * A part too small to become a bomb (even at deflate's largest ratio it stays within the part limit) is inflated in one
 * go into a buffer of its declared size, several times faster than the stream. Undefined when it turns out larger than
 * declared (the stream then reads it within the limits).
 */
function inflateWhole(data: Uint8Array, declared: number): Uint8Array | undefined {
  const room = Math.min(declared, data.length * DEFLATE_MAX_RATIO) + 1;
  let out: Uint8Array;
  try {
    out = inflateSync(data, { out: new Uint8Array(room) });
  } catch {
    throw new ZipFormatError('bad deflate data');
  }
  return out.length < room ? out : undefined;
}

/**
 * Checks every part of an archive against `limits` (inflating each as a stream and dropping its output): for readers
 * that unzip by themselves (SheetJS) and so must not be handed a bomb. Returns the entries.
 */
export function checkZip(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const entries = zipEntries(bytes, limits);
  let total = 0;
  for (const e of entries) {
    total += inflateEntry(bytes, e, limits, () => undefined);
    if (total > limits.total) throw new FileLimitError('total-size', { max: limits.total });
  }
  return entries;
}
