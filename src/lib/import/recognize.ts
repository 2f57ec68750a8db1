/**
 * Which column holds which figure: each target lists, in order, the phrases its header path must contain
 * (alternatives per step, synonyms included). A column goes to at most one target and a target to at most one
 * column; when two candidates fit equally well the tie is reported, never settled by a guess.
 */
import type { Sheet } from './grid.ts';
import { locateHeader, pathText, pathWords, type HeaderColumn, type HeaderLayout } from './header.ts';
import { expandPhrase, findPhrase, type Phrase } from './normalize.ts';

/** How a target's cells are read: counts are whole numbers ≥ 0, scores numbers ≥ 0, text and codes as written. */
export type TargetKind = 'count' | 'score' | 'text' | 'code';

export interface ColumnTarget {
  id: string;
  /** Vietnamese name for the UI ("Đã giải quyết quá hạn"). */
  label: string;
  /** Ordered steps; each step lists alternative phrases, one of which must appear along the header path. */
  match: string[][];
  /** A column whose header contains one of these phrases is not this target. */
  exclude?: string[];
  optional?: boolean;
  kind?: TargetKind;
}

export interface ColumnAssignment {
  targetId: string;
  column: number;
  letter: string;
  /** The column's header path. */
  header: string[];
  /** The phrases found, one per step (as they appear in the synonym list). */
  matched: string[];
}

export interface Ambiguity {
  targetIds: string[];
  columns: number[];
  /** Vietnamese, for the UI. */
  message: string;
}

export interface Recognition {
  layout: HeaderLayout;
  /** Target id → its column. */
  assignments: Record<string, ColumnAssignment>;
  /** Targets with no column (required and optional), in the targets' order. */
  unmatched: string[];
  /** Required targets with no column. */
  missing: string[];
  /** Columns with a header that no target took. */
  unrecognised: HeaderColumn[];
  /** Ties left for the user, in column order. */
  ambiguous: Ambiguity[];
  /** "saved" when applyMapping used a stored mapping. */
  source: 'header' | 'saved';
}

interface CompiledTarget {
  target: ColumnTarget;
  steps: Phrase[][];
  exclude: Phrase[];
}

/** How well a target fits a column: share of the bottom header cell covered, then words covered. */
interface Fit {
  leaf: number;
  words: number;
  matched: string[];
}

const compiled = new WeakMap<ColumnTarget, CompiledTarget>();
function compileTarget(target: ColumnTarget): CompiledTarget {
  let c = compiled.get(target);
  if (!c)
    compiled.set(
      target,
      (c = {
        target,
        steps: target.match.map((alts) => alts.flatMap(expandPhrase)),
        exclude: (target.exclude ?? []).flatMap(expandPhrase),
      }),
    );
  return c;
}

interface Hit {
  cell: number;
  start: number;
  len: number;
  text: string;
}

/** Best way to find every step along the path: steps in order of header cells; within one cell any order, no overlap. */
export function fitTarget(target: ColumnTarget, path: string[]): Fit | null {
  const { steps, exclude } = compileTarget(target);
  const words = pathWords(path);
  if (!words.length || !steps.length) return null;
  if (exclude.some((p) => words.some((w) => findPhrase(w, p).length))) return null;
  const hitsPerStep: Hit[][] = steps.map((alts) =>
    alts.flatMap((p) => words.flatMap((w, cell) => findPhrase(w, p).map((start) => ({ cell, start, len: p.words.length, text: p.text })))),
  );
  const leafCell = words.length - 1;
  let best: Fit | null = null;
  const chosen: Hit[] = [];
  const search = (i: number) => {
    if (i === steps.length) {
      const leafWords = chosen.filter((h) => h.cell === leafCell).reduce((n, h) => n + h.len, 0);
      const fit = {
        leaf: leafWords / Math.max(1, words[leafCell].length),
        words: chosen.reduce((n, h) => n + h.len, 0),
        matched: chosen.map((h) => h.text),
      };
      if (!best || compareFit(fit, best) > 0) best = fit;
      return;
    }
    const prevCell = i ? chosen[i - 1].cell : 0;
    for (const h of hitsPerStep[i]) {
      if (h.cell < prevCell) continue;
      if (chosen.some((o) => o.cell === h.cell && h.start < o.start + o.len && o.start < h.start + h.len)) continue;
      chosen.push(h);
      search(i + 1);
      chosen.pop();
    }
  };
  search(0);
  return best;
}

const compareFit = (a: Fit, b: Fit) => a.leaf - b.leaf || a.words - b.words;

