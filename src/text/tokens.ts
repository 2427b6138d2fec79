// A tokenizer for narrative text: words, numbers and punctuation with their offsets, and one token standing
// for each quotation, so that attribution rules read “Q,” said X as [QUOTE] [said] [X].

import { APOSTROPHES, isUpper } from './chars';

export type TokenKind = 'word' | 'num' | 'punct' | 'quote';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** For a quote token: its index in the list of quotations passed to `tokenize`. */
  quote?: number;
}

/** Abbreviations whose period never ends a sentence (titles, initials, name particles). */
const TITLE_ABBREVIATIONS = new Set(
  (
    'Mr Mrs Ms Mx Dr Prof Rev Fr Sr Jr St Sen Rep Gov Lt Gen Col Sgt Capt Maj Adm Cmdr Cpl Pvt Gens Sens Reps ' +
    'Supt Insp Det Atty Hon Pres Sec Amb Rt Msgr Ald Cong Assn Dept Univ Ft Mt vs Messrs Mmes ' +
    'Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec No Nos Vol Ave Blvd Rd Hwy ' +
    'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev ' +
    'Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo'
  ).split(' '),
);

/** Abbreviations whose period may also end a sentence. */
const FINAL_ABBREVIATIONS = new Set('Inc Corp Co Ltd Bros LLC etc al approx'.split(' '));

// French elisions as a word of their own (l’AFP, d’après, qu’il; capitalised only before lower case, so that
// D’Amato stays whole), dotted acronyms (U.S., a.m.), names with an ampersand or a dot (AT&T, Parse.ly),
// words with inner apostrophes or hyphens (FBI’s, Democrat-Gazette), numbers with separators ($4.6, 2,000,
// 2018-11-04), dashes, ellipses, then any other single character.
const TOKEN_RE = new RegExp(
  `(?:[ld]|qu)[${APOSTROPHES}](?=\\p{L})|(?:[LD]|Qu)[${APOSTROPHES}](?=\\p{Ll})|(?:\\p{L}\\.){2,}|` +
    // Names that hold an ampersand or a dot: AT&T, P&G’s, Parse.ly, Amazon.com.
    `\\p{Lu}+&\\p{Lu}+(?:[${APOSTROPHES}]s)?|\\p{L}+\\.\\p{Ll}{2,}(?![\\p{L}.])|` +
    `[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:[${APOSTROPHES}\u2010-][\\p{L}\\p{M}\\p{N}]+)*|` +
    '\\p{N}+(?:[.,:/-]\\p{N}+)*|--+|\\.\\.\\.|\\S',
  'gu',
);

export function isAbbreviation(word: string): boolean {
  return TITLE_ABBREVIATIONS.has(word) || FINAL_ABBREVIATIONS.has(word);
}

/**
 * Tokens of text[from, to), with each quotation (a range given in `quotes`, marks included) as one token.
 * A known abbreviation or an initial takes its period into the word ("Sen.", "J.").
 */
export function tokenize(
  text: string,
  from: number,
  to: number,
  quotes: { open: number; after: number }[] = [],
): Token[] {
  const out: Token[] = [];
  let pos = from;
  let qi = 0;
  while (qi < quotes.length && quotes[qi]!.open < from) qi++;
  while (pos < to) {
    const q = quotes[qi];
    const limit = q && q.open < to ? q.open : to;
    words(text, pos, limit, out);
    if (limit === to) break;
    out.push({ kind: 'quote', start: q!.open, end: q!.after, text: text.slice(q!.open, q!.after), quote: qi });
    pos = q!.after;
    qi++;
  }
  return out;
}

function words(text: string, from: number, to: number, out: Token[]): void {
  if (from >= to) return;
  const chunk = text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(chunk); m; m = TOKEN_RE.exec(chunk)) {
    let t = m[0];
    const start = from + m.index;
    const first = t[0]!;
    const kind: TokenKind = /\p{N}/u.test(first) ? 'num' : /[\p{L}\p{M}]/u.test(first) ? 'word' : 'punct';
    if (t === '--' || t === '---') t = '\u2014';
    if (t === '...') t = '\u2026';
    // "Sen.", "J.", and a party and state: "R-Ky.", "D-Calif.".
    const party = /^[A-Z]-(\p{L}+)$/u.exec(t);
    if (
      kind === 'word' &&
      chunk[TOKEN_RE.lastIndex] === '.' &&
      (isAbbreviation(t) || (t.length === 1 && isUpper(t)) || (party && isAbbreviation(party[1]!)))
    ) {
      t += '.';
      TOKEN_RE.lastIndex++;
    }
    out.push({ kind, start, end: from + TOKEN_RE.lastIndex, text: t });
  }
}

/** May this word's period end a sentence? ("Inc." may, "Sen." and "J." may not.) */
export function periodMayEnd(word: string): boolean {
  if (!word.endsWith('.')) return true;
  const bare = word.slice(0, -1);
  if (TITLE_ABBREVIATIONS.has(bare) || (bare.length === 1 && isUpper(bare))) return false;
  return true;
}
