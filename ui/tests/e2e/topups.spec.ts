import { expect, test } from "@playwright/test";
import type { OperatorLookup } from "../../src/lib/bindings/OperatorLookup";
import * as fixtures from "../fixtures";
import { ipcCalls, mockIpc } from "./mock-ipc";
import { shot } from "./screens";

const vodafone = { ...fixtures.entry(1), id: "vodafone-de", brand: "Vodafone", name: "Vodafone DE", kind: "top_up" as const, country: "DE", currency: "EUR" };
const found: OperatorLookup = {
  number: "+4915123456789",
  country: "DE",
  operator: vodafone,
  candidates: [],
  cryptorefills: [{ ...vodafone, provider: "cryptorefills", id: "o2-de", brand: "O2", name: "O2 DE" }],
};

test("a number typed finds its operator, and the top-up opens with the number as its recipient", async ({ page }) => {
  await mockIpc(page, { operator_for: { ok: found } });
  await page.goto("/#/topups");
  await page.getByLabel("Mobile number, with its country code").fill("+49 151 23456789");
  await page.getByRole("button", { name: "Find the operator" }).click();
  await expect(page.locator("#topup-found")).toHaveText("+4915123456789 · DE");
  await expect(page.locator("#topup-operator")).toHaveText("Vodafone DE");
  await expect(page.locator("#cart-recipient")).toHaveValue("+4915123456789");
  // Cryptorefills' top-up of the same country, one click away.
  await page.getByRole("radio", { name: /O2 DE/ }).check();
  await expect(page.locator("#cart-recipient")).toHaveValue("+4915123456789");
  expect(await ipcCalls(page)).toContain("operator_for");
  await shot(page, "topups-found");
});

test("a number the core refuses is named at the field", async ({ page }) => {
  await mockIpc(page, {
    operator_for: { err: { code: "invalid_input", field: "phone", message: "+493012345678 is not a mobile number in DE; a top-up goes to a mobile phone" } },
  });
  await page.goto("/#/topups");
  await page.getByLabel("Mobile number, with its country code").fill("+493012345678");
  await page.getByRole("button", { name: "Find the operator" }).click();
  await expect(page.locator("#topup-number-error")).toContainText("not a mobile number in DE");
  await expect(page.getByLabel("Mobile number, with its country code")).toHaveAttribute("aria-invalid", "true");
  await shot(page, "topups-refused");
});
