import { z } from 'zod';
import { draftSchema, periodSchema } from '../../schemas/draft.ts';
import { requestSchema } from '../../schemas/request.ts';
import { migrateDraft } from '../drafts/migrate.ts';
import { ROLLUP_FORMAT, ROLLUP_VERSION, emptySettings, type RollupSettings, type RollupState, type UnitEntry } from './state.ts';

export type ParsedRollup = { ok: true; state: RollupState; dropped: string[] } | { ok: false; error: string };

export const parseMessages = {
  foreign: 'Tệp này không phải tệp tổng hợp của Cẩm nang CCHC.',
  newer: (v: number) =>
    `Tệp tổng hợp được lưu bằng phiên bản mới hơn của trang này (định dạng ${v}, trang này đọc đến định dạng ${ROLLUP_VERSION}). Hãy tải lại trang để dùng phiên bản mới nhất rồi mở lại.`,
  invalid: 'Tệp tổng hợp bị hỏng hoặc bị sửa dở, không đọc được danh sách báo cáo.',
};

/** The settings kept as text (every one whose empty value is ""): a value of another type reads as "". */
type TextSetting = { [K in keyof RollupSettings]: RollupSettings[K] extends string ? K : never }[keyof RollupSettings];
const textSettings = Object.fromEntries(
  Object.entries(emptySettings()).flatMap(([key, empty]) => (typeof empty === 'string' ? [[key, z.string().catch('')]] : [])),
) as Record<TextSetting, z.ZodCatch<z.ZodString>>;

const settingsSchema = z
  .object({
    ...textSettings,
    targets: z.record(z.string(), z.number().finite()).catch({}),
    collector: z.enum(['so', 'tinh', 'xa', '']).catch(''),
    texts: z.record(z.string(), z.string()).catch({}),
  })
  .partial();

const envelopeSchema = z.object({
  kind: z.string(),
  period: periodSchema.optional().catch(undefined),
  units: z.array(z.unknown()),
  settings: settingsSchema.optional().catch(undefined),
  request: requestSchema.optional().catch(undefined),
});

const replacedSchema = z.object({ file: z.string(), number: z.string(), date: z.string() });
const printedSchema = z.object({
  edited: z.boolean().optional(),
  differences: z.array(z.object({ figure: z.string(), printed: z.number().finite(), draft: z.number().finite() })),
  unfound: z.array(z.string()),
});

const entrySchema = z.object({
  id: z.string().min(1),
  file: z.string(),
  addedAt: z.string().catch(''),
  draft: z.unknown(),
  replaced: z.array(replacedSchema).catch([]),
  resent: z.array(replacedSchema).optional().catch(undefined),
  // What the printed text of a .docx said; a damaged record is dropped (the unit then counts its draft, as a .json).
  printed: printedSchema.optional().catch(undefined),
  count: z.enum(['printed', 'draft']).optional().catch(undefined),
});

/**
 * A roll-up read back from localStorage or from its file. Each report's draft is migrated and checked as an imported
 * draft is; one that fails is dropped and named in `dropped`, the others are kept.
 */
export function parseRollup(raw: unknown): ParsedRollup {
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== ROLLUP_FORMAT)
    return { ok: false, error: parseMessages.foreign };
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > ROLLUP_VERSION) return { ok: false, error: parseMessages.newer(version) };
  const env = envelopeSchema.safeParse(raw);
  if (!env.success) return { ok: false, error: parseMessages.invalid };
  const units: UnitEntry[] = [];
  const dropped: string[] = [];
  for (const u of env.data.units) {
    const e = entrySchema.safeParse(u);
    const draft = e.success ? draftSchema.safeParse(migrateDraft(e.data.draft)) : undefined;
    if (e.success && draft?.success && draft.data.kind === env.data.kind) units.push(withoutEmpty({ ...e.data, draft: draft.data }));
    else dropped.push(e.success ? e.data.file : typeof (u as { file?: unknown })?.file === 'string' ? (u as { file: string }).file : '?');
  }
  return {
    ok: true,
    state: {
      format: ROLLUP_FORMAT,
      version: ROLLUP_VERSION,
      kind: env.data.kind,
      ...(env.data.period ? { period: env.data.period } : {}),
      units,
      settings: { ...emptySettings(), ...env.data.settings },
      ...(env.data.request ? { request: env.data.request } : {}),
    },
    dropped,
  };
}

/** An entry without the optional fields zod gave as undefined (the entry is stored and compared as JSON). */
function withoutEmpty(u: UnitEntry): UnitEntry {
  const out = { ...u };
  for (const k of ['resent', 'printed', 'count'] as const) if (out[k] === undefined) delete out[k];
  return out;
}
