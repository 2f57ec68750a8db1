/**
 * The shape of src/, kept as the developers' guide asks: no import circles (a type-only import or an import() counts),
 * src/schemas/ imports nothing from src/lib/, code outside the report engine reaches it only through its front door
 * (src/lib/report/index.ts), and no source file is longer than 300 lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/data/load.ts';

const SRC = join(ROOT, 'src');
const MAX_LINES = 300;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(path) : /\.(ts|tsx|mjs|astro|css)$/.test(e.name) ? [path] : [];
  });
}

const files = sourceFiles(SRC);
const rel = (file: string) => relative(ROOT, file);

/** Relative imports of a file: static (values or types, re-exports included) and import(); CSS imports too. */
function importsOf(file: string): { target: string; dynamic: boolean }[] {
  const code = readFileSync(file, 'utf8');
  const re =
    /(?:^|[\s;{}(])(?:import|export)\s*(?:type\s+)?(?:[\w*{}\s,$]*?\s*from\s*)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;
  return [...code.matchAll(re)].map((m) => ({
    target: resolve(dirname(file), (m[1] ?? m[2]).replace(/\?.*$/, '')),
    dynamic: m[2] !== undefined,
  }));
}

const graph = new Map(files.map((f) => [f, importsOf(f)]));

/** The circles of the import graph: every strongly connected group of two or more files, and files importing themselves. */
function circles(): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const { target: w } of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) !== order.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(rel(w));
    } while (w !== v);
    if (group.length > 1 || graph.get(v)!.some((i) => i.target === v)) found.push(group.sort());
  };
  for (const f of files) if (!order.has(f)) visit(f);
  return found;
}

describe('the tree of src/', () => {
  it('reads every import it checks (the resolver finds the files the imports name)', () => {
    const missing = [...graph].flatMap(([f, list]) =>
      list.filter((i) => /\.(ts|tsx|mjs|astro|css)$/.test(i.target) && !graph.has(i.target)).map((i) => `${rel(f)} → ${rel(i.target)}`),
    );
    expect(missing).toEqual([]);
    expect(files.length).toBeGreaterThan(150);
  });

  it('has no import circles, type-only imports and import() included', () => {
    expect(circles()).toEqual([]);
  });

  it('keeps src/schemas/ free of src/lib/: the content contract depends on nothing it describes', () => {
    const schemas = join(SRC, 'schemas');
    const bad = files
      .filter((f) => f.startsWith(schemas))
      .flatMap((f) =>
        graph
          .get(f)!
          .filter((i) => !i.target.startsWith(schemas))
          .map((i) => `${rel(f)} → ${rel(i.target)}`),
      );
    expect(bad).toEqual([]);
  });

  it('reaches the report engine from outside only through its front door, src/lib/report/index.ts', () => {
    const engine = join(SRC, 'lib/report');
    const door = join(engine, 'index.ts');
    const bad = files
      .filter((f) => !f.startsWith(engine + '/'))
      .flatMap((f) =>
        graph
          .get(f)!
          .filter((i) => i.target.startsWith(engine + '/') && i.target !== door)
          .map((i) => `${rel(f)} → ${rel(i.target)}`),
      );
    expect(bad).toEqual([]);
  });

  it(`has no source file over ${MAX_LINES} lines`, () => {
    const long = files
      .map((f) => ({ file: rel(f), lines: readFileSync(f, 'utf8').split('\n').length - 1 }))
      .filter((x) => x.lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
