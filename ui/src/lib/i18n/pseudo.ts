// The pseudo-locale (`en-XA`): English made longer and accented, so a test in the real window can see any text
// that is clipped or overflows, and any string that never went through the message files (it stays plain).

const ACCENTED: Record<string, string> = {
  a: "å", b: "ƀ", c: "ç", d: "ð", e: "é", f: "ƒ", g: "ĝ", h: "ĥ", i: "î", j: "ĵ", k: "ķ", l: "ļ", m: "ɱ",
  n: "ñ", o: "ö", p: "þ", q: "ǫ", r: "ŕ", s: "š", t: "ţ", u: "û", v: "ṽ", w: "ŵ", x: "ẋ", y: "ý", z: "ž",
  A: "Å", B: "Ɓ", C: "Ç", D: "Ð", E: "É", F: "Ƒ", G: "Ĝ", H: "Ĥ", I: "Î", J: "Ĵ", K: "Ķ", L: "Ļ", M: "Ṁ",
  N: "Ñ", O: "Ö", P: "Þ", Q: "Ǫ", R: "Ŕ", S: "Š", T: "Ţ", U: "Û", V: "Ṽ", W: "Ŵ", X: "Ẋ", Y: "Ý", Z: "Ž",
};

/** Each word about 40% longer, as German and Turkish words often run (so long words must wrap or fit, not
 *  spill), accented, and bracketed so a cut-off end shows; `{{placeholders}}` are left for i18next to fill. */
export function pseudoString(text: string): string {
  const pieces = text.split(/(\{\{[^}]+\}\}|\$t\([^)]+\)|<[^>]+>)/);
  const lengthened = pieces
    .map((piece, index) => (index % 2 === 1 ? piece : piece.replace(/\p{L}+/gu, (word) => longer(word))))
    .join("");
  return `⟦${lengthened}⟧`;
}

function longer(word: string): string {
  const accented = [...word].map((c) => ACCENTED[c] ?? c).join("");
  return accented + "·".repeat(Math.ceil(word.length * 0.4));
}

/** The English messages, every string made pseudo. */
export function pseudoMessages(messages: unknown): unknown {
  if (typeof messages === "string") return pseudoString(messages);
  if (messages && typeof messages === "object") {
    return Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, pseudoMessages(value)]));
  }
  return messages;
}
