// Normal forms for comparing words: the same quotation printed with other quote marks, case, accents,
// apostrophes or spacing compares equal.

import { APOSTROPHES, isAscii } from './chars';

const MARKS = /\p{M}/gu;
const APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, 'g');

/** Lower case, no diacritics, compatibility forms folded (ﬁ → fi, full-width → ASCII), one apostrophe. */
export function fold(s: string): string {
  if (isAscii(s)) return s.toLowerCase().replace(APOSTROPHE, "'");
  return s.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(APOSTROPHE, "'");
}
