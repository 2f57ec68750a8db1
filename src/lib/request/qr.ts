/**
 * A request's link as a QR code, for a công văn sent on paper or as PDF: a PNG for the Phụ lục (.docx) and an SVG for
 * the page. The encoder is the `qr` package (Paul Miller's, no dependencies); import this module only with import(),
 * so that the library loads when a QR code is asked for.
 */
import encodeQR from 'qr';
import { zlibSync } from 'fflate';

/** Error correction: 15% ("medium") for a link a phone reads from paper; 7% when the link is long, to keep it printable. */
const ecc = (text: string) => (text.length <= 1200 ? 'medium' : 'low');
/** The quiet zone around the code, in modules (ISO/IEC 18004 asks for 4). */
const BORDER = 4;

/** The code's modules, quiet zone included: true is dark. */
export const qrMatrix = (text: string): boolean[][] => encodeQR(text, 'raw', { ecc: ecc(text), border: BORDER });

/** An SVG of the code (black on white), for the page. */
export const qrSvg = (text: string): string => encodeQR(text, 'svg', { ecc: ecc(text), border: BORDER });

/**
 * A black-and-white PNG of the code, `scale` pixels a module, so that Word and LibreOffice scale it without blurring
 * the modules' edges: 1 bit a pixel, rows unfiltered, compressed with zlib.
 */
export function qrPng(text: string, scale = 8): Uint8Array {
  const m = qrMatrix(text);
  const size = m.length * scale;
  const rowBytes = Math.ceil(size / 8);
  const raw = new Uint8Array((rowBytes + 1) * size);
  for (let y = 0; y < size; y++) {
    const row = m[Math.floor(y / scale)];
    const at = y * (rowBytes + 1) + 1;
    for (let x = 0; x < size; x++) if (!row[Math.floor(x / scale)]) raw[at + (x >> 3)] |= 0x80 >> (x & 7);
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, size);
  view.setUint32(4, size);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter method, no interlace
  return concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

let table: Uint32Array | undefined;
function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = table[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const concat = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};
