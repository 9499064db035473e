import { expect, test } from "@playwright/test";
import * as fixtures from "../fixtures";
import { emit, mockIpc, setReply } from "./mock-ipc";
import { shot } from "./screens";

test("no purchases yet, then one arrives live as the core pushes it", async ({ page }) => {
  await mockIpc(page);
  await page.goto("/#/orders");
  const list = page.getByRole("list", { name: "Purchases" });
  await expect(list).toContainText("No purchases yet.");
  await shot(page, "orders-empty");
  // The core's push, as tracking sends it: the list reloads from the core, which now has it.
  const bought = fixtures.purchase(1, "awaiting_payment");
  await setReply(page, "purchases", { ok: [bought] });
  await emit(page, "purchase-changed", { kind: "changed", purchase: bought });
  await expect(list.locator("[data-purchase]")).toHaveCount(1);
  await expect(list).toContainText("Awaiting payment");
});

test("five hundred purchases all listed, each with its plain state", async ({ page }) => {
  const states = ["delivered", "awaiting_payment", "failed", "expired", "partly_delivered"] as const;
  const purchases = Array.from({ length: 500 }, (_, n) => fixtures.purchase(n, states[n % states.length]));
  await mockIpc(page, { purchases: { ok: purchases } });
  await page.goto("/#/orders");
  const rows = page.locator("[data-purchase]");
  await expect(rows).toHaveCount(500);
  await expect(rows.nth(2)).toContainText("Failed");
  await expect(rows.nth(4)).toContainText("Partly delivered");
  await rows.last().scrollIntoViewIfNeeded();
  await expect(rows.last()).toBeInViewport();
  await shot(page, "orders-long-list");
});

test("orders that cannot be read say why, and the rest of the window still works", async ({ page }) => {
  await mockIpc(page, {
    purchases: { err: { code: "store", message: "Giftdesk's database is locked by another Giftdesk. Close it and try again." } },
  });
  await page.goto("/#/orders");
  await expect(page.getByRole("alert")).toContainText("database is locked by another Giftdesk");
  await page.getByRole("link", { name: "Cart" }).click();
  await expect(page.getByText("The cart is empty. Open a product in the Catalog to add it.")).toBeVisible();
  await shot(page, "orders-error");
});
