// Which screen is showing. Kept in the URL hash so the back key and a reload keep the place.
export const screens = [
  { id: "catalog", label: "Catalog" },
  { id: "cart", label: "Cart" },
  { id: "orders", label: "Orders" },
  { id: "codes", label: "Codes" },
  { id: "settings", label: "Settings" },
] as const;

export type ScreenId = (typeof screens)[number]["id"];

function fromHash(): ScreenId {
  const id = window.location.hash.replace(/^#\/?/, "");
  return screens.find((screen) => screen.id === id)?.id ?? "catalog";
}

export const navigation = $state({ current: fromHash() });

window.addEventListener("hashchange", () => {
  navigation.current = fromHash();
});

export function go(id: ScreenId): void {
  window.location.hash = `/${id}`;
}
