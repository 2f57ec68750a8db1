/**
 * A request in a link: the fragment "#yc=<version>.<data>", where data is the request's JSON, deflated (fflate) and
 * written in base64url. The fragment never leaves the browser (it is not sent to the server), so the link works from a
 * static host and offline, and nothing is sent anywhere. The same JSON, readable, is the request's .json file.
 *
 * Reading one never throws and never changes anything: a damaged or cut link, one made by a newer version of the site,
 * or a request of another report kind comes back with a Vietnamese message.
 */
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import { REQUEST_FORMAT, REQUEST_VERSION, requestSchema, type ReportRequest, type RequestInput } from '../../schemas/request.ts';
import { REQUEST_FRAGMENT } from './marker.ts';
import { requestMessages } from './messages.ts';

export type RequestResult =
  { ok: true; request: ReportRequest } | { ok: false; reason: 'damaged' | 'newer' | 'other-kind' | 'unknown-kind'; error: string };

/**
 * Longest link offered as a link: what survives being pasted into messages and e-mail, and still fits a QR code a
 * phone can read from paper. A longer request (a self-assessment with its whole criteria set) is offered as its .json
 * file instead.
 */
export const LINK_PRACTICAL_MAX = 2000;
/** A request inflated past this is not a request (a crafted link cannot make the page inflate gigabytes). */
const MAX_JSON_BYTES = 4 * 1024 * 1024;
/** Pushed in parts, so that inflating stops soon after the bound (one part inflates to 16 MB at most). */
const STEP = 16 * 1024;

/** The request as it is stored and sent: checked, with its format marker and version. */
export const requestOf = (input: RequestInput): ReportRequest => requestSchema.parse(input);

/** "#yc=1.eNq…": the fragment that carries the request. */
export function requestFragment(r: ReportRequest): string {
  const packed = deflateSync(strToU8(JSON.stringify(r)), { level: 9, mem: 8 });
  return `${REQUEST_FRAGMENT}${REQUEST_VERSION}.${base64url(packed)}`;
}

/** The builder page's address (absolute, ending in "/") with the request in its fragment. */
export const requestLink = (builderUrl: string, r: ReportRequest): string => builderUrl.replace(/#.*$/, '') + requestFragment(r);

/** The request a link's fragment (location.hash) carries; `expectedKind` refuses a request of another kind. */
export function decodeRequest(hash: string, expectedKind?: string | null, kindNames: Record<string, string> = {}): RequestResult {
  const damaged = { ok: false, reason: 'damaged', error: requestMessages.damaged } as const;
  if (!hash.startsWith(REQUEST_FRAGMENT)) return damaged;
  const m = /^(\d{1,4})\.([A-Za-z0-9_-]+)$/.exec(decodeURIComponent(safe(hash.slice(REQUEST_FRAGMENT.length))).trim());
  if (!m) return damaged;
  const version = Number(m[1]);
  if (version > REQUEST_VERSION) return { ok: false, reason: 'newer', error: requestMessages.newer(version) };
  if (version < 1) return damaged;
  const json = inflateBounded(fromBase64url(m[2]));
  if (json === undefined) return damaged;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return damaged;
  }
  return checked(raw, requestMessages.damaged, expectedKind, kindNames);
}

/** A request's .json file; the same checks as a link. */
export function parseRequestFile(text: string, expectedKind?: string | null, kindNames: Record<string, string> = {}): RequestResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'damaged', error: requestMessages.fileDamaged };
  }
  return checked(raw, requestMessages.fileDamaged, expectedKind, kindNames);
}

/** Whether parsed JSON says it is a request (then parseRequestFile gives the reason it cannot be used, if any). */
export const isRequestData = (raw: unknown): boolean => (raw as { format?: unknown } | null)?.format === REQUEST_FORMAT;

/** The .json file: the request, readable. */
export const serializeRequest = (r: ReportRequest): string => JSON.stringify(r, null, 2) + '\n';

function checked(raw: unknown, damagedText: string, expectedKind?: string | null, kindNames: Record<string, string> = {}): RequestResult {
  const damaged = { ok: false, reason: 'damaged', error: damagedText } as const;
  if (!isRequestData(raw)) return damaged;
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > REQUEST_VERSION)
    return { ok: false, reason: 'newer', error: requestMessages.newer(version) };
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) return damaged;
  const kind = parsed.data.kind;
  if (!kindNames[kind] && Object.keys(kindNames).length)
    return { ok: false, reason: 'unknown-kind', error: requestMessages.unknownKind(kind) };
  if (expectedKind && kind !== expectedKind)
    return {
      ok: false,
      reason: 'other-kind',
      error: requestMessages.otherKind(kindNames[kind] ?? kind, kindNames[expectedKind] ?? expectedKind),
    };
  return { ok: true, request: parsed.data };
}

function safe(s: string): string {
  try {
    decodeURIComponent(s);
    return s;
  } catch {
    return '';
  }
}

/** Inflates raw deflate data, or undefined when it is not valid or would pass MAX_JSON_BYTES. */
function inflateBounded(data: Uint8Array | undefined): string | undefined {
  if (!data?.length) return undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over = false;
  let done = false;
  try {
    const stream = new Inflate((chunk, final) => {
      size += chunk.length;
      if (size > MAX_JSON_BYTES) over = true;
      else chunks.push(chunk);
      if (final) done = true;
    });
    for (let i = 0; i < data.length && !over; i += STEP) stream.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  } catch {
    return undefined;
  }
  if (over || !done) return undefined;
  const all = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    all.set(c, o);
    o += c.length;
  }
  try {
    return strFromU8(all);
  } catch {
    return undefined;
  }
}

function base64url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(s: string): Uint8Array | undefined {
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}
