import { expect, test } from "@playwright/test";
import type { EsimPlan } from "../../src/lib/bindings/EsimPlan";
import { mockIpc } from "./mock-ipc";
import { shot } from "./screens";

const plans: EsimPlan[] = [
  { provider: "cryptorefills", plan_id: "e1|10 GB 30 days", product_id: "e1", name: "eSIM", plan: "10 GB 30 days", data_gb: "10", unlimited: false, days: 30, coverage: ["JP"], price: "30", currency: "USD", price_per_gb: "3.00" },
  { provider: "bitrefill", plan_id: "roam-jp|3GB, 30 Days", product_id: "roam-jp", name: "Roam eSIM JP", plan: "3GB, 30 Days", data_gb: "3", unlimited: false, days: 30, coverage: ["JP", "KR"], price: "12.00", currency: "USD", price_per_gb: "4.00" },
  { provider: "bitrefill", plan_id: "roam-jp|Unlimited, 15 Days", product_id: "roam-jp", name: "Roam eSIM JP", plan: "Unlimited, 15 Days", unlimited: true, days: 15, coverage: ["JP"], price: "60.00", currency: "USD" },
];

test("a destination's eSIM plans from both providers, side by side, unlimited said as such", async ({ page }) => {
  await mockIpc(page, { esim_plans: { ok: plans } });
  await page.goto("/#/esims");
  await page.getByLabel("Destination country code").fill("jp");
  await page.getByRole("button", { name: "Compare plans" }).click();
  const rows = page.locator("#esim-plans tbody tr");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText("Cryptorefills");
  await expect(rows.nth(1)).toContainText(/USD\s4\.00/);
  await expect(rows.nth(2)).toContainText("Unlimited");
  await expect(page.locator("#esim-plans caption")).toHaveText("3 plans for JP, by currency, cheapest per GB first");
  await shot(page, "esims-compared");
});
