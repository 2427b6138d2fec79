// A person's name read into its parts (titles, given names and initials, family name, suffix), and when two
// names with the same family name can be one person's. Conservative by design: a wrong merge puts one
// person's words in another's mouth, a missed one only shows a person twice.

import { givenName } from '../attribution/given-names';
import { HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, TITLE_COMPOUND, TITLE_WORDS } from '../attribution/lexicon';
import { foldWords } from './words';

export interface PersonName {
  /** The titles before the name, folded, the nearest last ("us president" → ["us", "president"]). */
  titles: string[];
  /** The gender an honorific gives (Mr, Ms, Sir, Dame), else null. */
  gender: 'm' | 'f' | null;
  /** Given names and initials, folded, in order: "J. David Cox" → ["j", "david"]. */
  given: string[];
  /** The family name as it is compared: its last word, folded ("van Sebille" → "sebille"). */
  surname: string;
  /** Jr., Sr., II…, folded without the period. */
  suffix: string | null;
}

const SUFFIXES = new Set([...NAME_SUFFIXES].map((s) => s.toLowerCase().replace(/\.$/, '')));

/** A word before a name that is a title or a role, not a part of the name. */
function titleLike(token: string, followers: number): boolean {
  const lower = token.toLowerCase();
  if (TITLE_WORDS.has(lower) || TITLE_WORDS.has(`${lower}.`) || lower in HONORIFICS) return true;
  if (TITLE_COMPOUND.test(token)) return true;
  // An owner ("WSJ’s Nick Timiraos", "Australia's Chief Medical Officer …").
  if (/['’]s$/u.test(token)) return true;
  // A compound whose head is a title ("Condor-Sprecherin", "Flixbus-Manager").
  const dash = token.lastIndexOf('-');
  if (dash > 0 && dash < token.length - 1 && titleLike(token.slice(dash + 1), followers)) return true;
  // A lower-case word that is no particle is a role ("executive", "chief"); an acronym before two or more
  // words an organisation or a title ("VP Bill Shine", "ISD spokesman …").
  if (/^\p{Ll}/u.test(token) && !NAME_PARTICLES.has(token)) return true;
  return followers >= 2 && /^\p{Lu}{2,}$/u.test(token);
}

/** Reads a person's name into its parts; null when nothing is left of it once titles are off. */
export function parsePersonName(name: string): PersonName | null {
  const tokens = name.trim().split(/\s+/u).filter(Boolean);
  let suffix: string | null = null;
  while (tokens.length > 1) {
    const last = tokens[tokens.length - 1]!.replace(/[,.]+$/u, '').toLowerCase();
    if (!SUFFIXES.has(last)) break;
    suffix ??= last;
    tokens.pop();
    if (tokens.length) tokens[tokens.length - 1] = tokens[tokens.length - 1]!.replace(/,$/u, '');
  }
  // The name starts after the last title (the family name is never one).
  let start = 0;
  for (let i = 0; i < tokens.length - 1; i++) if (titleLike(tokens[i]!, tokens.length - 1 - i)) start = i + 1;
  const titles = tokens
    .slice(0, start)
    .map((t) => foldWords(t).join('-'))
    .filter(Boolean);
  let gender: PersonName['gender'] = null;
  for (const t of tokens.slice(0, start)) {
    const g = HONORIFICS[t.toLowerCase()];
    if (g) gender = g;
  }
  const core = tokens.slice(start);
  const given: string[] = [];
  for (const [i, token] of core.slice(0, -1).entries()) {
    if (i > 0 && NAME_PARTICLES.has(token.toLowerCase())) continue;
    // Initials run together ("S.B.") are one initial each.
    if (/^(?:\p{L}\.)+$/u.test(token)) given.push(...foldWords(token));
    else {
      const folded = foldWords(token).join('-');
      if (folded) given.push(folded);
    }
  }
  const surname = foldWords(core[core.length - 1] ?? '').join('-');
  if (!surname) return null;
  return { titles, gender, given, surname, suffix };
}

/** The name a person goes by: the first given name that is more than an initial. */
function calledIndex(given: readonly string[]): number {
  return given.findIndex((g) => g.length > 1);
}

/** One given name against another: the same, or an initial of it. */
function sameGivenPart(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/** The gender a name says: its honorific's, else its given name's where the data is sure. */
export function genderOf(name: PersonName): 'm' | 'f' | null {
  if (name.gender) return name.gender;
  const called = name.given[calledIndex(name.given)];
  return called ? (givenName(called) ?? null) : null;
}

/**
 * Can two names of the same family name be one person's? Their suffixes and genders may not differ, and
 * the names they go by must be the same: "J. David Cox Sr." and "David Cox" can, "D. Joshua Taylor" and
 * "David Taylor" cannot; the initials and middle names either gives must fit the other's ("John F. Kennedy",
 * "John Kennedy", not "John K. Kennedy"). A name without a given name fits any (whether it is one of them
 * is for the corpus to say: see src/index/identity.ts).
 */
export function samePerson(a: PersonName, b: PersonName): boolean {
  if (a.surname !== b.surname) return false;
  if (a.suffix && b.suffix && a.suffix !== b.suffix) return false;
  const [ga, gb] = [genderOf(a), genderOf(b)];
  if (ga && gb && ga !== gb) return false;
  if (a.given.length === 0 || b.given.length === 0) return true;
  const [ca, cb] = [calledIndex(a.given), calledIndex(b.given)];
  if (ca < 0 || cb < 0) {
    // Initials only: they open the other's given names.
    const n = Math.min(a.given.length, b.given.length);
    for (let i = 0; i < n; i++) if (a.given[i]![0] !== b.given[i]![0]) return false;
    return true;
  }
  if (a.given[ca] !== b.given[cb]) return false;
  // What stands before the name one goes by (initials), then after it (middle names), where both give one.
  if (ca > 0 && cb > 0 && !sameGivenPart(a.given[0]!, b.given[0]!)) return false;
  const [ma, mb] = [a.given[ca + 1], b.given[cb + 1]];
  return !ma || !mb || sameGivenPart(ma, mb);
}
