import { describe, expect, it } from 'vitest';
import { wrapTables } from '../../../src/integrations/table-scroll.ts';

const table = (cells: string[]) => `<table><thead><tr>${cells.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody></tbody></table>`;

describe('tables scroll in a labelled region', () => {
  it('wraps a wide table with a hint and a region named after its columns', () => {
    const out = wrapTables(`<p>x</p>${table(['Nội dung', 'Trước đây <em>thường</em> dẫn', 'Nay dẫn'])}`);
    expect(out).toContain('<div class="table-block"><p class="table-scroll__hint" aria-hidden="true" data-pagefind-ignore>');
    expect(out).toContain(
      '<div class="table-scroll" role="region" tabindex="0" aria-label="Bảng: Nội dung, Trước đây thường dẫn, Nay dẫn">',
    );
  });

  it('gives a two-column table the region without the hint', () => {
    const out = wrapTables(table(['Chữ viết tắt', 'Nghĩa']));
    expect(out).not.toContain('table-scroll__hint');
    expect(out.startsWith('<div class="table-scroll"')).toBe(true);
  });

  it('leaves a table the page already wraps alone, and wraps each table once', () => {
    const wrapped = `<div class="table-scroll" role="region" aria-label="x" tabindex="0">\n  ${table(['a', 'b', 'c'])}</div>`;
    expect(wrapTables(wrapped)).toBe(wrapped);
    const once = wrapTables(table(['a', 'b']) + table(['c', 'd']));
    expect(once.match(/class="table-scroll"/g)).toHaveLength(2);
    expect(wrapTables(once)).toBe(once);
  });
});
