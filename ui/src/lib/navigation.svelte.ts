// Which screen is showing. Kept in the URL hash so the back key and a reload keep the place. Each screen's
// name is a message key (app.json), shown through `t`.
export const screens = [
  { id: "home", labelKey: "app.nav.home" },
  { id: "catalog", labelKey: "app.nav.catalog" },
  { id: "topups", labelKey: "app.nav.topups" },
  { id: "esims", labelKey: "app.nav.esims" },
  { id: "cart", labelKey: "app.nav.cart" },
  { id: "bulk", labelKey: "app.nav.bulk" },
  { id: "orders", labelKey: "app.nav.orders" },
  { id: "codes", labelKey: "app.nav.codes" },
  { id: "customers", labelKey: "app.nav.customers" },
  { id: "reports", labelKey: "app.nav.reports" },
  { id: "settings", labelKey: "app.nav.settings" },
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
