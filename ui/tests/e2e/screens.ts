import type { Page } from "@playwright/test";

/** Beside the real window's screenshots, prefixed so both sets read together. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `../target/e2e-screens/ui-${name}.png`, fullPage: true });
}
