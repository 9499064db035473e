// The message files are whole and the components hold no user-visible English of their own.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "svelte/compiler";
import { describe, expect, it } from "vitest";

const LOCALES = join(__dirname, "../../src/locales");
const SOURCES = join(__dirname, "../../src");
const LANGUAGES = ["en", "es", "fr", "de", "it", "pt", "zh", "tr", "vi", "tl"];
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Messages = Record<string, unknown>;

function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat.set(path, value);
    else for (const [k, v] of flatten(value as Messages, path)) flat.set(k, v);
  }
  return flat;
}

function load(language: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const file of readdirSync(join(LOCALES, "en"))) {
    let text: string;
    try {
      text = readFileSync(join(LOCALES, language, file), "utf8");
    } catch {
      continue;
    }
    for (const [k, v] of flatten(JSON.parse(text) as Messages, file.replace(/\.json$/, ""))) all.set(k, v);
  }
  return all;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
/** A plural key by its stem: `items_one` and `items_other` are one message. */
const stems = (keys: Iterable<string>) => new Set([...keys].map((key) => key.replace(PLURAL, "")));

const english = load("en");

describe.each(LANGUAGES.filter((l) => l !== "en"))("the %s messages", (language) => {
  const messages = load(language);

  it("hold every English message and nothing else", () => {
    const missing = [...stems(english.keys())].filter((stem) => !stems(messages.keys()).has(stem));
    const extra = [...stems(messages.keys())].filter((stem) => !stems(english.keys()).has(stem));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it("fill the same placeholders as English", () => {
    const wrong: string[] = [];
    for (const [key, text] of messages) {
      const source = english.get(key) ?? english.get(key.replace(PLURAL, "_other"));
      if (source !== undefined && placeholders(source).join() !== placeholders(text).join()) wrong.push(`${key}: ${text}`);
    }
    expect(wrong).toEqual([]);
  });

  it("have every plural form the language's rules ask for", () => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const plurals = [...stems([...english.keys()].filter((key) => PLURAL.test(key)))];
    const missing = plurals.flatMap((stem) => categories.filter((c) => !messages.has(`${stem}_${c}`)).map((c) => `${stem}_${c}`));
    expect(missing).toEqual([]);
  });

  it("are translated, not copied (a few words like brand names may match)", () => {
    const same = [...messages].filter(([key, text]) => english.get(key) === text && /[a-z]{4,}\s+[a-z]{4,}/i.test(text));
    expect(same.length, same.map(([k]) => k).join(", ")).toBeLessThan(Math.max(3, english.size * 0.02));
  });
});

// ---- No user-visible literal in a component ----

const VISIBLE_ATTRIBUTES = new Set(["title", "placeholder", "aria-label", "alt", "label", "aria-description", "aria-roledescription"]);
/** Words that are the same in every language: the product's and providers' names, units and symbols. */
const ALLOWED = /^(Giftdesk|Bitrefill|Cryptorefills|eSIM|CSV|PNG|QR|USD|EUR|API|URL|GB|MB|ID|—|–|·|…|×|\+|-|\/|:|,|\.|\(|\)|%|\s|\d|[^\p{L}])*$/u;

/** Text that never reaches the screen, by file: the log's words, an error class's name, a bug's message. */
const DEVELOPER_TEXT: Record<string, string[]> = {
  "lib/errorReport.ts": ["unhandled rejection: "],
  "lib/ipc.ts": ["CommandError"],
  "main.ts": ["the page has no #app element"],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "bindings" || name === "locales" ? [] : files(path);
    // The UI's own modules too (a label table, a status line), read as a component's script; not the
    // generated bindings, nor the pseudo-locale's letter table.
    const own = path.endsWith(".ts") && !path.endsWith(".d.ts") && !path.endsWith("pseudo.ts");
    return path.endsWith(".svelte") || own ? [path] : [];
  });
}

type Node = { type: string; [key: string]: unknown };

/** Text a user would read that is not from `t(...)`: template text, visible attributes, and string literals in
 *  template expressions that read as words (two words, or a capitalised word). */
function literals(source: string): string[] {
  const ast = parse(source, { modern: true }) as unknown as { fragment: Node };
  const found: string[] = [];
  const prose = (text: string) => /\p{L}/u.test(text) && !ALLOWED.test(text.trim());
  const wordy = (text: string) => prose(text) && (/\p{L}\s+\p{L}/u.test(text) || /^\s*\p{Lu}\p{Ll}+/u.test(text));

  function expression(node: unknown): void {
    if (!node || typeof node !== "object") return;
    const n = node as Node;
    if (n.type === "CallExpression") {
      const callee = n.callee as Node;
      const name = callee.type === "Identifier" ? (callee.name as string) : "";
      // The key passed to `t` and the values of `format*` are not prose.
      if (name === "t" || name.startsWith("format")) {
        for (const arg of (n.arguments as Node[]).slice(1)) expression(arg);
        return;
      }
    }
    // A value compared with (`event.key === "Escape"`) is read, not shown.
    if (n.type === "BinaryExpression" && ["===", "!==", "==", "!="].includes(n.operator as string)) {
      for (const side of [n.left, n.right] as Node[]) if (side.type !== "Literal") expression(side);
      return;
    }
    if (n.type === "Literal" && typeof n.value === "string" && wordy(n.value)) found.push(n.value);
    if (n.type === "TemplateElement") {
      const raw = (n.value as { cooked: string }).cooked;
      if (wordy(raw)) found.push(raw);
    }
    for (const [key, value] of Object.entries(n)) {
      if (key === "type" || key === "loc" || key === "start" || key === "end") continue;
      if (Array.isArray(value)) value.forEach((v) => expression(v));
      else if (value && typeof value === "object") expression(value);
    }
  }

  function walk(node: unknown): void {
    if (!node || typeof node !== "object") return;
    const n = node as Node;
    if (n.type === "Text" && prose(n.data as string)) found.push((n.data as string).trim());
    if (n.type === "Attribute") {
      const parts = Array.isArray(n.value) ? (n.value as Node[]) : n.value && typeof n.value === "object" ? [n.value as Node] : [];
      for (const part of parts) {
        if (part.type === "Text" && VISIBLE_ATTRIBUTES.has(n.name as string) && prose(part.data as string)) found.push(`${n.name}="${part.data}"`);
        if (part.type === "ExpressionTag") expression(part.expression);
      }
      return;
    }
    if (n.type === "ExpressionTag" || n.type === "IfBlock" || n.type === "EachBlock" || n.type === "SpreadAttribute") {
      expression(n.expression ?? n.test);
    }
    for (const [key, value] of Object.entries(n)) {
      if (key === "type" || key === "expression" || key === "instance" || key === "module" || key === "css") continue;
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === "object") walk(value);
    }
  }
  walk(ast.fragment);
  // The component's script too: a status line or a confirm() text set there is shown all the same.
  const script = (ast as unknown as { instance?: { content: unknown } }).instance;
  if (script) expression(script.content);
  return found;
}

it("no component or UI module shows a string of its own: every visible word comes from the message files", () => {
  const offenders: string[] = [];
  for (const file of files(SOURCES)) {
    const source = readFileSync(file, "utf8");
    const asComponent = file.endsWith(".ts") ? `<script lang="ts">\n${source}\n</script>` : source;
    const allowed = DEVELOPER_TEXT[relative(SOURCES, file)] ?? [];
    for (const text of literals(asComponent).filter((t) => !allowed.includes(t))) offenders.push(`${relative(SOURCES, file)}: ${JSON.stringify(text)}`);
  }
  expect(offenders).toEqual([]);
});
