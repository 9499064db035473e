// Which screen is showing. Kept in the URL hash so the back key and a reload keep the place.
export const screens = [
  { id: "home", label: "Home" },
  { id: "catalog", label: "Catalog" },
  { id: "topups", label: "Top-ups" },
  { id: "esims", label: "eSIMs" },
  { id: "cart", label: "Cart" },
  { id: "bulk", label: "Bulk orders" },
  { id: "orders", label: "Orders" },
  { id: "codes", label: "Codes" },
  { id: "customers", label: "Customers" },
  { id: "reports", label: "Reports" },
  { id: "settings", label: "Settings" },
] as const;

export type ScreenId = (typeof screens)[number]["id"];

/** `#/orders/<purchase id>`: the screen, then what it shows. */
function fromHash(): { current: ScreenId; detail: string | undefined } {
  const [id, ...rest] = window.location.hash.replace(/^#\/?/, "").split("/");
  const current = screens.find((screen) => screen.id === id)?.id ?? "home";
  return { current, detail: rest.length > 0 ? decodeURIComponent(rest.join("/")) : undefined };
}

export const navigation = $state(fromHash());

window.addEventListener("hashchange", () => {
  Object.assign(navigation, fromHash());
});

export function go(id: ScreenId, detail?: string): void {
  window.location.hash = detail ? `/${id}/${encodeURIComponent(detail)}` : `/${id}`;
}
