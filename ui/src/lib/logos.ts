// Logos come from the core over the `logo:` scheme: disk cache, then the provider's addresses in order,
// then a placeholder with the brand's initials. The window itself loads no remote image.
import { convertFileSrc } from "@tauri-apps/api/core";
import type { Provider } from "./bindings/Provider";

export type LogoPlace = "grid" | "detail" | "full";

/** `logo://localhost/?…` on Linux and macOS, `http://logo.localhost/?…` on Windows. */
export function logoSrc(provider: Provider, id: string, place: LogoPlace): string {
  const query = new URLSearchParams({ provider, id, place });
  return `${convertFileSrc("", "logo")}?${query.toString()}`;
}
