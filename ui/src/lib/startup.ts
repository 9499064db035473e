// What the page measures of its own start, in ms since its navigation began. The core logs these beside
// the launch time once the catalog's first results are drawn, so a slow start shows where it went.
import { api } from "./ipc";

const marks: Record<string, number> = { script: performance.now() };
let reported = false;
// The core shows the window on WebKit's load-finished, early in the page's start, but the page learns it is
// visible (and draws its first frame) only when its main thread is free: a late `visible` means the page's own
// work held the first frame back.
if (document.visibilityState === "visible") mark("visible");
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "visible") mark("visible");
});
window.addEventListener("load", () => mark("load"));

/** Notes the first time `name` happens (later ones are a user's actions, not the start). */
export function mark(name: string): void {
  if (!reported && !(name in marks)) marks[name] = performance.now();
}

/** Once, two frames after the first results are in the DOM: the frame that held them has been presented. */
export function reportPainted(): void {
  if (reported) return;
  mark("rendered");
  requestAnimationFrame(() => {
    mark("frame");
    requestAnimationFrame(() => {
      mark("drawn");
      reported = true;
      void api.windowPainted(marks).catch(() => undefined);
    });
  });
}
