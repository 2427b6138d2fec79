// Quotation marks of the languages we read, and which closing marks answer which opening ones.
// English “…” ‘…’ "…" '…'; German „…“ ‚…‘ »…«; French, Spanish, Portuguese «…» ‹…›; Polish „…”;
// Swedish and Finnish ”…” »…»; Japanese and Chinese 「…」 『…』.

/** For each mark that can open a quotation, the marks that can close it. */
export const CLOSERS: Readonly<Record<string, string>> = {
  '\u201C': '\u201D\u201C"', // “ → ” (or “ or ", common slips)
  '\u201E': '\u201C\u201D', // „ → “ or ”
  '\u201D': '\u201D', // ” → ” (Swedish)
  '\u2018': '\u2019\u2018', // ‘ → ’
  '\u201A': '\u2018\u2019', // ‚ → ‘ or ’
  '"': '"\u201D',
  "'": "'",
  '\u00AB': '\u00BB', // « → »
  '\u00BB': '\u00AB\u00BB', // » → « (German) or » (Finnish)
  '\u2039': '\u203A', // ‹ → ›
  '\u203A': '\u2039\u203A', // › → ‹
  '\u300C': '\u300D', // 「 → 」
  '\u300E': '\u300F', // 『 → 』
  '\uFF02': '\uFF02', // fullwidth "
};

/** Every character that may be a quotation mark. */
export const QUOTE_CHARS =
  '\u201C\u201D\u201E\u2018\u2019\u201A"\'\u00AB\u00BB\u2039\u203A\u300C\u300D\u300E\u300F\uFF02';

/** Marks that also serve as apostrophes. */
export const APOSTROPHES = "\u2019'\u2018";

/** Marks that only ever open. */
export const OPEN_ONLY = '\u201E\u201A\u300C\u300E';

/** Marks that only ever close (besides the two-way ones). */
export const CLOSE_ONLY = '\u300D\u300F';

/** Marks whose spacing says nothing of their direction: French pads guillemets, Japanese has no spaces. */
export const SPACING_FREE = '\u00AB\u00BB\u2039\u203A\u300C\u300D\u300E\u300F';

/** Single-mark family: a paragraph-spanning quotation continues only with its own family of mark. */
export function family(mark: string): 'double' | 'single' | 'guillemet' | 'cjk' {
  if ("\u2018\u2019\u201A'".includes(mark)) return 'single';
  if ('\u00AB\u00BB\u2039\u203A'.includes(mark)) return 'guillemet';
  if ('\u300C\u300D\u300E\u300F'.includes(mark)) return 'cjk';
  return 'double';
}

export function isQuoteChar(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && QUOTE_CHARS.includes(ch);
}
