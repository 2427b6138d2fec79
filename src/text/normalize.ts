// Normal forms for comparing words: the same quotation printed with other quote marks, case, accents,
// apostrophes or spacing compares equal.

const MARKS = /\p{M}/gu;
const APOSTROPHE = /[\u2019\u2018\u02BC\u0060\u00B4']/g;
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case, no diacritics, compatibility forms folded (ﬁ → fi, full-width → ASCII), one apostrophe. */
export function fold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase().replace(APOSTROPHE, "'");
  return s.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(APOSTROPHE, "'");
}

/** The words of a text in folded form, apostrophes dropped inside words ("It’s" → "its"). */
export function foldWords(s: string): string[] {
  return (fold(s).match(WORD) ?? []).map((w) => w.replace(/'/g, ''));
}

const NAME_NOISE = new Set(['mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'sir', 'dame', 'jr', 'sr', 'ii', 'iii', 'iv']);

/** A person's name as comparable parts: "Dr. José  Núñez Jr." → ["jose", "nunez"]. */
export function foldName(name: string): string[] {
  return foldWords(name).filter((w) => !NAME_NOISE.has(w));
}
