import type { TextRun } from '../document/model.ts';
import type { CatalogueBrief } from '../../schemas/catalogue.ts';
import { formatCitation, formatShortCitation } from '../catalogue/citation.ts';
import { cleanText } from '../format/text.ts';

/**
 * The small text syntax of prose fields (documented for users in the builder's help):
 *
 *   - Each non-empty line is a paragraph (justified, first-line indent).
 *   - A line starting "- " (or "• ", "* ", "– ") is a bullet and prints as "- …";
 *     a line starting "+ " is a sub-bullet and prints as "+ …".
 *   - **đậm** prints bold, *nghiêng* prints italic.
 *   - A footnote: put "[^1]" where the number goes, and somewhere in the same field a line
 *     "[^1]: text of the note". Markers are numbered 1, 2, 3 … through the whole report and become
 *     real Word footnotes. Labels are local to one field ("[^a]" works too).
 *   - [[61-2018-nd-cp]] cites a catalogue document: in full the first time in the report
 *     ("Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về …"), by type and number afterwards.
 */

export type ProseParagraph = { kind: 'text' | 'bullet' | 'sub'; runs: TextRun[] };

/** Shared across one report: footnote texts in order, and which catalogue entries were already cited. */
export type ProseContext = {
  footnotes: string[];
  cited: Set<string>;
  catalogue: Map<string, CatalogueBrief>;
  problems: string[];
};

export function newProseContext(catalogue: CatalogueBrief[] = []): ProseContext {
  return { footnotes: [], cited: new Set(), catalogue: new Map(catalogue.map((e) => [e.id, e])), problems: [] };
}

const DEF = /^\[\^([^\]\s]{1,40})\]:\s?(.*)$/;

/** Expands [[id]] citations in a string. */
export function expandCitations(text: string, ctx: ProseContext): string {
  return text.replace(/\[\[([a-z0-9-]{1,80})\]\]/g, (m, id: string) => {
    const entry = ctx.catalogue.get(id);
    if (!entry) {
      ctx.problems.push(`không có văn bản "${id}" trong danh mục: giữ nguyên "${m}"`);
      return m;
    }
    if (ctx.cited.has(id)) return formatShortCitation(entry);
    ctx.cited.add(id);
    return formatCitation(entry);
  });
}

export function parseProse(input: string, ctx: ProseContext): ProseParagraph[] {
  const lines = cleanText(input).split('\n');
  const defs = new Map<string, string>();
  const body: string[] = [];
  for (const line of lines) {
    const m = DEF.exec(line.trim());
    if (m) defs.set(m[1], m[2].trim());
    else body.push(line);
  }
  const used = new Set<string>();
  const out: ProseParagraph[] = [];
  for (const raw of body) {
    let line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    let kind: ProseParagraph['kind'] = 'text';
    const bullet = /^(?:[-•*–])\s+(.*)$/.exec(line);
    const sub = /^\+\s+(.*)$/.exec(line);
    if (bullet && bullet[1]) {
      kind = 'bullet';
      line = '- ' + bullet[1];
    } else if (sub && sub[1]) {
      kind = 'sub';
      line = '+ ' + sub[1];
    }
    const runs = inlineRuns(expandCitations(line, ctx), defs, used, ctx);
    if (runs.some((r) => r.text.trim() || r.footnote)) out.push({ kind, runs });
  }
  for (const label of defs.keys()) if (!used.has(label)) ctx.problems.push(`chú thích [^${label}] không được dùng trong nội dung`);
  return out;
}

function inlineRuns(line: string, defs: Map<string, string>, used: Set<string>, ctx: ProseContext): TextRun[] {
  const runs: TextRun[] = [];
  // Tokens: footnote markers, **bold**, *italic*.
  const re = /\[\^([^\]\s]{1,40})\]|\*\*(?=\S)(.+?)(?<=\S)\*\*|\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*/g;
  let last = 0;
  let m: RegExpExecArray | null;
  const push = (text: string, style: Partial<TextRun> = {}) => {
    if (text) runs.push({ text, ...style });
  };
  while ((m = re.exec(line))) {
    push(line.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] !== undefined) {
      const note = defs.get(m[1]);
      if (note === undefined) {
        ctx.problems.push(`chú thích [^${m[1]}] chưa có nội dung (thêm một dòng "[^${m[1]}]: …")`);
        continue;
      }
      used.add(m[1]);
      ctx.footnotes.push(expandCitations(note, ctx) || '…');
      if (!runs.length || runs[runs.length - 1].footnote) runs.push({ text: '' });
      runs[runs.length - 1].footnote = ctx.footnotes.length;
    } else if (m[2] !== undefined) push(m[2], { bold: true });
    else if (m[3] !== undefined) push(m[3], { italic: true });
  }
  push(line.slice(last));
  return runs;
}

/** Plain text of runs (for tests and previews). */
export const runsText = (runs: TextRun[]) => runs.map((r) => r.text).join('');
