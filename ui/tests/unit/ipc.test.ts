import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import { api, CommandError } from "../../src/lib/ipc";

afterEach(() => clearMocks());

describe("commands", () => {
  it("send their arguments under the names the Rust commands take", async () => {
    const seen: unknown[] = [];
    mockIPC((command, args) => {
      seen.push([command, args]);
      return null;
    });
    await api.handOver(7, "ACME-12", true);
    await api.cryptoPrice("amazon-us", "50", "USDC");
    expect(seen).toEqual([
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
