/**
 * Units' monthly TTHC reports for roll-up tests and the benchmark: drafts of "bao-cao-tthc-thang" built from the kind's
 * example, one per commune or ward, with varied figures that add up (Biểu 06 and PAKN). The figures are returned beside
 * the drafts, so tests compute what they expect from these numbers, not with the code under test.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Draft } from '../../src/schemas/draft.ts';

export const KIND = 'bao-cao-tthc-thang';
export const FILES = 'ket-qua/giai-quyet-tthc:so-lieu';
export const PAKN = 'ket-qua/pakn:so-lieu';

const example = JSON.parse(readFileSync(fileURLToPath(new URL(`../../content/examples/${KIND}.json`, import.meta.url)), 'utf8')) as Draft;

/** A small deterministic random generator (mulberry32). */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)) };
}

const FIRST = ['An', 'Bình', 'Tân', 'Phú', 'Hòa', 'Đông', 'Tây', 'Vĩnh', 'Long', 'Thạnh', 'Hưng', 'Mỹ', 'Phước', 'Thuận', 'Quang', 'Xuân'];
const SECOND = [
  'Lợi',
  'Thành',
  'Hiệp',
  'Khánh',
  'Sơn',
  'Hải',
  'Điền',
  'Lộc',
  'Trung',
  'Tiến',
  'Phong',
  'Nghĩa',
  'Hậu',
  'Định',
  'Thịnh',
  'Quý',
];

/** The i-th unit's name, as a commune ("Xã An Lợi") or a ward ("Phường Bình Thành"); unique for any i. */
export function unitNameOf(i: number): { kind: 'XÃ' | 'PHƯỜNG'; place: string } {
  // 256 names, then the same with a number ("An Lợi 2"), so a province of 300 or 1 000 units has no two alike.
  const round = Math.floor(i / 256);
  return {
    kind: i % 5 === 4 ? 'PHƯỜNG' : 'XÃ',
    place: `${FIRST[i % 16]} ${SECOND[Math.floor(i / 16) % 16]}${round ? ` ${round + 1}` : ''}`,
  };
}

export type UnitFigures = { files: Record<string, number>; pakn: Record<string, number> };

/** Biểu 06 and PAKN figures that add up. */
export function unitFigures(rnd: ReturnType<typeof random>): UnitFigures {
  const carried = rnd.int(0, 40);
  const online = rnd.int(20, 900);
  const direct = rnd.int(10, 600);
  const received = carried + online + direct;
  const returned = rnd.int(0, 6);
  const handled = received - returned;
  const settled = Math.round(handled * (0.8 + rnd.next() * 0.18));
  const pending = handled - settled;
  const late = rnd.int(0, Math.min(8, settled));
  const early = rnd.int(0, Math.floor((settled - late) * 0.6));
  const onTime = settled - late - early;
  const pendingLate = rnd.int(0, Math.min(5, pending));
  const pakn = rnd.int(0, 12);
  const paknLate = rnd.int(0, Math.min(2, pakn));
  const paknOpen = rnd.int(0, pakn - paknLate);
  return {
    files: {
      'tong-nhan': received,
      'tu-ky-truoc': carried,
      'moi-tiep-nhan': online + direct,
      'moi-truc-tuyen': online,
      'moi-truc-tiep': direct,
      'tong-da-giai-quyet': settled,
      'da-truoc-han': early,
      'da-dung-han': onTime,
      'da-qua-han': late,
      'tong-dang-giai-quyet': pending,
      'dang-trong-han': pending - pendingLate,
      'dang-qua-han': pendingLate,
      'tra-lai-rut': returned,
    },
    pakn: { 'tiep-nhan': pakn, 'dung-han': pakn - paknLate - paknOpen, 'qua-han': paknLate, 'dang-xu-ly': paknOpen },
  };
}

/** A unit's report for November 2026 (or `period`), dated `date`, with the given figures. */
export function unitDraft(
  i: number,
  figures: UnitFigures,
  {
    date = '2026-11-18',
    period = { kind: 'thang' as const, year: 2026, index: 11 },
  }: { date?: string; period?: Draft['header']['period'] } = {},
): Draft {
  const { kind, place } = unitNameOf(i);
  const d = structuredClone(example);
  d.name = `Báo cáo TTHC tháng ${period.index} — ${kind === 'XÃ' ? 'xã' : 'phường'} ${place}`;
  d.header = {
    ...d.header,
    issuer: `ỦY BAN NHÂN DÂN\n${kind} ${place.toLocaleUpperCase('vi')}`,
    number: `${100 + i}/BC-UBND`,
    place,
    date,
    period,
    recipients: ['Văn phòng Ủy ban nhân dân tỉnh Hưng Yên'],
    basis: '',
    title: '',
  };
  d.values = {
    ...d.values,
    [FILES]: { ...figures.files },
    [PAKN]: { ...figures.pakn },
  };
  d.signature = { authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn An' };
  return d;
}

/** The list name of the i-th unit as a province keeps it ("Xã An Lợi"), not as the header writes it. */
export const listNameOf = (i: number) => {
  const { kind, place } = unitNameOf(i);
  return `${kind === 'XÃ' ? 'Xã' : 'Phường'} ${place}`;
};
/** The name the roll-up shows, written here by hand: "Xã An Lợi" for "ỦY BAN NHÂN DÂN / XÃ AN LỢI". */
export const headerNameOf = listNameOf;

/** One generated file: its name, the unit, the figures it carries, and what the roll-up must make of it. */
export type UnitFile = {
  file: string;
  unit: number;
  figures: UnitFigures;
  date: string;
  period: Draft['header']['period'];
  draft: Draft;
};

/**
 * `n` units' reports for November 2026 with varied figures; `special` adds what a province really receives: two with
 * figures that do not add up, one unit twice (an older report first), one report of October, one dated after the
 * deadline (20/11/2026). Returned in the order they are dropped.
 */
export function unitFiles(
  n: number,
  seed: number,
  special = true,
): { files: UnitFile[]; inconsistent: number[]; duplicate: number; otherPeriod: number; late: number } {
  const rnd = random(seed);
  const files: UnitFile[] = [];
  const inconsistent = special ? [7 % n, 42 % n] : [];
  const [duplicate, otherPeriod, late] = special ? [15 % n, 99 % n, 60 % n] : [-1, -1, -1];
  const november = { kind: 'thang' as const, year: 2026, index: 11 };
  const push = (unit: number, figures: UnitFigures, date: string, period: Draft['header']['period'], file: string) =>
    files.push({ file, unit, figures, date, period, draft: unitDraft(unit, figures, { date, period }) });
  for (let i = 0; i < n; i++) {
    const figures = unitFigures(rnd);
    if (inconsistent.includes(i)) figures.files['da-dung-han'] += 3; // settled ≠ early + on time + late
    const slug = `${unitNameOf(i).kind === 'XÃ' ? 'xa' : 'phuong'}-${i}`;
    if (i === duplicate) push(i, unitFigures(rnd), '2026-11-12', november, `${slug}-ban-dau.docx`);
    const period = i === otherPeriod ? { kind: 'thang' as const, year: 2026, index: 10 } : november;
    push(i, figures, i === late ? '2026-11-23' : `2026-11-${String(14 + (i % 6)).padStart(2, '0')}`, period, `${slug}.docx`);
  }
  return { files, inconsistent, duplicate, otherPeriod, late };
}
