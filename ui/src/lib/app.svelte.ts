// What the whole window shows about this installation: loaded once, refreshed after changes.
import type { Overview } from "./bindings/Overview";
import { api } from "./ipc";

export const app = $state<{ overview: Overview | undefined; error: string | undefined }>({
  overview: undefined,
  error: undefined,
});

export async function refreshOverview(): Promise<void> {
  try {
    app.overview = await api.overview();
    app.error = undefined;
  } catch (error) {
    app.error = error instanceof Error ? error.message : String(error);
  }
}
