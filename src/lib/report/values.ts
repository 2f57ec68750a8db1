import type { BlockTemplate } from '../../schemas/template.ts';
import type { DocumentRow } from '../../schemas/draft.ts';
import { cleanText } from '../format/text.ts';

/** Readers for draft values: a value of the wrong shape reads as empty (evaluate reports it). */

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const asText = (v: unknown): string => (typeof v === 'string' ? v : '');

export function asFigures(v: unknown): Record<string, number | null> {
  if (!isRecord(v)) return {};
  const out: Record<string, number | null> = {};
  for (const [k, x] of Object.entries(v)) out[k] = typeof x === 'number' && Number.isFinite(x) ? x : null;
  return out;
}

export function asRows(v: unknown): Record<string, string | number | null>[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isRecord).map((row) => {
    const out: Record<string, string | number | null> = {};
    for (const [k, x] of Object.entries(row)) out[k] = typeof x === 'string' ? x : typeof x === 'number' && Number.isFinite(x) ? x : null;
    return out;
  });
}

export function asDocumentRows(v: unknown): DocumentRow[] {
  return asRows(v).map((r) => ({
    kind: str(r.kind),
    number: str(r.number),
    date: str(r.date),
    issuer: str(r.issuer),
    subject: str(r.subject),
  }));
}
const str = (x: unknown) => (typeof x === 'string' ? x : typeof x === 'number' ? String(x) : '');

export type Assessment = { good: string; limits: string; proposals: string };
export function asAssessment(v: unknown): Assessment {
  if (!isRecord(v)) return { good: '', limits: '', proposals: '' };
  return { good: asText(v.good), limits: asText(v.limits), proposals: asText(v.proposals) };
}

const blank = (s: string) => !cleanText(s).trim();

/** Whether a block has anything to print. */
export function blockHasContent(block: BlockTemplate, value: unknown): boolean {
  switch (block.kind) {
    case 'prose':
      return !blank(asText(value));
    case 'documents':
      return asDocumentRows(value).some((r) => !blank(r.number) || !blank(r.subject));
    case 'indicators': {
      const f = asFigures(value);
      return block.fields.some((field) => !field.compute && f[field.id] != null);
    }
    case 'table':
      return asRows(value).some((r) =>
        block.columns.some(
          (c) => c.type !== 'percent-of' && r[c.id] != null && r[c.id] !== '' && !(typeof r[c.id] === 'string' && blank(r[c.id] as string)),
        ),
      );
    case 'assessment': {
      const a = asAssessment(value);
      return !blank(a.good) || !blank(a.limits) || !blank(a.proposals);
    }
  }
}

/** The shape each block kind expects, for messages. */
export function valueShapeOk(block: BlockTemplate, value: unknown): boolean {
  if (value === undefined || value === null) return true;
  switch (block.kind) {
    case 'prose':
      return typeof value === 'string';
    case 'documents':
    case 'table':
      return Array.isArray(value);
    case 'indicators':
      return isRecord(value) && Object.values(value).every((x) => x === null || typeof x === 'number');
    case 'assessment':
      return isRecord(value) && ['good', 'limits', 'proposals'].every((k) => value[k] === undefined || typeof value[k] === 'string');
  }
}
