import { slugify } from '../format/slug.ts';

type Period = {
  kind: 'thang' | 'quy' | '6-thang' | '9-thang' | 'nam' | 'khoang';
  year: number;
  index?: number;
  from?: string;
  to?: string;
};

/** "9-thang-2022", "thang-11-2024", "quy-3-2022", "6-thang-cuoi-2022", "nam-2022", "2024-01-01-den-2024-06-30". */
export function periodSlug(p: Period): string {
  switch (p.kind) {
    case 'thang':
      return `thang-${p.index ?? 1}-${p.year}`;
    case 'quy':
      return `quy-${p.index ?? 1}-${p.year}`;
    case '6-thang':
      return p.index === 2 ? `6-thang-cuoi-${p.year}` : `6-thang-${p.year}`;
    case '9-thang':
      return `9-thang-${p.year}`;
    case 'nam':
      return `nam-${p.year}`;
    case 'khoang':
      return [p.from, p.to].filter((d) => d && /^\d{4}-\d{2}-\d{2}$/.test(d)).join('-den-') || String(p.year);
  }
}

/**
 * A readable, safe file name: "<fileCode>-<period>-<place>.<ext>", ASCII only, no spaces —
 * "BC-CCHC-9-thang-2022-hoai-tan.docx". The place falls back to the issuing body's last words.
 */
export function reportFileName(fileCode: string, period: Period, place: string, ext = 'docx', issuer = ''): string {
  const code = fileCode.replace(/[^A-Za-z0-9-]+/g, '').replace(/^-+|-+$/g, '') || 'BAO-CAO';
  const where = slugify(place) || slugify(issuer.split(/\n/).pop() ?? '');
  const parts = [code, periodSlug(period), where].filter(Boolean);
  return `${parts.join('-').replace(/-{2,}/g, '-')}.${ext}`;
}
