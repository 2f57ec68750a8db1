/**
 * Outline levels from a table's numbering: "I", "1", "1.1", "1.1.1", "A", "a)", "-", "+", or, with no number,
 * the spaces a label is indented with. Levels come from the order in which kinds first appear (as in a Word
 * outline), so "I → 1 → a)" and "1 → 1.1 → 1.1.1" both give levels 0, 1, 2.
 */

export type NumberingKind = string;

const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;
const LABEL_NUMBER = /^\s*((?:[IVX]+|[A-ZĐ]|\d+(?:\.\d+)*|[a-zđ])[.)]|\d+(?:\.\d+)+)\s+/;

/** The kind of a numbering cell ("II." → "roman", "1.2" → "arabic-2", "b)" → "lower"); "" when it is none of them. */
export function numberKind(text: string): NumberingKind {
  const t = text.replace(/^[(\s]+|[).:\s]+$/g, '');
  if (!t) return '';
  if (ROMAN.test(t)) return 'roman';
  if (/^[A-ZĐ]$/.test(t)) return 'upper';
  if (/^\d+(\.\d+)*$/.test(t)) return `arabic-${t.split('.').length}`;
  if (/^[a-zđ]$/.test(t)) return 'lower';
  if (/^[-–—•*]$/.test(t)) return 'dash';
  if (t === '+') return 'plus';
  return '';
}

/** The kind of a row: its numbering cell, else a number or bullet starting its label, else the label's indentation. */
export function rowKind(numbering: string, label: string): NumberingKind {
  const own = numberKind(numbering);
  if (own) return own;
  const m = LABEL_NUMBER.exec(label);
  if (m) {
    const k = numberKind(m[1]);
    if (k) return k;
  }
  const bullet = /^\s*([-–—•*+])\s/.exec(label);
  if (bullet) return numberKind(bullet[1]);
  const indent = /^[ \u00A0\t]*/.exec(label)![0].replace(/\t/g, '    ').length;
  return `indent-${indent}`;
}

/** The numbering written at the start of a label when the table has no numbering column ("1.1. Tiêu chí…" → "1.1."). */
export function labelNumber(label: string): string {
  const m = LABEL_NUMBER.exec(label);
  return m && numberKind(m[1]) ? m[1] : '';
}

/** Outline levels (0 = top) for a sequence of row kinds. */
export function outlineLevels(kinds: readonly NumberingKind[]): number[] {
  const stack: NumberingKind[] = [];
  return kinds.map((k) => {
    const at = stack.indexOf(k);
    if (at >= 0) {
      stack.length = at + 1;
      return at;
    }
    // Deeper arabic numbering or indentation goes under shallower ones already open, shallower ones pop.
    const depth = rank(k);
    if (depth != null)
      while (stack.length && sameFamily(stack[stack.length - 1], k) && (rank(stack[stack.length - 1]) ?? 0) > depth) stack.pop();
    stack.push(k);
    return stack.length - 1;
  });
}

const rank = (k: NumberingKind) => {
  const m = /^(arabic|indent)-(\d+)$/.exec(k);
  return m ? Number(m[2]) : null;
};
const sameFamily = (a: NumberingKind, b: NumberingKind) => a.split('-')[0] === b.split('-')[0];
