// The Rust core replaced by canned answers, installed before the page's own scripts run. Each command
// answers `{ ok }` or fails with `{ err }` (an IpcError, as the core sends it); `{ recorded }` answers from
// the core's own answers to the same arguments, recorded by crates/core/tests/core/recorded.rs (so the mock
// never ranks or filters by a rule of its own), and fails on arguments nobody recorded.
import type { Page } from "@playwright/test";
import type { IpcError } from "../../src/lib/bindings/IpcError";
import * as fixtures from "../fixtures";
import searchAnswers from "./recorded/search.json" with { type: "json" };

/** Answers the core gave, by the argument they answered. */
export type Recording = { argument: string; answers: { query: unknown; answer: unknown }[] };
export type Reply = { ok: unknown } | { err: IpcError } | { recorded: Recording };

/** `search_catalog` over the core's large test catalog, ranked and cut by the core. */
export const recordedSearch: Reply = { recorded: { argument: "query", answers: searchAnswers } };
export type Replies = Record<string, Reply>;

/** What every screen asks for on open, answered as on a fresh installation. */
const DEFAULTS: Replies = {
  overview: { ok: fixtures.overview },
  settings: { ok: fixtures.settings },
  credential_statuses: { ok: fixtures.overview.providers },
  catalog_status: { ok: fixtures.neverSynced },
  featured: { ok: [] },
  search_catalog: { ok: [] },
  sync_catalog: { ok: [] },
  cart: { ok: { items: [], totals: [] } },
  purchases: { ok: [] },
  codes: { ok: [] },
  coin_choices: { ok: [] },
  window_painted: { ok: null },
  team_status: { ok: { reachable: true, members: [] } },
};

export async function mockIpc(page: Page, replies: Replies = {}): Promise<void> {
  await page.addInitScript((table: Replies) => {
    type Args = Record<string, unknown>;
    const calls: { command: string; args: Args }[] = [];
    const callbacks = new Map<number, (payload: unknown) => void>();
    const listeners = new Map<string, number[]>();
    let nextId = 1;
    const answer = (command: string, args: Args): unknown => {
      const reply = table[command];
      if (!reply) throw { code: "internal", message: `the mock has no answer for ${command}` };
      if ("err" in reply) throw reply.err;
      if ("ok" in reply) return structuredClone(reply.ok);
      // Keys in one order on both sides, so only the values decide.
      const canonical = (value: unknown): string =>
        JSON.stringify(value, (_, inner: unknown) =>
          inner && typeof inner === "object" && !Array.isArray(inner)
            ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
            : inner,
        );
      const wanted = canonical(args[reply.recorded.argument]);
      const found = reply.recorded.answers.find((entry) => canonical(entry.query) === wanted);
      if (!found) throw { code: "internal", message: `nothing recorded for ${command} ${wanted}` };
      return structuredClone(found.answer);
    };
    const internals = {
      metadata: { currentWindow: { label: "main" }, currentWebview: { windowLabel: "main", label: "main" } },
      transformCallback(callback: (payload: unknown) => void) {
        const id = nextId++;
        callbacks.set(id, callback);
        return id;
      },
      unregisterCallback(id: number) {
        callbacks.delete(id);
      },
      convertFileSrc(path: string) {
        // Logos: the page's own icon stands in for the core's `logo:` scheme.
        return `/giftdesk.svg#${path}`;
      },
      async invoke(command: string, args: Args = {}) {
        calls.push({ command, args });
        if (command === "plugin:event|listen") {
          const event = String(args.event);
          listeners.set(event, [...(listeners.get(event) ?? []), Number(args.handler)]);
          return args.handler;
        }
        if (command === "plugin:event|unlisten") return null;
        return answer(command, args);
      },
    };
    Object.assign(window, {
      __TAURI_INTERNALS__: internals,
      __TAURI_EVENT_PLUGIN_INTERNALS__: { unregisterListener: () => undefined },
      __ipcCalls: calls,
      // The core's state moves on: later calls of `command` get this reply.
      __setReply(command: string, reply: Replies[string]) {
        table[command] = reply;
      },
      // A test plays the core pushing an app event.
      __emit(event: string, payload: unknown) {
        for (const id of listeners.get(event) ?? []) callbacks.get(id)?.({ event, id, payload });
      },
    });
  }, { ...DEFAULTS, ...replies });
}

/** The commands the page sent, in order. */
export async function ipcCalls(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __ipcCalls: { command: string }[] }).__ipcCalls.map((c) => c.command));
}

export async function setReply(page: Page, command: string, reply: Reply): Promise<void> {
  await page.evaluate(([name, body]) => (window as unknown as { __setReply: (c: unknown, r: unknown) => void }).__setReply(name, body), [command, reply] as const);
}

export async function emit(page: Page, event: string, payload: unknown): Promise<void> {
  await page.evaluate(([name, body]) => (window as unknown as { __emit: (e: unknown, p: unknown) => void }).__emit(name, body), [event, payload] as const);
}