export function recognizeColumns(sheet: Sheet, targets: readonly ColumnTarget[], layout: HeaderLayout = locateHeader(sheet)): Recognition {
  const candidates: { t: number; c: number; fit: Fit }[] = [];
  targets.forEach((target, t) => {
    for (const col of layout.columns) {
      const fit = fitTarget(target, col.path);
      if (fit) candidates.push({ t, c: col.index, fit });
    }
  });
  candidates.sort((a, b) => compareFit(b.fit, a.fit) || a.t - b.t || a.c - b.c);

  const takenTarget = new Set<number>();
  const takenColumn = new Set<number>();
  const assignments: Record<string, ColumnAssignment> = {};
  const ambiguous: Ambiguity[] = [];
  for (let i = 0; i < candidates.length;) {
    // Candidates of equal fit are settled together: a target or column appearing twice among the free ones is a tie.
    let j = i;
    while (j < candidates.length && compareFit(candidates[j].fit, candidates[i].fit) === 0) j++;
    const tier = candidates.slice(i, j).filter((x) => !takenTarget.has(x.t) && !takenColumn.has(x.c));
    i = j;
    const tied = new Set<(typeof tier)[number]>();
    for (const x of tier) if (tier.some((y) => y !== x && (y.t === x.t || y.c === x.c))) tied.add(x);
    for (const x of tier) {
      if (tied.has(x)) continue;
      const target = targets[x.t];
      const col = layout.columns[x.c];
      assignments[target.id] = { targetId: target.id, column: x.c, letter: col.letter, header: col.path, matched: x.fit.matched };
      takenTarget.add(x.t);
      takenColumn.add(x.c);
    }
    for (const group of tieGroups([...tied])) {
      const ts = [...new Set(group.map((x) => x.t))];
      const cs = [...new Set(group.map((x) => x.c))].sort((a, b) => a - b);
      ambiguous.push({
        targetIds: ts.map((t) => targets[t].id),
        columns: cs,
        message: ambiguityMessage(
          ts.map((t) => targets[t].label),
          cs.map((c) => layout.columns[c]),
        ),
      });
      ts.forEach((t) => takenTarget.add(t));
      cs.forEach((c) => takenColumn.add(c));
    }
  }
  ambiguous.sort((a, b) => a.columns[0] - b.columns[0]);
  const unmatched = targets.filter((t) => !assignments[t.id]).map((t) => t.id);
  return {
    layout,
    assignments,
    unmatched,
    missing: targets.filter((t) => !t.optional && !assignments[t.id]).map((t) => t.id),
    unrecognised: layout.columns.filter((c) => c.path.length && !takenColumn.has(c.index)),
    ambiguous,
    source: 'header',
  };
}

/** Connected groups of tied candidates (sharing a target or a column). */
function tieGroups<T extends { t: number; c: number }>(items: T[]): T[][] {
  const groups: T[][] = [];
  const seen = new Set<T>();
  for (const start of items) {
    if (seen.has(start)) continue;
    const group: T[] = [];
    const queue = [start];
    seen.add(start);
    while (queue.length) {
      const x = queue.pop()!;
      group.push(x);
      for (const y of items)
        if (!seen.has(y) && (y.t === x.t || y.c === x.c)) {
          seen.add(y);
          queue.push(y);
        }
    }
    groups.push(group);
  }
  return groups;
}

function ambiguityMessage(labels: string[], columns: HeaderColumn[]): string {
  const cols = columns.map((c) => `cột ${c.letter} ("${pathText(c.path)}")`).join(', ');
  if (labels.length === 1) return `Không rõ cột nào là "${labels[0]}": ${cols} đều khớp. Hãy chọn cột đúng.`;
  if (columns.length === 1)
    return `${cols[0].toUpperCase()}${cols.slice(1)} khớp với nhiều mục: ${labels.map((l) => `"${l}"`).join(', ')}. Hãy chọn mục đúng cho cột này.`;
  return `Không phân biệt được các mục ${labels.map((l) => `"${l}"`).join(', ')} ở ${cols}. Hãy chọn cột cho từng mục.`;
}

/** Picks the sheet whose header fits the most targets (visible sheets first); -1 when none fits any. */
export function pickSheet(sheets: readonly Sheet[], targets: readonly ColumnTarget[]): number {
  let best = -1;
  let bestScore = 0;
  sheets.forEach((sheet, i) => {
    const rec = recognizeColumns(sheet, targets);
    const score = Object.keys(rec.assignments).length * 2 + (sheet.hidden ? 0 : 1);
    if (Object.keys(rec.assignments).length && score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}
