// The page's unhandled errors go to the app's log file, where "Copy diagnostics" finds them: a failure in a
// window nobody watched from a terminal still leaves its cause behind.
import { api } from "./ipc";

function report(message: string, stack?: string) {
  // Reporting must never fail the page a second time.
  api.reportUiError(message, stack).catch(() => undefined);
}

window.addEventListener("error", (event) => {
  const error = event.error instanceof Error ? event.error : undefined;
  report(`${event.message} (${event.filename}:${event.lineno}:${event.colno})`, error?.stack);
});

window.addEventListener("unhandledrejection", (event) => {
  const reason: unknown = event.reason;
  report(`unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`, reason instanceof Error ? reason.stack : undefined);
});
