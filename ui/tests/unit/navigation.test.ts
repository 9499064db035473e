import { expect, it } from "vitest";
import { go, navigation } from "../../src/lib/navigation.svelte";

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

it("opens on Home, keeps the screen and what it shows in the hash, and survives odd ids", async () => {
  expect(navigation.current).toBe("home");
  go("orders", "a/b c");
  await settled();
  expect(window.location.hash).toBe("#/orders/a%2Fb%20c");
  expect({ ...navigation }).toEqual({ current: "orders", detail: "a/b c" });
  window.location.hash = "#/nowhere";
  await settled();
  expect(navigation.current).toBe("home");
});
