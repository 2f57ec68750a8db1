/**
 * "Nhập bản nháp (.docx)" of a report edited in Word after download (issue 21), in Chromium: the builder says the text
 * was edited, lists the figure printed otherwise than the draft with both values, and takes the printed one when asked
 * (stored); a report whose words around a figure were rewritten says which figure it cannot check; one whose words
 * alone changed says so quietly and offers nothing to take.
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

  it('a self-assessment edited in Word: its printed scores are not compared, and the notice says so', { timeout: 120_000 }, async () => {
    const template = loadTemplates().get('bao-cao-tu-danh-gia-chi-so-cchc')!;
    const draft = loadExamples().find((e) => e.draft.kind === template.id)!.draft;
    const bytes = editDocumentXml(await renderBytes(template, draft, loadCatalogue()), (xml) => wordEdit(xml, 'Thực hiện', 'Căn cứ'));
    writeFileSync(join(out, 'tu-danh-gia.docx'), bytes);
    const { page, context, watch } = await openBuilder(session, template.id, { viewport: { width: 1366, height: 900 } });
    const notice = page.getByTestId('printed-notice');
    await page.locator('#cchc-import').setInputFiles(join(out, 'tu-danh-gia.docx'));
    await notice.waitFor();
    const label = scoreBlocks(template)[0].block.label;
    expect(await notice.textContent()).toContain(`Không đối chiếu được số liệu in trong văn bản: ${label}.`);
    expect(await notice.textContent()).not.toContain('chỉ phần chữ đã được sửa');
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });
});
