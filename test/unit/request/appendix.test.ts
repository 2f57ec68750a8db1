import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync, unzlibSync } from 'fflate';
import decodeQR from 'qr/decode.js';
import { requestAppendix } from '../../../src/lib/request/appendix.ts';
import { REQUEST_PART_NAMESPACE, requestAttachment } from '../../../src/lib/request/attachment.ts';
import { LINK_PRACTICAL_MAX, parseRequestFile, requestLink } from '../../../src/lib/request/link.ts';
import { qrMatrix, qrPng } from '../../../src/lib/request/qr.ts';
import { findCustomXmlParts } from '../../../src/lib/docx/custom-xml-read.ts';
import { wording } from '../../../src/lib/document/wording.ts';
import type { DocBlock } from '../../../src/lib/document/model.ts';
import { templates } from '../../support/fixtures.ts';
import { assessmentRequest, monthlyRequest } from '../../support/requests.ts';

const monthly = templates.get('bao-cao-tthc-thang')!;
const assessment = templates.get('bao-cao-tu-danh-gia-chi-so-cchc')!;
const BUILDER = 'https://so-noi-vu.example.gov.vn/cam-nang-cchc/lap-bao-cao/bao-cao-tthc-thang/';

const textOf = (b: DocBlock): string =>
  b.type === 'paragraph'
    ? b.runs.map((r) => r.text).join('')
    : b.type === 'heading'
      ? b.text
      : b.type === 'table'
        ? b.rows.map((row) => row.map((c) => c.text).join(' | ')).join('\n')
        : `[${b.alt}]`;

/** The modules a PNG written by qrPng shows (1 bit a pixel, unfiltered rows), read back at one pixel per `scale`. */
function pngModules(png: Uint8Array, scale: number): boolean[][] {
  const view = new DataView(png.buffer, png.byteOffset);
  const size = view.getUint32(16);
  let at = 8;
  let idat = new Uint8Array(0);
  while (at < png.length) {
    const len = view.getUint32(at);
    const type = strFromU8(png.subarray(at + 4, at + 8));
    if (type === 'IDAT') idat = png.slice(at + 8, at + 8 + len);
    at += 12 + len;
  }
  const raw = unzlibSync(idat);
  const rowBytes = Math.ceil(size / 8);
  const out: boolean[][] = [];
  for (let y = 0; y < size; y += scale) {
    const row: boolean[] = [];
    for (let x = 0; x < size; x += scale) row.push(!(raw[y * (rowBytes + 1) + 1 + (x >> 3)] & (0x80 >> (x & 7))));
    out.push(row);
  }
  return out;
}

describe('the request as a Phụ lục of the công văn', () => {
  it('says what to report, the cut-off, the figures with their targets, the units, the deadline and the link', () => {
    const r = monthlyRequest();
    const link = requestLink(BUILDER, r);
    const a = requestAppendix(monthly, r, { url: link, qr: qrPng(link) });
    expect(a.label).toBe('Phụ lục');
    expect(a.title).toBe('YÊU CẦU BÁO CÁO TÌNH HÌNH, KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH THỦ TỤC HÀNH CHÍNH THÁNG 12 NĂM 2026');
    expect(a.note).toBe('(Kèm theo Công văn số 1234/SNV-CCHC ngày 05/12/2026 của Sở Nội vụ tỉnh Lâm Đồng)');
    const text = a.body.map(textOf).join('\n');
    expect(text).toContain('Số liệu tính từ ngày 21/11/2026 đến ngày 20/12/2026.');
    expect(text).toContain('Chậm nhất ngày 24/12/2026, gửi về Sở Nội vụ tỉnh Lâm Đồng.');
    expect(text).toContain("Các đơn vị gửi báo cáo (4 đơn vị): Xã An Bình, Phường Xuân Hương - Đà Lạt, Xã Đam Rông 4, Xã Ea H'leo.");
    // The province's own target cites its công văn; the other, the plan that sets it.
    expect(text).toMatch(/tối thiểu 95% \(chỉ tiêu năm 2026\), Công văn số 1234\/SNV-CCHC ngày 05\/12\/2026 của Sở Nội vụ tỉnh Lâm Đồng/);
    expect(text).toMatch(/tối thiểu 60% \(chỉ tiêu năm 2026\), Kế hoạch số 12\/KH-UBND ngày 10\/01\/2026/);
    expect(text).toContain(link);
    expect(a.body.at(-1)).toMatchObject({ type: 'image', size: 6, alt: wording.request.qrAlt });
  });

  it('draws the QR code that a reader decodes back to the link, and writes it as a PNG of the same modules', () => {
    const link = requestLink(BUILDER, monthlyRequest());
    const m = qrMatrix(link);
    const scale = 4;
    const size = m.length * scale;
    const data = new Uint8Array(size * size * 4);
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++) {
        const v = m[Math.floor(y / scale)][Math.floor(x / scale)] ? 0 : 255;
        data.set([v, v, v, 255], (y * size + x) * 4);
      }
    expect(decodeQR({ width: size, height: size, data })).toBe(link);
    expect(pngModules(qrPng(link, 8), 8)).toEqual(m);
  });

  it('names the criteria set of a self-assessment and, its link too long to print, points to the .json file', () => {
    const r = assessmentRequest(100);
    const a = requestAppendix(assessment, r, undefined);
    const text = a.body.map(textOf).join('\n');
    expect(text).toMatch(/theo Bộ tiêu chí xác định Chỉ số CCHC cấp xã năm 2026 \(\d+ tiêu chí thành phần, tổng 100 điểm\)/);
    expect(text).toContain('3 | Cải cách thủ tục hành chính | 14');
    expect(text).toContain(wording.request.linkTooLong);
    expect(a.body.some((b) => b.type === 'image')).toBe(false);
  });

  it('renders as a .docx with the QR picture and the request inside, which reads back as the same request', async () => {
    const r = monthlyRequest();
    const link = requestLink(BUILDER, r);
    expect(link.length).toBeLessThanOrEqual(LINK_PRACTICAL_MAX);
    const bytes = await requestAttachment(monthly, r, link);
    const files = unzipSync(bytes);
    const qr = qrPng(link);
    const media = Object.keys(files).filter((f) => /^word\/media\/.+\.png$/.test(f));
    expect(media.filter((f) => files[f].length === qr.length && files[f].every((b, i) => b === qr[i]))).toHaveLength(1);
    const xml = strFromU8(files['word/document.xml']);
    expect(xml).toContain('Kèm theo Công văn số 1234/SNV-CCHC');
    expect(xml).toContain('descr="Mã QR của liên kết yêu cầu báo cáo"');
    const [part] = findCustomXmlParts(bytes, (ns) => ns === REQUEST_PART_NAMESPACE);
    const back = parseRequestFile(part.text, 'bao-cao-tthc-thang');
    expect(back).toEqual({ ok: true, request: r });
  });
});
