import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// The web view loads the built files from disk; there is no dev server in the loop.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  build: {
    target: "safari16",
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
  },
});
