import { expect, test } from "@playwright/test";
import * as fixtures from "../fixtures";
import { mockIpc } from "./mock-ipc";
import { shot } from "./screens";

test("an empty vault explains where codes come from, and has nothing to export", async ({ page }) => {
  await mockIpc(page);
  await page.goto("/#/codes");
  await expect(page.getByText("No codes yet. They arrive here, sealed, as purchases are delivered.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Export CSV…" })).toBeDisabled();
  await shot(page, "codes-empty");
});

test("a thousand codes listed, sealed until revealed", async ({ page }) => {
  const codes = Array.from({ length: 1000 }, (_, n) => fixtures.code(n));
  await mockIpc(page, { codes: { ok: codes } });
  await page.goto("/#/codes");
  const entries = page.locator("li[data-code]");
  await expect(entries).toHaveCount(1000);
  await expect(page.locator(".code-value")).toHaveCount(0);
  await entries.last().scrollIntoViewIfNeeded();
  await expect(entries.last()).toBeInViewport();
  // By its class, not its role: naming every one of a thousand entries' buttons takes Playwright seconds.
  const exportButton = page.locator("button.export");
  await expect(exportButton).toHaveText("Export CSV…");
  await exportButton.click();
  await expect(page.getByRole("alertdialog")).toContainText("Export 1000 codes to CSV?");
  await expect(page.getByRole("alertdialog")).toContainText("unencrypted");
  await shot(page, "codes-long-list");
});

test("a code that cannot be unsealed says what to do, and shows nothing of it", async ({ page }) => {
  await mockIpc(page, {
    codes: { ok: [fixtures.code(0)] },
    reveal_code: {
      err: {
        code: "keyring_unavailable",
        message: "The system keyring is locked or unavailable, so the codes cannot be unsealed. Unlock it and try again.",
      },
    },
  });
  await page.goto("/#/codes");
  await page.locator("li[data-code] .reveal").click();
  await expect(page.getByRole("alert")).toContainText("keyring is locked");
  await expect(page.locator(".code-value")).toHaveCount(0);
  await shot(page, "codes-keyring-locked");
});
