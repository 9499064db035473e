// UI tests in headless Chromium against the built UI with the core mocked (tests/e2e/mock-ipc.ts):
// error screens, empty states and long lists, which the real-window tests cannot stage cheaply.
// The browser is the system's Chromium (Debian's `chromium`, named by $CHROMIUM); where the distribution has
// none that runs here (Ubuntu), the one `scripts/dev.sh setup` has Playwright download.
import { defineConfig } from "@playwright/test";

const PORT = 4178;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "../target/ui-test-results",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1200, height: 800 },
    launchOptions: {
      // The distribution's Chromium when there is one (Debian); else Playwright's own download (Ubuntu).
      executablePath: process.env.CHROMIUM || undefined,
      // No background traffic: this machine's network is closed, and a test must not wait on it.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
