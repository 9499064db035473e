// Tracking in the core pushes every purchase change as the `purchase-changed` app event.
import { listen } from "@tauri-apps/api/event";
import { onDestroy, onMount } from "svelte";
import type { TrackEvent } from "./bindings/TrackEvent";

/** Calls `handler` for each change while the component lives; call it while the component is set up. */
export function onPurchaseChanged(handler: (event: TrackEvent) => void): void {
  let stop: (() => void) | undefined;
  let destroyed = false;
  onMount(() => {
    void listen<TrackEvent>("purchase-changed", (event) => handler(event.payload)).then((unlisten) => {
      if (destroyed) unlisten();
      else stop = unlisten;
    });
  });
  onDestroy(() => {
    destroyed = true;
    stop?.();
  });
}
