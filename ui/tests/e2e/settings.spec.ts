import { expect, test } from "@playwright/test";
import { mockIpc } from "./mock-ipc";
import { shot } from "./screens";

test("a key the core refuses is named at its field, described to screen readers", async ({ page }) => {
  await mockIpc(page, {
    set_bitrefill_credentials: {
      err: { code: "invalid_input", field: "api_key", message: "API key: expected the 32 to 64 letters and digits from Bitrefill's dashboard." },
    },
  });
  await page.goto("/#/settings");
  await page.getByRole("textbox", { name: "API key" }).fill("short");
  await page.getByRole("button", { name: "Save Bitrefill credentials" }).click();
  const error = page.locator("#bitrefill-api-key-error");
  await expect(error).toHaveText("API key: expected the 32 to 64 letters and digits from Bitrefill's dashboard.");
  await expect(page.getByRole("textbox", { name: "API key" })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("textbox", { name: "API key" })).toHaveAttribute("aria-describedby", "bitrefill-api-key-error");
  await shot(page, "settings-field-error");
});

test("an unreachable keyring is said at the top of the window", async ({ page }) => {
  await mockIpc(page, {
    overview: {
      err: { code: "keyring_unavailable", message: "No system keyring answered. Start your desktop's keyring (e.g. GNOME Keyring) and reopen Giftdesk." },
    },
  });
  await page.goto("/#/settings");
  await expect(page.getByRole("alert").first()).toContainText("No system keyring answered");
  await shot(page, "settings-keyring-unavailable");
});
