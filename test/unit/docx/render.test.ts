import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/lib/report/build.ts';
import { renderDocx } from '../../../src/lib/docx/render.ts';
import { sanitize } from '../../../src/lib/docx/text.ts';
import { mmToTwip } from '../../../src/lib/docx/page.ts';
import type { ReportDocument } from '../../../src/lib/document/model.ts';
import { CATALOGUE, assertDocxXml, failures, runChecker, unzip, writeOut } from '../../support/helpers.ts';
import { examples, templates } from '../../support/fixtures.ts';

describe('.docx of every example', () => {
  for (const { draft } of examples) {
    it(`${draft.kind} passes check-nd30 with 0 failures`, async () => {
      const bytes = await renderDocx(buildDocument(templates.get(draft.kind)!, draft, CATALOGUE));
      assertDocxXml(bytes);
      const results = runChecker(writeOut(`${draft.kind}.docx`, bytes));
      expect(results.length).toBeGreaterThanOrEqual(27);
      expect(failures(results)).toEqual([]);
    });
  }
});

describe('page set-up and parts', () => {
  it('rounds millimetres to the nearest twip', () => {
    expect([mmToTwip(20), mmToTwip(30), mmToTwip(15)]).toEqual([1134, 1701, 850]);
  });
  it('writes real footnotes and a page-number header from page 2', async () => {
    const { draft } = examples.find((e) => e.draft.kind === 'bao-cao-cchc-dinh-ky')!;
    const files = unzip(await renderDocx(buildDocument(templates.get(draft.kind)!, draft, CATALOGUE)));
    const doc = files.get('word/document.xml')!.toString('utf8');
    const notes = files.get('word/footnotes.xml')!.toString('utf8');
    expect(doc.match(/<w:footnoteReference /g)).toHaveLength(2);
    expect(notes).toContain('Rà soát rút ngắn thời gian');
    expect(doc).toContain('<w:titlePg/>');
    expect(doc).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    const headers = [...files.keys()].filter((k) => /^word\/header\d+\.xml$/.test(k)).map((k) => files.get(k)!.toString('utf8'));
    expect(headers.filter((h) => h.includes('PAGE'))).toHaveLength(1);
  });
});

describe('sanitising', () => {
  it('strips control, bidi and XML-invalid characters, keeps emoji, composes NFC', () => {
    expect(sanitize('a\u0000\u0001b\u000Bc\uFFFF\uD800d\u202Ee')).toBe('abcde');
    expect(sanitize('Hoa\u0300i\tTa\u0302n\n')).toBe('Hoài Tân ');
    expect(sanitize('🙂 ✓')).toBe('🙂 ✓');
  });

  it('turns a hostile document into valid XML that passes the checker', async () => {
    const nasty = 'X\u0000\u0007\u001B\uD83D\u200B\u202E<&>"\' ]]> \uFFFE e\u0301 😀 \r\n';
    const doc: ReportDocument = {
      header: {
        parentBody: `UBND TỈNH${nasty}`,
        issuer: `ỦY BAN NHÂN DÂN\nXÃ ${nasty}`.toUpperCase(),
        numberLine: 'Số: 05/BC-UBND',
        placeDate: 'An Bình, ngày 05 tháng 02 năm 2025',
      },
      docType: 'BÁO CÁO',
      title: `Báo cáo thử ${nasty}`,
      recipients: [`- Sở ${nasty};`, '- UBND tỉnh.'],
      body: [
        { type: 'heading', level: 1, text: `I. PHẦN ${nasty}` },
        {
          type: 'paragraph',
          runs: [
            { text: `Đoạn ${nasty}`, footnote: 1 },
            { text: '\u0301\u0300tiếp', bold: true },
          ],
        },
        { type: 'paragraph', runs: [{ text: 'a'.repeat(100_000) }] },
        { type: 'paragraph', runs: [{ text: 'Đoạn cuối./.' }] },
        {
          type: 'table',
          columns: [{ label: `Cột ${nasty}` }, { label: 'B', align: 'right' }],
          rows: [[{ text: nasty }, { text: '1.000' }]],
        },
      ],
      footnotes: [`Chú thích ${nasty}`],
      signature: { authority: ['TM. ỦY BAN NHÂN DÂN'], title: 'CHỦ TỊCH', name: 'Trần Văn An' },
      distribution: [`- Như trên ${nasty};`, '- Lưu: VT.'],
    };
    const bytes = await renderDocx(doc);
    const files = assertDocxXml(bytes);
    const xml = files.get('word/document.xml')!.toString('utf8');
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(xml).toContain('&lt;&amp;&gt;');
    expect(failures(runChecker(writeOut('hostile.docx', bytes)))).toEqual([]);
  });
});
