import { describe, expect, it } from 'vitest';
import { newProseContext, parseProse, runsText } from '../../../src/lib/report/prose.ts';
import { CATALOGUE } from '../../support/helpers.ts';

describe('prose', () => {
  const parse = (s: string) => {
    const ctx = newProseContext(CATALOGUE);
    return { paras: parseProse(s, ctx), ctx };
  };
  it('splits lines into paragraphs, bullets and sub-bullets', () => {
    const { paras } = parse('Đoạn một.\n\n- gạch đầu dòng\n• cũng là gạch\n+ ý con\nĐoạn hai.');
    expect(paras.map((p) => [p.kind, runsText(p.runs)])).toEqual([
      ['text', 'Đoạn một.'],
      ['bullet', '- gạch đầu dòng'],
      ['bullet', '- cũng là gạch'],
      ['sub', '+ ý con'],
      ['text', 'Đoạn hai.'],
    ]);
  });
  it('turns [^n] markers into numbered footnotes', () => {
    const { paras, ctx } = parse('Có 03 văn bản[^1] và 1 ghi chú[^b].\n[^1]: Nghị quyết số 01.\n[^b]: Ghi chú b.');
    expect(ctx.footnotes).toEqual(['Nghị quyết số 01.', 'Ghi chú b.']);
    expect(paras[0].runs).toEqual([{ text: 'Có 03 văn bản', footnote: 1 }, { text: ' và 1 ghi chú', footnote: 2 }, { text: '.' }]);
    expect(ctx.problems).toEqual([]);
  });
  it('reports markers without text and unused notes', () => {
    const { ctx } = parse('Câu[^x].\n[^y]: thừa');
    expect(ctx.problems).toHaveLength(2);
  });
  it('formats **bold** and *italic* and leaves lone asterisks alone', () => {
    const { paras } = parse('Mô hình **4 xin, 4 luôn** và *mẫu* (*) 2 * 3');
    expect(paras[0].runs).toEqual([
      { text: 'Mô hình ' },
      { text: '4 xin, 4 luôn', bold: true },
      { text: ' và ' },
      { text: 'mẫu', italic: true },
      { text: ' (*) 2 * 3' },
    ]);
  });
  it('cites catalogue documents in full once, then by type and number', () => {
    const { paras } = parse('Theo [[61-2018-nd-cp]]. Lại theo [[61-2018-nd-cp]]. Và [[khong-co]].');
    expect(runsText(paras[0].runs)).toBe(
      'Theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính. Lại theo Nghị định số 61/2018/NĐ-CP. Và [[khong-co]].',
    );
  });
});
