// Giftdesk's plain purchase states as the Orders screen words them.
import type { PurchaseState } from "../../lib/bindings/PurchaseState";

const LABELS: Record<PurchaseState, string> = {
  sending: "Sending",
  unknown: "Unknown: the answer was lost",
  not_created: "Not created",
  rejected: "Refused",
  awaiting_payment: "Awaiting payment",
  payment_seen: "Payment seen",
  paid: "Paid",
  delivering: "Delivering",
  delivered: "Delivered",
  partly_delivered: "Partly delivered",
  failed: "Failed",
  expired: "Expired",
  refunded: "Refunded",
};

export function stateLabel(state: PurchaseState): string {
  return LABELS[state];
}

export function isFinal(state: PurchaseState): boolean {
  return ["not_created", "rejected", "delivered", "partly_delivered", "failed", "expired", "refunded"].includes(state);
}

/** "12:04 left" until `iso`, or undefined once passed. */
export function timeLeft(iso: string, now: number): string | undefined {
  const ms = new Date(iso).getTime() - now;
  if (!(ms > 0)) return undefined;
  const minutes = Math.floor(ms / 60000);
  const seconds = Math.floor((ms % 60000) / 1000);
  if (minutes >= 60) return `${Math.floor(minutes / 60)} h ${(minutes % 60).toString().padStart(2, "0")} min left`;
  return `${minutes}:${seconds.toString().padStart(2, "0")} left`;
}
