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

test("a desk whose team database cannot be reached says so, and invites no one", async ({ page }) => {
  await mockIpc(page, {
    team_status: {
      ok: {
        team: { database: "postgres://giftdesk@db.shop.example/shop", team_id: "t-1", desk_id: "d-1", desk_name: "Front counter" },
        reachable: false,
        problem: "The team's database cannot be reached (connection refused). Giftdesk shows what it last read and buys nothing until the database is back.",
        members: [],
      },
    },
  });
  await page.goto("/#/settings");
  await expect(page.locator("#team-now")).toContainText("Front counter");
  await expect(page.locator("#team-unreachable")).toContainText("cannot be reached");
  await expect(page.locator("#team-invite")).toBeDisabled();
  await shot(page, "settings-team-unreachable");
});

test("a join code the core refuses is named at its field", async ({ page }) => {
  await mockIpc(page, {
    team_join: {
      err: { code: "invalid_input", field: "join_code", message: "That join code was already used, has expired or belongs to another team." },
    },
  });
  await page.goto("/#/settings");
  await page.locator("#team-database").fill("postgres://giftdesk:secret@db.shop.example/shop");
  await page.locator("#team-code").fill("3f9a1c0b7e-00000000000000000000000000000000");
  await page.locator("#team-join").click();
  await expect(page.getByRole("alert").filter({ hasText: "already used" })).toBeVisible();
  await expect(page.locator("#team-code")).toHaveAttribute("aria-invalid", "true");
});
