/**
 * A zip archive as its entries, each kept as the bytes it is stored as (local header, compressed data and any data
 * descriptor; central directory record), so that entries can be replaced or added without inflating and deflating
 * the others again. Enough for the archives `docx` and fflate write (no ZIP64, one disk).
 */
export type ZipEntry = { name: string; local: Uint8Array; central: Uint8Array };

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

export function zipEntries(zip: Uint8Array): ZipEntry[] {
  const v = view(zip);
  let eocd = zip.length - 22;
  while (eocd >= 0 && v.getUint32(eocd, true) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('.docx: không phải tệp zip');
  const count = v.getUint16(eocd + 10, true);
  const cdStart = v.getUint32(eocd + 16, true);
  const records: { name: string; offset: number; central: Uint8Array }[] = [];
  let p = cdStart;
  for (let i = 0; i < count; i++) {
    if (v.getUint32(p, true) !== 0x02014b50) throw new Error('.docx: mục lục zip hỏng');
    const size = 46 + v.getUint16(p + 28, true) + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
    const name = new TextDecoder().decode(zip.subarray(p + 46, p + 46 + v.getUint16(p + 28, true)));
    records.push({ name, offset: v.getUint32(p + 42, true), central: zip.slice(p, p + size) });
    p += size;
  }
  // Each entry's stored bytes run to the next entry's local header (or to the central directory).
  const starts = [...records.map((r) => r.offset), cdStart].sort((a, b) => a - b);
  return records.map((r) => ({ name: r.name, central: r.central, local: zip.subarray(r.offset, starts[starts.indexOf(r.offset) + 1]) }));
}

export function joinZip(entries: ZipEntry[]): Uint8Array {
  const size = entries.reduce((n, e) => n + e.local.length + e.central.length, 0) + 22;
  const out = new Uint8Array(size);
  const v = view(out);
  let p = 0;
  const offsets = entries.map((e) => {
    out.set(e.local, p);
    p += e.local.length;
    return p - e.local.length;
  });
  const cdStart = p;
  entries.forEach((e, i) => {
    out.set(e.central, p);
    v.setUint32(p + 42, offsets[i], true);
    p += e.central.length;
  });
  v.setUint32(p, 0x06054b50, true);
  v.setUint16(p + 8, entries.length, true);
  v.setUint16(p + 10, entries.length, true);
  v.setUint32(p + 12, p - cdStart, true);
  v.setUint32(p + 16, cdStart, true);
  return out;
}
