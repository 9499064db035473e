import { expect, test } from "@playwright/test";
import type { CartView } from "../../src/lib/bindings/CartView";
import { ipcCalls, mockIpc } from "./mock-ipc";
import { shot } from "./screens";

const cart: CartView = {
  items: [
    {
      id: 1,
      request: { provider: "bitrefill", product_id: "steam-usa", value: "50", quantity: 1, recipient: "buyer@example.com" },
      line: { product_id: "steam-usa", product_name: "Steam USA", kind: "gift_card", country: "US", face: "50", currency: "USD", quantity: 1, recipient: "buyer@example.com" },
      added_at: "2026-11-29T08:00:00Z",
    },
  ],
  totals: [{ provider: "bitrefill", currency: "USD", amount: "50.00", face_value: false, items: 1 }],
};

test("a checkout the provider refuses lists each reason with what to do, and goes nowhere", async ({ page }) => {
  await mockIpc(page, {
    cart: { ok: cart },
    checkout_cart: {
      err: {
        code: "rejected",
        message: "Bitrefill refused the invoice.",
        problems: [
          { provider: "bitrefill", code: "insufficient_balance", message: "Your Bitrefill balance is too low for this invoice.", action: "Top up the balance, or pay with crypto.", details: [], line: 0 },
          { provider: "bitrefill", code: "out_of_stock", message: "Steam USA 50 is out of stock.", action: "Pick another value or try later.", details: ["Steam USA"] },
        ],
      },
    },
  });
  await page.goto("/#/cart");
  await expect(page.locator("[data-cart-item]")).toHaveCount(1);
  await page.locator("#checkout-bitrefill").getByRole("button", { name: "Checkout" }).click();
  const notice = page.locator("#checkout-error-bitrefill");
  await expect(notice).toContainText("Bitrefill did not accept this:");
  await expect(notice.locator("[data-problem]")).toHaveCount(2);
  await expect(notice.locator('[data-problem="insufficient_balance"]')).toContainText("Top up the balance");
  await expect(page).toHaveURL(/#\/cart$/);
  await shot(page, "checkout-refused");
});

test("a refund address the core refuses is shown at that field, and nothing is bought", async ({ page }) => {
  await mockIpc(page, {
    cart: { ok: cart },
    checkout_cart: {
      err: { code: "invalid_input", field: "refund_address", message: "Refund address: expected a Base address starting with 0x and 40 hex digits." },
    },
  });
  await page.goto("/#/cart");
  await page.getByLabel("Pay with").selectOption("usdc_base");
  await page.getByLabel(/Refund address/).fill("not-an-address");
  await page.locator("#checkout-bitrefill").getByRole("button", { name: "Checkout" }).click();
  await expect(page.getByText("Refund address: expected a Base address")).toBeVisible();
  expect((await ipcCalls(page)).filter((c) => c === "checkout_cart")).toHaveLength(1);
  await expect(page).toHaveURL(/#\/cart$/);
});
