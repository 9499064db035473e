import { flushSync, mount, unmount } from "svelte";
import { afterEach, expect, it } from "vitest";
import ErrorNotice from "../../src/lib/ErrorNotice.svelte";
import { CommandError } from "../../src/lib/ipc";

const mounted: ReturnType<typeof mount>[] = [];
afterEach(() => {
  for (const component of mounted.splice(0)) void unmount(component);
  document.body.innerHTML = "";
});

function render(error: unknown): HTMLElement {
  const target = document.createElement("div");
  document.body.append(target);
  mounted.push(mount(ErrorNotice, { target, props: { error } }));
  flushSync();
  return target;
}

it("shows each of the provider's reasons with what to do next", () => {
  const error = new CommandError({
    code: "rejected",
    message: "Cryptorefills refused the order.",
    problems: [
      { provider: "cryptorefills", code: "KYC_PENDING", message: "Your account is waiting for verification.", action: "Finish verification on Cryptorefills.", details: [] },
      { provider: "cryptorefills", code: "PAYMENT_VIA_NOT_ALLOWED", message: "This coin cannot pay for this brand.", action: "Pick another coin.", details: ["USDC on Solana", "USDT on Tron"] },
    ],
  });
  const notice = render(error);
  expect(notice.querySelector("[role=alert]")?.textContent).toContain("Cryptorefills did not accept this:");
  const items = [...notice.querySelectorAll("[data-problem]")];
  expect(items.map((li) => li.getAttribute("data-problem"))).toEqual(["KYC_PENDING", "PAYMENT_VIA_NOT_ALLOWED"]);
  expect(items[1]?.querySelectorAll(".details li")).toHaveLength(2);
  expect(items[0]?.querySelector(".action")?.textContent).toBe("Finish verification on Cryptorefills.");
});

it("shows a plain message when there is no list of reasons", () => {
  const notice = render(new CommandError({ code: "network", message: "Bitrefill could not be reached. Check your connection." }));
  expect(notice.textContent?.trim()).toBe("Bitrefill could not be reached. Check your connection.");
});
