// People's names as comparable parts, and when two forms of a name are one person's: the one test of "same
// speaker" that the index build and the matcher share.

import { foldWords } from './words';

/** Honorifics and suffixes that a name may carry or drop. */
const NAME_NOISE = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'miss',
  'dr',
  'prof',
  'sir',
  'dame',
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
]);

/** A person's name as comparable parts: "Dr. José  Núñez Jr." → ["jose", "nunez"]. */
export function foldName(name: string): string[] {
  return foldWords(name).filter((w) => !NAME_NOISE.has(w));
}

/**
 * Do two forms of a person's name (as foldName's parts) name one person? The same parts, or a shorter form
 * that ends the longer one: a surname alone ("Downing"), or the name without its first names.
 */
export function samePersonName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const offset = longer.length - shorter.length;
  return shorter.every((part, i) => longer[offset + i] === part);
}
