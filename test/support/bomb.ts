/**
 * Zip bombs for tests: deflate data of zeros built by repeating one sync-flushed block of 16 MB, so a part that
 * inflates to 10 GiB is 10 MB and made in milliseconds; and zip archives (a .docx, a .xlsx) holding such a part.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

const UNIT = 16 * 1024 * 1024;
let unit: Buffer | undefined;

/** Raw deflate data that inflates to at least `bytes` zero bytes. */
export function zerosDeflated(bytes: number): Buffer {
  unit ??= deflateRawSync(Buffer.alloc(UNIT), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const n = Math.max(1, Math.ceil(bytes / UNIT));
  return Buffer.concat([...Array.from({ length: n }, () => unit!), Buffer.from([0x03, 0x00])]);
}

export type ZipPart = { name: string; data: Buffer; method?: 0 | 8; size?: number };

/** A zip archive of `parts` as given (deflated data and the sizes to declare are the caller's). */
export function zipParts(parts: ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const method = p.method ?? 0;
    const size = p.size ?? p.data.length;
    const crc = method === 0 ? crc32(p.data) : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(Math.min(size, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(p.data.length, 20);
    entry.writeUInt32LE(Math.min(size, 0xffffffff), 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, p.data);
    central.push(entry, name);
    offset += 30 + name.length + p.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

const stored = (name: string, text: string): ZipPart => ({ name, data: Buffer.from(text, 'utf8') });

/**
 * A .docx whose draft part (customXml/item1.xml) inflates to `inflated` bytes; its directory declares that size, or
 * (`lie`) a small one, as a hostile file would.
 */
export function bombDocx(inflated: number, lie = false): Uint8Array {
  return zipParts([
    stored(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    stored(
      'word/document.xml',
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
    ),
    { name: 'customXml/item1.xml', data: zerosDeflated(inflated), method: 8, size: lie ? 5000 : inflated },
  ]);
}

/** A .xlsx whose sheet inflates to `inflated` bytes (declared honestly or not). */
export function bombXlsx(inflated: number, lie = false): Uint8Array {
  return zipParts([
    stored('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    { name: 'xl/worksheets/sheet1.xml', data: zerosDeflated(inflated), method: 8, size: lie ? 5000 : inflated },
  ]);
}
