/**
 * "Nhập bản nháp (.docx)" of a report edited in Word after download (issue 21), in Chromium: the builder says the text
 * was edited, lists the figure printed otherwise than the draft with both values, and takes the printed one when asked
 * (stored); a report whose words around a figure were rewritten says which figure it cannot check; one whose words
 * alone changed says so quietly and offers nothing to take; a self-assessment's score lowered in Word is named and taken.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBuilder, savedDraft } from './support/builder.ts';
import { useSite } from './support/session.ts';
import { projectRoot } from './support/server.ts';
import { editDocumentXml, wordEdit } from '../support/word-edit.ts';
import { loadCatalogue, loadExamples, loadTemplates } from '../../src/data/load.ts';
import { scoreBlocks } from '../../src/lib/report/index.ts';
import { renderBytes } from '../support/render.ts';
import { FILES, random, unitDraft, unitFigures } from '../support/rollup-units.ts';
import { scoredLeaf } from '../support/scores.ts';
import type { ScoreTable } from '../../src/schemas/draft.ts';

const out = join(projectRoot, 'test-output', 'printed-import');
const session = useSite(() => mkdirSync(out, { recursive: true }));
const monthly = loadTemplates().get('bao-cao-tthc-thang')!;
const vi = (x: number) => x.toLocaleString('de-DE');

describe('Nhập bản nháp from a .docx edited after download', () => {
  it('says so, lists the differing figure and takes the printed one', { timeout: 120_000 }, async () => {
    const draft = unitDraft(3, unitFigures(random(21)));
    const total = (draft.values[FILES] as Record<string, number>)['tong-nhan'];
    const bytes = await renderBytes(monthly, draft, loadCatalogue());
    const files = {
      figure: editDocumentXml(bytes, (xml) => wordEdit(xml, `${vi(total)} hồ sơ`, `${vi(total + 100)} hồ sơ`)),
      words: editDocumentXml(bytes, (xml) => wordEdit(xml, 'Tổng số hồ sơ nhận giải quyết', 'Tổng cộng đã nhận')),
      prose: editDocumentXml(bytes, (xml) => wordEdit(xml, 'theo Kế hoạch của UBND tỉnh', 'theo Kế hoạch năm 2026 của UBND tỉnh')),
    };
    for (const [name, b] of Object.entries(files)) writeFileSync(join(out, `${name}.docx`), b);

    const { page, context, watch } = await openBuilder(session, monthly.id, { viewport: { width: 1366, height: 900 } });
    const notice = page.getByTestId('printed-notice');

    await page.locator('#cchc-import').setInputFiles(join(out, 'figure.docx'));
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Văn bản .docx đã được sửa sau khi tải về');
    expect(await notice.getByTestId('printed-differences').locator('li').allTextContents()).toEqual([
      `Tổng số hồ sơ nhận giải quyết: in trong văn bản ${vi(total + 100)}, bản nháp gốc ${vi(total)}`,
    ]);
    await page.locator('.cchc-drafts').screenshot({ path: join(out, 'edited-1366.png') });
    // The draft as imported is the one the .docx carried, until the printed figures are taken.
    await expect.poll(async () => (await savedDraft(page, monthly.id))?.values[FILES]?.['tong-nhan']).toBe(total);
    await notice.getByRole('button', { name: 'Dùng số liệu in trong văn bản' }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toBe('Đã dùng 1 số liệu in trong văn bản cho bản nháp này.');
    await expect.poll(async () => (await savedDraft(page, monthly.id))?.values[FILES]?.['tong-nhan']).toBe(total + 100);
    expect(await notice.count()).toBe(0);

    await page.locator('#cchc-import').setInputFiles(join(out, 'words.docx'));
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      'Không đối chiếu được số liệu in trong văn bản: Tổng số hồ sơ nhận giải quyết. Các số này vẫn theo bản nháp gốc',
    );
    expect(await notice.getByRole('button', { name: 'Dùng số liệu in trong văn bản' }).count()).toBe(0);
    await notice.getByRole('button', { name: 'Đóng' }).click();

    await page.locator('#cchc-import').setInputFiles(join(out, 'prose.docx'));
    await notice.waitFor();
    expect(await notice.textContent()).toContain('chỉ phần chữ đã được sửa');
    expect(await notice.getByRole('button', { name: 'Dùng số liệu in trong văn bản' }).count()).toBe(0);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it(
    'a self-assessment whose criterion’s score was lowered in Word: the notice names it, and the printed score is taken',
    { timeout: 120_000 },
    async () => {
      const template = loadTemplates().get('bao-cao-tu-danh-gia-chi-so-cchc')!;
      const draft = loadExamples().find((e) => e.draft.kind === template.id)!.draft;
      const key = scoreBlocks(template)[0].key;
      const leaf = scoredLeaf(draft, key);
      const bytes = editDocumentXml(await renderBytes(template, draft, loadCatalogue()), leaf.lowerIt);
      writeFileSync(join(out, 'tu-danh-gia.docx'), bytes);
      const { page, context, watch } = await openBuilder(session, template.id, { viewport: { width: 1366, height: 900 } });
      const notice = page.getByTestId('printed-notice');
      await page.locator('#cchc-import').setInputFiles(join(out, 'tu-danh-gia.docx'));
      await notice.waitFor();
      expect(await notice.getByTestId('printed-differences').locator('li').allTextContents()).toEqual([
        `${leaf.row.tt} ${leaf.row.name} (điểm tự đánh giá): in trong văn bản ${vi(leaf.lower)}, bản nháp gốc ${vi(leaf.score)}`,
      ]);
      await page.locator('.cchc-drafts').screenshot({ path: join(out, 'self-assessment-edited-1366.png') });
      await notice.getByRole('button', { name: 'Dùng số liệu in trong văn bản' }).click();
      await expect.poll(() => page.getByTestId('notice').textContent()).toBe('Đã dùng 1 số liệu in trong văn bản cho bản nháp này.');
      await expect
        .poll(async () => ((await savedDraft(page, template.id))?.values[key] as ScoreTable | undefined)?.rows[leaf.index]?.score)
        .toBe(leaf.lower);
      expect(watch.consoleErrors).toEqual([]);
      await context.close();
    },
  );
});
