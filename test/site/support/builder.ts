import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** "Dùng dữ liệu mẫu", accepting the question it asks when the draft has content. */
export async function useExample(page: Page): Promise<void> {
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await expect.poll(() => page.getByTestId('notice').textContent()).toContain('Đã điền dữ liệu mẫu');
}

/** "Tải .docx" (and "Vẫn tải .docx" when the checks list open points); saves the file, returns its suggested name. */
export async function downloadDocx(page: Page, file: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    (async () => {
      await page.getByRole('button', { name: 'Tải .docx' }).click();
      const confirm = page.getByRole('button', { name: 'Vẫn tải .docx' });
      // The confirm step's code loads with the click: wait for it briefly rather than checking at once.
      if (
        await confirm.waitFor({ timeout: 2_000 }).then(
          () => true,
          () => false,
        )
      )
        await confirm.click();
    })(),
  ]);
  await download.saveAs(file);
  return download.suggestedFilename();
}
