import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import {
  LINK_PRACTICAL_MAX,
  decodeRequest,
  parseRequestFile,
  requestFragment,
  requestLink,
  serializeRequest,
} from '../../../src/lib/request/link.ts';
import { requestMessages } from '../../../src/lib/request/messages.ts';
import { requestId } from '../../../src/lib/request/identity.ts';
import { carriesRequest } from '../../../src/lib/request/marker.ts';
import { assessmentRequest, monthlyRequest, unitNames } from '../../support/requests.ts';
import { templates } from '../../support/fixtures.ts';

const kindNames = Object.fromEntries([...templates].map(([id, t]) => [id, t.name]));
const BUILDER = 'https://so-noi-vu.example.gov.vn/cam-nang-cchc/lap-bao-cao/bao-cao-tthc-thang/';
const b64 = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

describe('a request in a link', () => {
  it('comes back the same from its link, with the same identity', () => {
    const r = monthlyRequest();
    const link = requestLink(BUILDER, r);
    expect(link.startsWith(`${BUILDER}#yc=1.`)).toBe(true);
    const hash = new URL(link).hash;
    expect(carriesRequest(hash)).toBe(true);
    const back = decodeRequest(hash, 'bao-cao-tthc-thang', kindNames);
    expect(back).toEqual({ ok: true, request: r });
    if (back.ok) expect(requestId(back.request)).toBe(requestId(r));
    // Only characters no messenger or mail client rewrites.
    expect(hash.slice(1)).toMatch(/^yc=1\.[A-Za-z0-9_-]+$/);
  });

  it('keeps Vietnamese text exactly (composed, apostrophes, line breaks)', () => {
    const r = monthlyRequest({
      units: ['Xã Đưng K’Nớ', "Xã Ea H'leo", 'Phường 3 Bảo Lộc'],
      recipients: ['Sở Nội vụ tỉnh Lâm Đồng', 'Văn phòng UBND tỉnh'],
    });
    const back = decodeRequest(requestFragment(r), null, kindNames);
    expect(back.ok && back.request.units).toEqual(['Xã Đưng K’Nớ', "Xã Ea H'leo", 'Phường 3 Bảo Lộc']);
  });

  it('has an identity that a new deadline, targets or units keep, and another công văn, period or kind change', () => {
    const r = monthlyRequest();
    expect(requestId(monthlyRequest({ deadline: '2026-12-28', targets: [], units: ['Xã An Bình'] }))).toBe(requestId(r));
    expect(requestId(monthlyRequest({ document: { ...r.document, number: ' 1234/snv-cchc ', issuer: 'Sở  Nội vụ tỉnh Lâm Đồng' } }))).toBe(
      requestId(r),
    );
    expect(requestId(monthlyRequest({ document: { ...r.document, number: '1300/SNV-CCHC' } }))).not.toBe(requestId(r));
    expect(requestId(monthlyRequest({ period: { kind: 'thang', year: 2026, index: 11 } }))).not.toBe(requestId(r));
    expect(requestId({ ...r, kind: 'bao-cao-cchc-dinh-ky' })).not.toBe(requestId(r));
    expect(requestId(r)).toMatch(/^yc-[0-9a-z]{11}$/);
  });

  it('measures a monthly request and a self-assessment with a 100-criterion set (printed)', () => {
    const monthly = requestLink(BUILDER, monthlyRequest());
    const province = requestLink(BUILDER, monthlyRequest({ units: unitNames(124) }));
    expect(new Set(unitNames(124)).size).toBe(124);
    const big = assessmentRequest(100);
    const bigLink = requestLink(BUILDER.replace('bao-cao-tthc-thang', big.kind), big);
    const json = serializeRequest(big);
    console.log(
      `request link sizes: monthly TTHC with 4 units and 2 targets ${monthly.length} characters, with 124 units ` +
        `${province.length}; ` +
        `self-assessment with 100 criteria ${bigLink.length} characters (its .json ${json.length} characters); ` +
        `practical limit ${LINK_PRACTICAL_MAX}`,
    );
    expect(monthly.length).toBeLessThan(LINK_PRACTICAL_MAX);
    expect(province.length).toBeLessThan(LINK_PRACTICAL_MAX);
    // A whole criteria set makes a link too long to use: the page offers the .json file instead.
    expect(bigLink.length).toBeGreaterThan(LINK_PRACTICAL_MAX);
    const back = decodeRequest(new URL(bigLink).hash, big.kind, kindNames);
    expect(back.ok && back.request).toEqual(big);
    expect(parseRequestFile(json, big.kind, kindNames)).toEqual({ ok: true, request: big });
  });

  it('says a cut, altered or foreign link is damaged, and changes nothing', () => {
    const hash = requestFragment(monthlyRequest());
    const damaged = { ok: false, reason: 'damaged', error: requestMessages.damaged };
    for (const bad of [
      hash.slice(0, hash.length - 40),
      hash.slice(0, 12),
      `${hash.slice(0, 30)}A${hash.slice(31)}`,
      '#yc=1.',
      '#yc=1.!!!!',
      '#yc=abc',
      '#yc=0.' + hash.slice(6),
      '#yc=1.' + b64(deflateSync(strToU8('not json'))),
      '#yc=1.' + b64(deflateSync(strToU8(JSON.stringify({ format: 'cam-nang-cchc/draft', version: 2 })))),
      '#yc=1.' + b64(deflateSync(strToU8(JSON.stringify({ ...monthlyRequest(), deadline: 'mai' })))),
      '#yc=%E0%A4%A',
      '#khac',
    ])
      expect(decodeRequest(bad, 'bao-cao-tthc-thang', kindNames), bad.slice(0, 40)).toEqual(damaged);
  });

  it('refuses a link that inflates past its bound (a crafted link cannot hold the page)', () => {
    const bomb = new Uint8Array(8 * 1024 * 1024).fill(32);
    const hash = `#yc=1.${b64(deflateSync(bomb, { level: 1 }))}`;
    const started = Date.now();
    expect(decodeRequest(hash).ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('tells a link made by a newer version of the site, in the link and in the request', () => {
    const hash = requestFragment(monthlyRequest());
    expect(decodeRequest(hash.replace('#yc=1.', '#yc=2.'), null, kindNames)).toEqual({
      ok: false,
      reason: 'newer',
      error: requestMessages.newer(2),
    });
    const newer = { ...monthlyRequest(), version: 3 };
    const inner = '#yc=1.' + b64(deflateSync(strToU8(JSON.stringify(newer))));
    expect(decodeRequest(inner, null, kindNames)).toMatchObject({ ok: false, reason: 'newer' });
    expect(parseRequestFile(JSON.stringify(newer), null, kindNames)).toMatchObject({ ok: false, reason: 'newer' });
  });

  it('names the kind a request of another kind is for, or a kind this version lacks', () => {
    const hash = requestFragment(monthlyRequest());
    const r = decodeRequest(hash, 'bao-cao-cchc-dinh-ky', kindNames);
    expect(r).toEqual({
      ok: false,
      reason: 'other-kind',
      error: requestMessages.otherKind(kindNames['bao-cao-tthc-thang'], kindNames['bao-cao-cchc-dinh-ky']),
    });
    const unknown = requestFragment({ ...monthlyRequest(), kind: 'bao-cao-moi' });
    expect(decodeRequest(unknown, null, kindNames)).toMatchObject({ ok: false, reason: 'unknown-kind' });
  });

  it('reads its .json file (with a byte-order mark) and refuses a damaged one', () => {
    const r = monthlyRequest();
    expect(parseRequestFile('\uFEFF' + serializeRequest(r), 'bao-cao-tthc-thang', kindNames)).toEqual({ ok: true, request: r });
    expect(parseRequestFile(serializeRequest(r).slice(0, 200), null, kindNames)).toEqual({
      ok: false,
      reason: 'damaged',
      error: requestMessages.fileDamaged,
    });
  });
});
