import type { ReportRequest } from '../../schemas/request.ts';

/**
 * A request's identity: the same for every copy of it (its link, its .json file, the drafts made from it and the .docx
 * they become), whatever else the province corrects later. It is what the request asks for — the report kind, the
 * period — and the document that asks (số, ngày, cơ quan), as an administration names a request: "Công văn số
 * 123/SNV-CCHC ngày 05/12/2026 của Sở Nội vụ". A new deadline, other targets, a longer list of units or a mended
 * trích yếu keep it; another công văn, period or kind is another request. Case, spacing and Unicode forms are ignored.
 */
export function requestId(r: Pick<ReportRequest, 'kind' | 'period' | 'document'>): string {
  const p = r.period;
  const key = [
    r.kind,
    p.kind,
    p.year,
    p.index ?? '',
    p.from ?? '',
    p.to ?? '',
    norm(r.document.number).replace(/\s/g, ''),
    r.document.date,
    norm(r.document.issuer),
  ].join('\u001f');
  return `yc-${hash53(key).toString(36).padStart(11, '0')}`;
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

/** cyrb53: a 53-bit string hash (public domain, by bryc); not for security, for telling requests apart. */
function hash53(s: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
