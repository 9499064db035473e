import { expect, test } from "@playwright/test";
import * as fixtures from "../fixtures";
import { ipcCalls, mockIpc, recordedSearch } from "./mock-ipc";
import { shot } from "./screens";

test("a catalog never synced says how it fills, and offers Refresh now", async ({ page }) => {
  await mockIpc(page);
  await page.goto("/#/catalog");
  await expect(page.locator("#sync-outcome")).toHaveText("The catalog is empty until the first sync.");
  await expect(page.getByRole("list", { name: "Products" })).toContainText("The catalog is empty: it fills on the first sync.");
  await expect(page.locator("#featured-row")).toHaveCount(0);
  await page.getByRole("button", { name: "Refresh now" }).click();
  await expect.poll(() => ipcCalls(page)).toContain("sync_catalog");
  await shot(page, "catalog-empty");
});

test("a long catalog shows a page of results and narrows as the reseller types", async ({ page }) => {
  await mockIpc(page, { search_catalog: recordedSearch });
  await page.goto("/#/catalog");
  const results = page.locator("[data-product]");
  // The window asks for 20 at first, whatever the catalog holds, and for the page of 60 once the reader nears
  // the end of those; the rows drawn keep their places.
  await expect(results).toHaveCount(20);
  // Once drawn, the window reports its start-up to the core, and only once, however much the reseller types.
  await expect.poll(() => ipcCalls(page)).toContain("window_painted");
  // The first rows were asked for before the components were built, and that answer was used: one question.
  const searches = async () => (await ipcCalls(page)).filter((command) => command === "search_catalog");
  expect(await searches()).toHaveLength(1);
  const first = await results.locator(".name").allTextContents();
  await results.last().scrollIntoViewIfNeeded();
  await expect(results).toHaveCount(60);
  expect((await results.locator(".name").allTextContents()).slice(0, 20)).toEqual(first);
  expect(await searches()).toHaveLength(2);
  await page.getByLabel("Search brands").fill("steam DE");
  await expect(results.first()).toContainText("Steam DE");
  const names = await results.locator(".name").allTextContents();
  expect(names.length).toBeGreaterThan(10);
  expect(names.every((name) => name.startsWith("Steam DE"))).toBe(true);
  await results.last().scrollIntoViewIfNeeded();
  await expect(results.last()).toBeInViewport();
  await shot(page, "catalog-long-list");

  await page.getByLabel("Search brands").fill("no such brand");
  await expect(page.getByRole("list", { name: "Products" })).toContainText("Nothing matches “no such brand”.");
  expect((await ipcCalls(page)).filter((command) => command === "window_painted")).toHaveLength(1);
});

test("a failed sync and a failed search are both said plainly", async ({ page }) => {
  await mockIpc(page, {
    catalog_status: { ok: fixtures.failedSync("Bitrefill did not answer within 30 s. Check your connection.") },
    search_catalog: { err: { code: "store", message: "The catalog database could not be read: disk I/O error." } },
  });
  await page.goto("/#/catalog");
  await expect(page.locator("#sync-outcome")).toHaveText(
    "The catalog could not be updated: Bitrefill did not answer within 30 s. Check your connection.",
  );
  await expect(page.getByRole("alert").filter({ hasText: "disk I/O error" })).toBeVisible();
  await shot(page, "catalog-errors");
});
