// Character classes shared by the finder, the tokenizer and normalization.
// Everything works on UTF-16 code units (JavaScript string indices), which is what offsets mean everywhere.
// ASCII takes a fast path: the finder calls these for every mark of a page, adversarial ones included.

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /\s/u;

/** The characters that stand inside a word as its apostrophe: it's, it’s, and the letter apostrophe ʼ. */
export const APOSTROPHES = "'\u2019\u02BC";

/** The text with every character that means something in a regular expression escaped. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Is every character of the text ASCII? */
export function isAscii(s: string): boolean {
  return /^\p{ASCII}*$/u.test(s);
}

export function isLetter(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(ch);
}

export function isUpper(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 48 && c <= 57;
  return DIGIT.test(ch);
}

export function isAlnum(ch: string | undefined): boolean {
  return isLetter(ch) || isDigit(ch);
}

export function isSpace(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(ch);
}

/** Whitespace, or the edge of the text (undefined). */
export function isSpaceOrEdge(ch: string | undefined): boolean {
  return !ch || isSpace(ch);
}

export const DASHES = '\u2014\u2013\u2012\u2015\u2E3A\u2E3B';
export const ELLIPSIS = '\u2026';

export function isDash(ch: string | undefined): boolean {
  return !!ch && DASHES.includes(ch);
}

/** Sentence-final punctuation, as it may stand just before a closing quotation mark. */
export function isTerminal(ch: string | undefined): boolean {
  return ch === '.' || ch === '?' || ch === '!' || ch === ELLIPSIS;
}
