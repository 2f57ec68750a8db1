import type { Page } from 'playwright-core';
import type { Session } from './session.ts';

/** Types as a user does, key by key (the request form's fields are bound, not controlled), then leaves the field. */
export async function typeKeys(page: Page, selector: string, text: string): Promise<void> {
  const field = page.locator(selector);
  await field.click();
  await field.pressSequentially(text, { delay: 2 });
  await field.press('Tab');
}

/** The province on /tong-hop/ at 1366 px (axe allowed in), the section "Yêu cầu báo cáo" opened, the report kind chosen. */
export async function startRequest(session: Session, kind: string) {
  const province = await session.page({ viewport: { width: 1366, height: 900 }, bypassCSP: true });
  const p = province.page;
  await p.goto(`${session.site.url}tong-hop/`);
  await p.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
  await p.getByRole('button', { name: 'Lập yêu cầu báo cáo' }).click();
  await p.locator('#cchc-request-kind').selectOption(kind);
  return province;
}

/** Clicks a button that downloads a file, saves it as `file`; answers the name the page gave it. */
export async function downloadFrom(page: Page, button: string, file: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: button }).click()]);
  await d.saveAs(file);
  return d.suggestedFilename();
}
