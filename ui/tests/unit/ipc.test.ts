import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import commands from "../../src/lib/bindings/commands.json";
import { api, CommandError } from "../../src/lib/ipc";

afterEach(() => clearMocks());

describe("commands", () => {
  it("wrap every Rust command once, sending its arguments under the names the command takes", async () => {
    // commands.json is written from the Rust command list and the commands' signatures (tests/commands.rs).
    const seen: [string, string[]][] = [];
    mockIPC((command, args) => {
      seen.push([command, Object.keys(args ?? {}).sort()]);
      return null;
    });
    for (const wrapper of Object.values(api) as ((...args: unknown[]) => Promise<unknown>)[]) {
      await wrapper("a", "b", "c", "d");
    }
    const expected = Object.entries(commands).map(([command, args]) => [command, [...args].sort()]);
    expect(seen.sort()).toEqual(expected.sort());
  });

  it("send each argument's value under its own name, not only the right names", async () => {
    const sent: unknown[] = [];
    mockIPC((command, args) => {
      sent.push([command, args]);
      return null;
    });
    await api.handOver(7, "ACME-12", true);
    await api.cryptoPrice("amazon-us", "50", "USDC");
    expect(sent).toEqual([
      ["hand_over", { id: 7, customerRef: "ACME-12", handed: true }],
      ["crypto_price", { id: "amazon-us", faceValue: "50", coin: "USDC" }],
    ]);
  });

  it("turn the core's error into a CommandError with its stable code, field and problems", async () => {
    mockIPC(() => {
      throw { code: "invalid_input", message: "Recipient: expected an email address.", field: "recipient" };
    });
    const error = await api.cart().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandError);
    expect(error).toMatchObject({ code: "invalid_input", field: "recipient", problems: [], message: "Recipient: expected an email address." });
  });

  it("treat anything else thrown as internal, keeping its words", async () => {
    mockIPC(() => {
      throw "command pay not found";
    });
    const error = await api.pay("p-1").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "internal", message: "command pay not found" });
  });
});
