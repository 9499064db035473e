// How the payment selects read: one value per option ("balance", "auto", a Bitrefill method, COIN:NETWORK),
// turned into the core's PaymentChoice. The methods themselves come from the core (labels.ts).
import type { PaymentChoice } from "./bindings/PaymentChoice";
import type { Provider } from "./bindings/Provider";

export { BITREFILL_METHODS, UNITS_PER_PURCHASE } from "./bindings/labels";

export const DEFAULT_METHOD: Record<Provider, string> = { bitrefill: "balance", cryptorefills: "USDC:Solana" };

export function paymentOf(provider: Provider, method: string): PaymentChoice {
  if (provider === "bitrefill") {
    if (method === "balance") return { kind: "balance" };
    if (method === "auto") return { kind: "auto_pay" };
    return { kind: "bitrefill_crypto", method };
  }
  const [coin, network] = method.split(":");
  return { kind: "coin", coin: coin ?? "", network: network ?? "" };
}

/** A Bitrefill crypto method, which needs a refund address. */
export const isBitrefillCrypto = (method: string) => method !== "balance" && method !== "auto";
