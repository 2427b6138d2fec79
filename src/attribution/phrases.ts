// Noun phrases that name a speaker, read off a paragraph's tokens next to a verb of saying: a name with
// the title before it and what follows it ("acting Deputy Assistant Attorney General Richard Downing",
// "James Pethokoukis of the American Enterprise Institute", "Harry Bond, 30, of Raleigh, N.C."), a pronoun,
// or a description ("a White House spokesman", "the billionaire business mogul").

import { isDash, isUpper } from '../text/chars';
import type { Token } from '../text/tokens';
import { givenName } from './given-names';
import {
  COMPLEMENT,
  DETERMINERS,
  FOREIGN_COMPLEMENT,
  FOREIGN_DETERMINERS,
  FOREIGN_PRONOUNS,
  GENDERED_NOUNS,
  HONORIFICS,
  MODIFIER_TITLES,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NON_NAME_CAPITALS,
  NOT_NP,
  neverNominal,
  nounFor,
  ORG_WORDS,
  onlyPlural,
  PLACE_NAMES,
  PLACE_WORDS,
  PREPOSITIONS,
  PRONOUNS,
  personSense,
  SPEAKER_NOUNS,
  TIME_WORDS,
  TITLE_COMPOUND,
  TITLE_WORDS,
  VERB_MODIFIERS,
  verbForm,
  WEAK_VERBS,
} from './lexicon';

export type PhraseKind = 'person' | 'organization' | 'pronoun' | 'description';

export interface Phrase {
  kind: PhraseKind;
  /** Token index range [from, to) of the whole phrase, appositives included. */
  from: number;
  to: number;
  /** The name as written, without title or honorific ("Richard Downing", "Downing"); for a pronoun or a description, its words. */
  name: string;
  role: string | null;
  /** m, f; p for a group; n for a thing or a body ("it"). */
  gender: 'm' | 'f' | 'p' | 'n' | null;
}

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');
const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';
const isCap = (t: Token | undefined) => isWord(t) && isUpper(t.text[0]);
const isTitle = (t: Token | undefined) =>
  isWord(t) && (TITLE_WORDS.has(t.text.toLowerCase()) || TITLE_COMPOUND.test(t.text));
const isInitial = (t: Token | undefined) => isWord(t) && /^\p{Lu}\.$/u.test(t.text);
const isRoleNoun = (t: Token | undefined) =>
  isWord(t) && !isCap(t) && (TITLE_WORDS.has(t.text) || SPEAKER_NOUNS.has(t.text));
/** A noun for a person, also after "co-", "ex-" or "vice-": "study co-author Boris Kingma" (not "modern-day"). */
const isPersonNoun = (t: Token | undefined) =>
  isWord(t) && !isCap(t) && nounFor(t.text.replace(/^(?:co|ex|vice)-/, '')) === 'person';

/**
 * A pronoun at token i: an English one in any case; another language's in lower case, or capitalised before a
 * word in lower case ("Ella dijo", not "Ella Fitzgerald").
 */
export function pronounAt(tokens: Token[], i: number): 'm' | 'f' | 'p' | 'n' | 'self' | undefined {
  const t = tokens[i];
  if (!isWord(t)) return undefined;
  const w = lower(t);
  const english = PRONOUNS[w];
  if (english) return english;
  const foreign = FOREIGN_PRONOUNS[w];
  if (!foreign || (isCap(t) && !(isWord(tokens[i + 1]) && !isCap(tokens[i + 1])))) return undefined;
  return foreign;
}

/**
 * An article or determiner at token i: English ones in any case; another language's in lower case, or
 * capitalised before a word in lower case ("Le président", not "Le Monde"), and not a particle inside a name
 * ("Ursula von der Leyen").
 */
function isDeterminer(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!isWord(t)) return false;
  const w = lower(t);
  if (DETERMINERS.has(w)) return true;
  if (!FOREIGN_DETERMINERS.has(w)) return false;
  const next = tokens[i + 1];
  if (isCap(t)) return isWord(next) && !isCap(next);
  const prev = tokens[i - 1];
  return !(NAME_PARTICLES.has(w) && isCap(next) && (isCap(prev) || (isWord(prev) && NAME_PARTICLES.has(prev.text))));
}

const CONTRACTION = /^(?:it|there|that|here|what|who|he|she|where|how|let)['’]s$/;
/** A pronoun and its verb in one word: "He’d", "She’ll", "They’re", "I’m". */
const CONTRACTED_PRONOUN = /^(?:i|you|he|she|it|we|they)['’](?:d|ll|s|re|ve|m)$/;

/** Can this token stand inside a noun phrase? */
function npWord(t: Token | undefined): boolean {
  if (!isWord(t)) return false;
  const w = t.text.toLowerCase();
  // "It’s", "There’s", "That’s": a pronoun and its verb, not a name.
  if (CONTRACTION.test(w)) return false;
  if (isCap(t)) return !NON_NAME_CAPITALS.has(t.text) || DETERMINERS.has(w);
  // A verb of saying ends a phrase, but not its bare form, which is as often a noun ("a state", "the report").
  if (
    NOT_NP.has(w) ||
    PRONOUNS[w] ||
    (FOREIGN_PRONOUNS[w] && !isCap(t)) ||
    VERB_MODIFIERS.has(w) ||
    (verbForm(w) ?? 'base') !== 'base'
  )
    return false;
  if (TITLE_WORDS.has(w) || SPEAKER_NOUNS.has(w) || NAME_PARTICLES.has(w) || DETERMINERS.has(w)) return true;
  // Most verbs and adverbs end like this; nouns and adjectives seldom do.
  return !/(?:ed|ing|ly)$/.test(w) || w.length <= 4;
}

/** A nickname in quotation marks between the parts of a name: Marcia “Cia” Price, Dwayne “The Rock” Johnson. */
function isNickname(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return (
    t?.kind === 'quote' &&
    isCap(tokens[k - 1]) &&
    isCap(tokens[k + 1]) &&
    /^[^\p{L}]*\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}[^\p{L}]*$/u.test(t.text)
  );
}

/** Source text of tokens [from, to), spacing as written. */
export function joinTokens(tokens: Token[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (i > from && t.start > tokens[i - 1]!.end) out += ' ';
    out += t.text;
  }
  return out;
}

function withoutArticle(s: string): string {
  // English articles, and the definite ones of German, French, Spanish and Portuguese ("la portavoz").
  return s
    .replace(/^(?:a|an|the|der|die|das|le|la|les|el|los|las|o|os)\s+|^l['’]/i, '')
    .replace(/^(?:of|at|from|with)\s+(?:the\s+)?/i, '');
}

interface Np {
  from: number;
  /** Where the head ends and a complement ("of the American Enterprise Institute") begins. */
  head: number;
  to: number;
}

/** "9/11 widow Terry Strada", "2016 nominee Ann Park": a number opening a role before a name. */
const numberedRole = (tokens: Token[], i: number) =>
  tokens[i]?.kind === 'num' &&
  isWord(tokens[i + 1]) &&
  !isCap(tokens[i + 1]) &&
  npWord(tokens[i + 1]) &&
  (isCap(tokens[i + 2]) || isCap(tokens[i + 3]));

/** A numeral in words, which may stand for people or things: "said one", "the mother of three". */
const COUNT_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten)$/;

/** The noun phrase that starts at `first`: determiner, words, and a complement. */
function npForward(tokens: Token[], first: number, ceiling: number): Np | null {
  let j = first;
  if (
    isDeterminer(tokens, j) ||
    lower(tokens[j]) === 'his' ||
    lower(tokens[j]) === 'her' ||
    lower(tokens[j]) === 'their'
  )
    j++;
  // "retired neurosurgeon Ben Carson", "embattled Gov. …": a participle as an adjective before a role or a name.
  // After an article any noun may follow it: "the gambling tycoon".
  while (
    j < ceiling &&
    isWord(tokens[j]) &&
    !isCap(tokens[j]) &&
    /(?:ed|ing)$/.test(lower(tokens[j])) &&
    !verbForm(lower(tokens[j])) &&
    (isRoleNoun(tokens[j + 1]) || isCap(tokens[j + 1]) || (j > first && isWord(tokens[j + 1]) && npWord(tokens[j + 1])))
  )
    j++;
  // "the 46-year-old", "a 30-year-old nurse": a number hyphened to the word after it; "a 2013 article".
  if (tokens[j]?.kind === 'num' && tokens[j + 1]?.text === '-' && isWord(tokens[j + 2])) j += 2;
  else if (tokens[j]?.kind === 'num' && (j > first ? npWord(tokens[j + 1]) : numberedRole(tokens, j))) j++;
  const words = j;
  // "read one", "said another": a numeral or a determiner standing for a person or a thing.
  if (j > first && !npWord(tokens[j]))
    return COUNT_WORD.test(lower(tokens[first])) ||
      /^(another|both|each|some|many|several|others?)$/i.test(tokens[first]!.text)
      ? { from: first, head: j, to: j }
      : null;
  let nouned = false;
  // "P&G", "AT&T": an ampersand between capitals stays in the name.
  const ampersand = (k: number) =>
    (tokens[k]?.text === '&' && isCap(tokens[k - 1]) && isCap(tokens[k + 1])) || joinsBodyName(tokens, k);
  while (
    j < ceiling &&
    (npWord(tokens[j]) || ampersand(j) || pluralPossessive(tokens, j) || isNickname(tokens, j)) &&
    !isDeterminer(tokens, j) &&
    j - first < 12
  ) {
    // After a role noun ("the senator", "a spokesman"), a lower-case word is the verb, unless a role noun
    // comes in the next two words ("the billionaire business mogul").
    const particle = NAME_PARTICLES.has(tokens[j]!.text) && isCap(tokens[j + 1]);
    // "la maire de Paris", "la portavoz del Gobierno": after a lower-case word a particle opens a complement.
    if (particle && FOREIGN_COMPLEMENT.has(tokens[j]!.text) && j > first && !isCap(tokens[j - 1])) break;
    if (
      nouned &&
      !particle &&
      !isCap(tokens[j]) &&
      !isRoleNoun(tokens[j]) &&
      !isPersonNoun(tokens[j]) &&
      !isRoleNoun(tokens[j + 1]) &&
      !isRoleNoun(tokens[j + 2])
    )
      break;
    if (
      !isCap(tokens[j]) &&
      (isTitle(tokens[j]) || SPEAKER_NOUNS.has(lower(tokens[j]))) &&
      !MODIFIER_TITLES.has(lower(tokens[j]))
    )
      nouned = true;
    // After a name, lower-case words go on only into a title before another name ("Trump campaign
    // spokeswoman Hope Hicks"), not into the rest of the sentence ("Mark Owens met …"); after an article
    // they are the description itself ("the Florida senator").
    // After a possessive name the words are what it owns ("Ms. Merkel's spokesman").
    if (
      words === first &&
      j > words &&
      isCap(tokens[j - 1]) &&
      !isCap(tokens[j]) &&
      !isNickname(tokens, j) &&
      !NAME_PARTICLES.has(tokens[j]!.text) &&
      !POSSESSIVE.test(tokens[j - 1]!.text) &&
      !leadsToTitle(tokens, j, ceiling) &&
      // One capitalised word before a plural noun is its modifier: "Separate teams", "Trump supporters".
      !(j === first + 1 && pluralNoun(lower(tokens[j])))
    )
      break;
    if (
      j === first + 1 &&
      isCap(tokens[first]) &&
      !isCap(tokens[j]) &&
      !isCap(tokens[j + 1]) &&
      pluralNoun(lower(tokens[j]))
    )
      nouned = true;
    j++;
  }
  // "Donald Trump And Marco Rubio Miss The Mark": an honorific opens a name, it never ends one.
  while (j - 1 > words && lower(tokens[j - 1]) in HONORIFICS) j--;
  if (j === words) return null;
  const head = j;
  // A party and state after a name: "Sen. Ted Cruz (R-Texas)".
  if (tokens[j]?.text === '(') {
    const close = tokens.findIndex((t, k) => k > j && k <= j + 6 && t.text === ')');
    if (close > 0) j = close + 1;
  }
  if ((COMPLEMENT.has(lower(tokens[j])) || FOREIGN_COMPLEMENT.has(tokens[j]?.text ?? '')) && j + 1 < ceiling) {
    const complement = npForward(tokens, j + 1, ceiling);
    if (complement && complement.head === complement.to) j = complement.to;
  }
  return { from: first, head, to: j };
}

const POSSESSIVE = /['’]s$/;

/** A plural noun: only ever one ("critics"), or the plural of a noun for people or a body ("teams", "aides"). */
const pluralNoun = (w: string) =>
  onlyPlural(w) || (/[^s]s$/.test(w) && (nounFor(w.slice(0, -1)) !== null || personSense(w.slice(0, -1))));

/** Do lower-case words from `at` lead, within three, to a title or role noun before a name? */
function leadsToTitle(tokens: Token[], at: number, ceiling: number): boolean {
  for (let k = at; k < Math.min(ceiling, at + 3); k++) {
    const t = tokens[k];
    if (!npWord(t) || isCap(t) || DETERMINERS.has(lower(t))) return false;
    if ((TITLE_WORDS.has(lower(t)) || SPEAKER_NOUNS.has(lower(t)) || isPersonNoun(t)) && isCap(tokens[k + 1]))
      return true;
  }
  return false;
}

/** An apostrophe at k that makes the plural before it a possessive: "Moody’s Analytics’ forecast", "the Joneses’ lawyer". */
function pluralPossessive(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  return (
    (t?.text === '’' || t?.text === "'") &&
    isWord(before) &&
    /s$/.test(before.text) &&
    before.end === t.start &&
    isWord(tokens[k + 1]) &&
    tokens[k + 1]!.start > t.end
  );
}

/**
 * Is the "and" at `k` inside a body's name, between capitals that go on to a body's word: "the National Oceanic
 * and Atmospheric Administration", "the University and College Union", "Air and Space magazine" (not "Obama and
 * Clinton")?
 */
function joinsBodyName(tokens: Token[], k: number): boolean {
  if (lower(tokens[k]) !== 'and' || !isCap(tokens[k - 1]) || !isCap(tokens[k + 1])) return false;
  let e = k + 1;
  while (isCap(tokens[e + 1])) e++;
  // The body's word may follow in lower case: "Air and Space magazine".
  return ORG_WORDS.has(lower(tokens[e])) || (isWord(tokens[e + 1]) && ORG_WORDS.has(tokens[e + 1]!.text));
}

/** Does the word at i stand right after a preposition, as its object ("for Ted Cruz", "said to New Scientist")? */
export const afterPreposition = (tokens: Token[], i: number) =>
  PREPOSITIONS.has(lower(tokens[i - 1])) || lower(tokens[i - 1]) === 'to';

/**
 * Does a person's full name end at token k: two to four capitalised words, the first a given name, none a
 * body's word ("Dan McLaughlin", not "Bank" of "the Bank of England"), the name not a preposition's object?
 */
function personNameEndsAt(tokens: Token[], k: number, floor: number): boolean {
  let from = k;
  while (from - 1 >= floor && k - from < 3 && isCap(tokens[from - 1]) && npWord(tokens[from - 1])) from--;
  const run = tokens.slice(from, k + 1);
  // A name after a preposition is the object of a setting: "a rally for Ted Cruz at the State Fair Grounds".
  if (afterPreposition(tokens, from)) return false;
  // The run may open with a title or a word the sentence begins with: the name is its last words.
  for (let g = from; g < k; g++)
    if (givenName(tokens[g]!.text) !== undefined)
      return run.every((t) => isCap(t) && !ORG_WORDS.has(lower(t)) && !PLACE_WORDS.has(lower(t)));
  return false;
}

/**
 * The words [from, nameFrom) before a name: do they end in a noun for a person and a complement whose object is
 * the name with only titles before it ("spokesman for Senator", "lawyer for former anchor"), someone who works
 * for the one named? The noun's index, or -1; not a title with its own complement ("Secretary of State").
 */
function servingNoun(tokens: Token[], from: number, nameFrom: number): number {
  // The titles of a person ("former anchor", "Senator"), not of an office's body ("chief of staff", "secretary of
  // state"): one of them more than a modifier.
  const personal = (t: Token) =>
    (personSense(lower(t)) || MODIFIER_TITLES.has(lower(t)) || (isCap(t) && isTitle(t))) &&
    nounFor(lower(t)) !== 'group' &&
    !PLACE_WORDS.has(lower(t));
  let k = nameFrom - 1;
  while (k > from && !COMPLEMENT.has(lower(tokens[k])) && personal(tokens[k]!)) k--;
  const titles = tokens.slice(k + 1, nameFrom);
  if (k <= from || !COMPLEMENT.has(lower(tokens[k])) || titles.every((t) => MODIFIER_TITLES.has(lower(t)))) return -1;
  const noun = tokens[k - 1];
  return isWord(noun) && !isCap(noun) && personSense(lower(noun)) ? k - 1 : -1;
}

/** The noun phrase that ends just before `end`, looking no further back than `floor`. */
function npBackward(tokens: Token[], end: number, floor: number): Np | null {
  let j = end - 1;
  let head = end;
  while (j >= floor && end - j <= 14) {
    const t = tokens[j];
    if (isDeterminer(tokens, j)) {
      // "that Trump would denounce": before a name, "that" opens a clause.
      if (/^(that|this)$/.test(lower(t)) && isCap(tokens[j + 1])) break;
      // "critics of the plan", "a spokesman for the agency", "agents on the team": the article opens a
      // complement of the noun before it.
      const p = lower(tokens[j - 1]);
      const noun = tokens[j - 2];
      // The noun is in lower case, or a role noun opening the sentence ("Agents on the team say …").
      const roleNoun =
        isWord(noun) &&
        (TITLE_WORDS.has(lower(noun)) || SPEAKER_NOUNS.has(lower(noun))) &&
        (!isCap(noun) || j - 2 === floor);
      const joins = COMPLEMENT.has(p) || ((p === 'on' || p === 'to') && roleNoun);
      // "Dan McLaughlin at the National Review said": a person's name before the body they work for.
      const person = COMPLEMENT.has(p) && personNameEndsAt(tokens, j - 2, floor);
      // "the mother of three": a numeral that stands for people ends the complement.
      if (
        (head === end || person) &&
        (j + 1 < end || COUNT_WORD.test(lower(t))) &&
        joins &&
        j - 2 >= floor &&
        npWord(noun) &&
        (!isCap(noun) || roleNoun || person) &&
        !isDeterminer(tokens, j - 2)
      ) {
        head = j - 1;
        j -= 2;
        continue;
      }
      j--;
      break;
    }
    if (npWord(t) || joinsBodyName(tokens, j) || isNickname(tokens, j)) j--;
    // "the 34-year-old": a number hyphened to the word after it.
    else if (t?.text === '-' && tokens[j - 1]?.kind === 'num' && isWord(tokens[j + 1])) j -= 2;
    // "officials in Washington" is not a complement; "a spokesman for the agency" is.
    else if (COMPLEMENT.has(lower(t)) && j - 1 >= floor && npWord(tokens[j - 1]) && j + 1 < end) {
      head = j;
      j--;
    } else break;
  }
  const from = j + 1;
  if (from >= end || (head !== end && head <= from)) return null;
  return { from, head, to: end };
}

/** Splits the words of a phrase's head into the title before the name and the name, or reads a description. */
function interpret(tokens: Token[], np: Np, sentenceStart: number): Phrase | null {
  let from = np.from;
  const article = isDeterminer(tokens, from) || ['his', 'her', 'their'].includes(lower(tokens[from]));
  if (article) from++;
  // "American Federation of Government Employees President J. David Cox Sr.": a body's title before a name,
  // the body in its complement; the person is the name after the title, the rest their role.
  const titledEnd = np.to;
  const personAt = personStart(tokens, from, titledEnd);
  // "A spokesman for Senator Ann Hale", "a lawyer for former anchor Laurie Dhue": the name is of the one the
  // speaker works for; the phrase describes the speaker.
  const server = personAt > from ? servingNoun(tokens, from, personAt) : -1;
  if (server >= 0) {
    const name = joinTokens(tokens, np.from, np.to);
    return {
      kind: 'description',
      from: np.from,
      to: np.to,
      name,
      role: null,
      gender: GENDERED_NOUNS[lower(tokens[server])] ?? null,
    };
  }
  // Not a name before the body it works for: "Dan McLaughlin at the National Review".
  const namedHead = np.head < np.to && personNameEndsAt(tokens, np.head - 1, from);
  if (
    !namedHead &&
    personAt > from &&
    isTitle(tokens[personAt - 1]) &&
    tokens.slice(personAt, titledEnd).every(nameWord) &&
    !bodyMark(joinTokens(tokens, from, personAt), tokens[personAt]!)
  ) {
    const nameTokens = tokens.slice(personAt, titledEnd);
    return {
      kind: 'person',
      from: np.from,
      to: np.to,
      name: nameTokens.map((t) => t.text).join(' '),
      role: withoutArticle(joinTokens(tokens, from, personAt)),
      gender: givenName(nameTokens[0]!.text) ?? null,
    };
  }
  // A sentence that opens with a verb or an adverb ("Ask Damien Chazelle …", "Would Jane Roe …", "Here …"):
  // the capital is the sentence's, not a name's.
  while (from < np.head - 1 && opensSentence(tokens, from) && sentenceWord(tokens[from]!)) from++;
  // A title with its own complement before the name: "Secretary of State Emily Carver".
  const titled =
    !article &&
    np.head < np.to &&
    tokens.slice(from, np.head).every((t) => isCap(t) && isTitle(t)) &&
    isCap(tokens[np.to - 1]);
  const headEnd = titled ? np.to : np.head;
  let complementFrom = headEnd;
  if (tokens[complementFrom]?.text === '(')
    while (complementFrom < np.to && tokens[complementFrom - 1]?.text !== ')') complementFrom++;
  const complement = complementFrom < np.to ? joinTokens(tokens, complementFrom, np.to) : null;

  // A name ends the head: take it, and the words before it as its title or role.
  let nameFrom = headEnd;
  // A capitalised title word standing alone is a surname: "Dean, a former party chairman, said" (not
  // "Officials said", a plural, nor a speaker noun).
  const alone =
    !article &&
    headEnd - from === 1 &&
    isCap(tokens[from]) &&
    isTitle(tokens[from]) &&
    !/s$/.test(lower(tokens[from])) &&
    !SPEAKER_NOUNS.has(lower(tokens[from]));
  while (nameFrom - 1 >= from) {
    const t = tokens[nameFrom - 1]!;
    // A title word after a name is a surname: "Bruno Le Maire", "John Major".
    const surname =
      alone ||
      (nameFrom === headEnd &&
        isCap(t) &&
        isCap(tokens[nameFrom - 2]) &&
        !isTitle(tokens[nameFrom - 2]) &&
        nameFrom - 2 >= from);
    const nameLike =
      (isCap(t) && (!isTitle(t) || surname)) ||
      isNickname(tokens, nameFrom - 1) ||
      isInitial(t) ||
      NAME_SUFFIXES.has(t.text) ||
      (NAME_PARTICLES.has(t.text) && nameFrom < headEnd);
    if (!nameLike) break;
    nameFrom--;
  }
  // A name does not open with a particle in lower case ("de Paris" is no one's name).
  while (nameFrom < headEnd && NAME_PARTICLES.has(tokens[nameFrom]!.text)) nameFrom++;
  // After an article, a name ends the phrase only if it is a person's, with a title or role before it
  // ("the Post's senior politics editor Steven Ginsberg"), not a body's ("the Washington Post").
  const titledName =
    article &&
    headEnd - nameFrom >= 2 &&
    nameFrom > from &&
    (givenName(tokens[nameFrom]!.text) !== undefined || isTitle(tokens[nameFrom - 1]));
  // "In a Bloomberg interview Trump declared", "a letter Clinton wrote": after a common noun (no title), the
  // name is someone of its own; the words before it are the setting, not a role.
  const before = tokens[nameFrom - 1];
  const afterNoun =
    article &&
    !titledName &&
    nameFrom > from &&
    isWord(before) &&
    !isCap(before) &&
    !isTitle(before) &&
    // A speaker noun before a name is its role ("spokesman Tom Hale"), unless it is a text's and the name a
    // person's ("his letter Mrs Thatcher said").
    (!SPEAKER_NOUNS.has(lower(before)) ||
      (nameFrom < headEnd && nounFor(lower(before)) !== 'person' && opensPersonName(tokens[nameFrom]!))) &&
    !NAME_PARTICLES.has(before.text) &&
    tokens
      .slice(nameFrom, headEnd)
      .every((t) => !TIME_WORDS.has(lower(t)) && !PLACE_WORDS.has(lower(t)) && !ORG_WORDS.has(lower(t)));
  if (afterNoun) from = nameFrom;
  if (nameFrom < headEnd && (!article || titledName || afterNoun)) {
    const honorific = nameFrom > from ? lower(tokens[nameFrom - 1]) : '';
    const honorificGender = honorific in HONORIFICS ? HONORIFICS[honorific]! : undefined;
    // "NBC’s Dante Chinni", "Breitbart’s Joel Pollak": a person after an outlet's possessive, the outlet the role.
    let at = headEnd - 3;
    while (at >= nameFrom && !POSSESSIVE.test(tokens[at]!.text)) at--;
    if (at >= nameFrom) {
      const person = tokens.slice(at + 1, headEnd);
      if (
        person.every(isCap) &&
        !person.some((t) => ORG_WORDS.has(lower(t)) || PLACE_WORDS.has(lower(t))) &&
        !PLACE_NAMES.has(person.map(lower).join(' '))
      ) {
        const outlet = joinTokens(tokens, nameFrom, at + 1).replace(/['’]s?$/, '');
        return {
          kind: 'person',
          from: np.from,
          to: np.to,
          name: person.map((t) => t.text).join(' '),
          role: outlet,
          gender: givenName(person[0]!.text) ?? null,
        };
      }
    }
    // "Ravens GM Ozzie Newsome", "Government Employees President J. David Cox Sr.": the person's name opens at a
    // given name, an initial or after a title; the capitals before it are their role.
    nameFrom = personStart(tokens, nameFrom, headEnd);
    // The name as a card shows it, without its nickname.
    const nameTokens = tokens.slice(nameFrom, headEnd).filter((t) => t.kind !== 'quote');
    const name = nameTokens.map((t) => t.text).join(' ');
    const roleEnd = honorificGender !== undefined ? nameFrom - 1 : nameFrom;
    // A capitalised German article reads as a noun's first word: "Die Ministerin Annalena Baerbock".
    const role = roleEnd > from ? withoutArticle(joinTokens(tokens, from, roleEnd)) : null;
    const given = nameTokens.length > 1 ? givenName(nameTokens[0]!.text) : undefined;
    const words = nameTokens.map((t) => t.text.toLowerCase());
    const possessive = words.some((w) => /['’]s$/.test(w));
    const placeLike =
      role === null &&
      honorificGender === undefined &&
      ((words.length > 1 && PLACE_WORDS.has(words[words.length - 1]!) && given === undefined) ||
        PLACE_NAMES.has(words.join(' ')));
    const marked = role !== null && honorificGender === undefined && bodyMark(role, nameTokens[0]!);
    if (possessive || placeLike || marked || words.some((w) => ORG_WORDS.has(w))) {
      return {
        kind: 'organization',
        from: np.from,
        to: np.to,
        name: marked ? `${role} ${name}` : joinTokens(tokens, from, np.to),
        role: null,
        gender: 'p',
      };
    }
    if (nameTokens.length === 1 && role === null) {
      // A lone capitalised word that is never a noun ("All", "He’d") is no one, where the capital is the
      // sentence's ("Downing said", after a quotation, is a name).
      if (CONTRACTED_PRONOUN.test(words[0]!) || (opensSentence(tokens, nameFrom) && neverNominal(words[0]!)))
        return null;
      // One that opens a sentence is more often a common noun ("Officials said") than a name.
      if (nameFrom === sentenceStart && SPEAKER_NOUNS.has(words[0]!))
        return { kind: 'description', from: np.from, to: np.to, name, role: null, gender: 'p' };
    }
    const fullRole = [role, complement && withoutArticle(complement)].filter(Boolean).join(', ') || null;
    return { kind: 'person', from: np.from, to: np.to, name, role: fullRole, gender: honorificGender ?? given ?? null };
  }

  // The head is a common noun: a description ("the Vermont senator", "a report for Oxfam"), or an
  // organisation named with its article ("the Washington Post").
  const headWord = lower(tokens[np.head - 1]);
  if (!headWord || !isWord(tokens[np.head - 1])) return null;
  const text = joinTokens(tokens, np.from, np.to);
  const named = tokens.slice(from, np.head).map((t) => t.text.toLowerCase());
  // "the Washington Post", "the FBI", "the Pentagon": a proper noun after an article names a body, unless
  // it is a title ("the President").
  if (
    article &&
    isCap(tokens[np.head - 1]) &&
    (named.some((w) => ORG_WORDS.has(w) || PLACE_WORDS.has(w)) ||
      (lower(tokens[np.from]) === 'the' && !isTitle(tokens[np.head - 1])))
  ) {
    return { kind: 'organization', from: np.from, to: np.to, name: text, role: null, gender: 'p' };
  }
  const plural = /s$/.test(headWord) && !/ss$/.test(headWord);
  return {
    kind: 'description',
    from: np.from,
    to: np.to,
    name: text,
    role: null,
    gender: plural ? 'p' : (GENDERED_NOUNS[headWord] ?? null),
  };
}

/**
 * Is token i's capital the sentence's rather than a name's: the text's first word, or one after a sentence's
 * end, a colon or a dash, or after a quotation that ends a sentence ("“Yes.” Ask …", not "“Yes,” Downing said").
 */
function opensSentence(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return true;
  if (prev.kind === 'quote') return /[.?!\u2026]\P{L}*$/u.test(prev.text);
  return prev.kind === 'punct' && /^[.?!:;\u2026—–]$/.test(prev.text);
}

/**
 * A nation's or a state's mark before a name that no given name opens is the name's, not a title ("US Airways
 * Express", "National Public Radio"; not "U.S. Attorney Preet Bharara").
 */
const bodyMark = (before: string, first: Token) =>
  /^(?:U\.?S\.?|State|Federal|National)$/.test(before) && givenName(first.text) === undefined;

/** A capitalised word that is never a noun or an adjective, nor a given name: a sentence's verb or adverb. */
/** A capitalised word that is never a noun ("Ask", "Would"); not an acronym ("US" is no "us"). */
const sentenceWord = (t: Token) =>
  isCap(t) && !/^\p{Lu}{2,}$/u.test(t.text) && neverNominal(t.text) && givenName(t.text) === undefined;

/** A word that opens a person's name for sure: a given name or an honorific ("Mrs Thatcher"). */
const opensPersonName = (t: Token) => givenName(t.text) !== undefined || lower(t) in HONORIFICS;

/** A word that may stand in a person's name: capitalised, an initial, or a suffix ("Sr."). */
const nameWord = (t: Token) => isCap(t) || isInitial(t) || NAME_SUFFIXES.has(t.text);

/**
 * Where a person's name starts in a run of words [from, to): after the last title that only capitals follow
 * ("chief of staff Reince Priebus"), else at the first given name or initial that leaves at least a
 * surname after it, with none before it ("Ravens GM Ozzie Newsome"); else at `from`.
 */
function personStart(tokens: Token[], from: number, to: number): number {
  const opens = (t: Token) => givenName(t.text) !== undefined || isInitial(t);
  for (let k = to - 2; k >= from; k--) {
    const title = isTitle(tokens[k]) && !NAME_SUFFIXES.has(tokens[k]!.text);
    const name = tokens.slice(k + 1, to);
    const bodyWord = (t: Token) => ORG_WORDS.has(lower(t)) || PLACE_WORDS.has(lower(t));
    if (title && (k > from || !isCap(tokens[k])) && name.every(nameWord) && !name.some(bodyWord)) return k + 1;
  }
  for (let g = from + 1; g < to - 1; g++) {
    if (!opens(tokens[g]!)) continue;
    const before = tokens.slice(from, g);
    // Only words that are no name's before it: an acronym ("GM"), a body's or a place's word, a plural.
    const affiliation = before.some(
      (t) =>
        /^\p{Lu}{2,5}$/u.test(t.text) || ORG_WORDS.has(lower(t)) || PLACE_WORDS.has(lower(t)) || onlyPlural(t.text),
    );
    return affiliation && !before.some((t) => opens(t) || NAME_PARTICLES.has(t.text)) ? g : from;
  }
  return from;
}

/** Words that open a clause set between commas after a name: "X, who …, said", "X, when asked …, replied". */
const SIDE_CLAUSE =
  /^(who|whom|whose|which|when|while|after|before|asked|speaking|writing|clad|according|citing|noting|referring|in|on|at|during|for|with|like|unlike|despite|meanwhile|however|though|too|also|then|now|once|still)$/;

/**
 * A segment between commas that adds to a name: an age, a place, a role, or a side clause that says
 * nothing of the role; null for what is not an addition to the name at all.
 */
function appositiveKind(tokens: Token[], from: number, to: number): 'age' | 'place' | 'role' | 'clause' | null {
  const first = tokens[from];
  if (!first || to <= from) return null;
  const w = lower(first);
  if (SIDE_CLAUSE.test(w) && to - from <= 24 && !tokens.slice(from, to).some((t) => t.kind === 'quote'))
    return 'clause';
  if (to - from > 24) return null;
  if (to - from === 1 && first.kind === 'num') return 'age';
  // "wearing a red cape", "smiling": a present participle opening the segment describes, it is no role (an
  // -ed word may be the clause's verb: "Dean, a former chairman, poked at …").
  if (
    first.kind === 'word' &&
    !isCap(first) &&
    /ing$/.test(w) &&
    !verbForm(w) &&
    !NOT_NP.has(w) &&
    !tokens.slice(from, to).some((t) => t.kind === 'quote')
  )
    return 'clause';
  // A role reads as a noun phrase: "chief of the FBI’s unit", "a supervisory agent", "of the Postal Service",
  // and may end in a relative clause ("a close friend who was her chief of staff").
  if (!inRole(tokens, from)) return null;
  const end = nounPhraseEnd(tokens, from, to);
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind === 'quote' || (t.kind === 'punct' && /^[.?!;:]$/.test(t.text))) return null;
    // A capitalised word is a name's, not a verb ("a former United States ambassador"); so is a noun that is
    // also a verb ("one of the states").
    if (i < end && ((verbForm(t.text) === 'finite' && !isCap(t) && !WEAK_VERBS.has(lower(t))) || !inRole(tokens, i)))
      return null;
  }
  // "Louisville, Ky.", "Raleigh, N.C.", "of Queens": a place, not a role.
  const place = lower(first) === 'of' ? from + 1 : from;
  if (
    to - place <= 3 &&
    to > place &&
    tokens.slice(place, to).every((t) => (isCap(t) && !isTitle(t)) || t.text === '.')
  )
    return 'place';
  return 'role';
}

/**
 * Where a role's noun phrase ends: before a relative clause that opens after two of its words ("a friend who
 * was her chief of staff"), or a participle with its object ("one of the states suing the EPA"); else at `to`.
 */
function nounPhraseEnd(tokens: Token[], from: number, to: number): number {
  for (let i = from + 2; i < to; i++) {
    const t = tokens[i]!;
    if (/^(?:who|whom|whose|which|that)$/.test(t.text)) return i;
    const noun = tokens[i - 1]!;
    if (
      isWord(t) &&
      !isCap(t) &&
      /ing$/.test(t.text) &&
      !verbForm(t.text) &&
      (npWord(noun) || WEAK_VERBS.has(lower(noun))) &&
      !isCap(noun) &&
      DETERMINERS.has(lower(tokens[i + 1]))
    )
      return i;
  }
  return to;
}

/** The role a segment gives, without its article or a relative clause after it. */
const roleOf = (tokens: Token[], from: number, to: number) =>
  withoutArticle(joinTokens(tokens, from, nounPhraseEnd(tokens, from, to)));

/** Words a role is made of: "a former aide to Sen. Cruz", "founder and chief executive of Acme", "the state's top official". */
const ROLE_LINKS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'to', 'and', '&']);

/** Can token i stand in a role? Not a clause's verb or adverb ("Mr. Biden conspicuously interrupted himself"). */
function inRole(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word') return t.kind === 'num' || /^[-'’&().,/]$/.test(t.text) || /^['’]s$/.test(t.text);
  const w = lower(t);
  // A noun that is also a verb is a noun in a role: "one of the states".
  if (
    npWord(t) ||
    WEAK_VERBS.has(w) ||
    DETERMINERS.has(w) ||
    ROLE_LINKS.has(w) ||
    NAME_PARTICLES.has(w) ||
    /^(his|her|their|its|our|only)$/.test(w)
  )
    return true;
  // "the frontrunner nationally", "a longtime ally": an adverb inside a role, not one before a clause's verb.
  if (/ly$/.test(w) && !verbForm(w) && (!isWord(tokens[i + 1]) || !/(?:ed)$/.test(lower(tokens[i + 1])))) return true;
  // "retired neurosurgeon", "director of political advertising": a participle as an adjective or a noun, not
  // as a verb with its object ("interrupted himself", "backing the bill").
  if (!/(?:ed|ing)$/.test(w) || NOT_NP.has(w) || verbForm(w) === 'finite') return false;
  const next = tokens[i + 1];
  // "a talk radio host considered one of the most influential": a participle after a noun opens a reduced clause.
  const afterNoun =
    isWord(tokens[i - 1]) && !isCap(tokens[i - 1]) && npWord(tokens[i - 1]) && !DETERMINERS.has(lower(tokens[i - 1]));
  const beforeNoun = npWord(next) && (!DETERMINERS.has(lower(next)) || afterNoun);
  // An -ing word may end the role as a noun ("advertising"); an -ed word there is a verb ("Ban demurred").
  return beforeNoun || (w.endsWith('ing') && (!isWord(next) || ROLE_LINKS.has(lower(next))));
}

/** Appositive segments after token `at` (a comma): their roles, and where the phrase then ends. */
function appositivesAfter(tokens: Token[], at: number, ceiling: number): { roles: string[]; to: number } {
  const roles: string[] = [];
  let to = at;
  while (tokens[to]?.text === ',' && roles.length < 4) {
    let end = to + 1;
    while (
      end < ceiling &&
      tokens[end]!.text !== ',' &&
      tokens[end]!.kind !== 'quote' &&
      !/^[.?!;:—–]$/.test(tokens[end]!.text)
    )
      end++;
    const kind = appositiveKind(tokens, to + 1, end);
    if (!kind) break;
    if (kind === 'role') roles.push(roleOf(tokens, to + 1, end));
    to = end;
  }
  // Leave a closing comma to the clause: "said Emily Odom, chief of the unit, adding that …".
  return { roles, to };
}

function withRoles(p: Phrase, roles: string[]): Phrase {
  if (p.kind !== 'person' || roles.length === 0) return p;
  return { ...p, role: [p.role, ...roles].filter(Boolean).join(', ') };
}

/** The speaker phrase that starts at token `first` (after "said", after a dash, after "according to"). */
export function phraseAt(tokens: Token[], first: number, ceiling: number, sentenceStart: number): Phrase | null {
  const t = tokens[first];
  if (!t || (t.kind !== 'word' && !numberedRole(tokens, first))) return null;
  const pronoun = pronounAt(tokens, first);
  if (pronoun)
    return {
      kind: 'pronoun',
      from: first,
      to: first + 1,
      name: t.text,
      role: null,
      gender: pronoun === 'self' ? null : pronoun,
    };
  // "Coming from someone who …", "Speaking to reporters, …": a participle opening its sentence before a
  // preposition opens a clause, not a name.
  const next = lower(tokens[first + 1]);
  if (first === sentenceStart && /ing$/.test(t.text) && (PREPOSITIONS.has(next) || next === 'to')) return null;
  const np = npForward(tokens, first, ceiling);
  if (!np) return null;
  const phrase = interpret(tokens, np, sentenceStart);
  if (!phrase) return null;
  // "the coach, Ray Dunn, said": a description of someone whose appositive is the name (not "veto the bill, Biden").
  if (phrase.kind === 'description' && speakerLike(phrase) && tokens[np.to]?.text === ',') {
    const named = nameIn(tokens, np.to + 1, ceiling, sentenceStart);
    if (named) return { ...named, from: first, to: named.to, role: withoutArticle(phrase.name) };
  }
  const app = appositivesAfter(tokens, np.to, ceiling);
  return { ...withRoles(phrase, app.roles), to: app.to };
}

const SEGMENT_END = /^[,.?!;:—–\u2026]$/;
/** Does a name's segment end at token i: punctuation, or the verb after it ("another friend, Mariam Emara told CNN")? */
const endsSegment = (t: Token) => SEGMENT_END.test(t.text) || verbForm(t.text) === 'finite';

/** A person's name of two words or more, or with a gender, not a place's initials ("Mr. Buchanan", not "N.C."). */
const personName = (p: Phrase | null) =>
  p !== null && (/\p{Ll}.*\s+.*\p{Ll}/u.test(p.name) || p.gender === 'm' || p.gender === 'f');

/** A person's name (with any title) that is the whole of a segment starting at `first`. */
function nameIn(tokens: Token[], first: number, ceiling: number, sentenceStart: number): Phrase | null {
  const np = npForward(tokens, first, ceiling);
  if (!np || (np.to < ceiling && tokens[np.to] && !endsSegment(tokens[np.to]!))) return null;
  const p = interpret(tokens, np, sentenceStart);
  return p?.kind === 'person' ? p : null;
}

/**
 * The speaker phrase that ends just before token `end` ("… Richard Downing | said", "Harry Bond, 30, of
 * Raleigh, N.C., who was among those polled, | said", "he | added", "a spokesman | said"), looking no
 * further back than `floor`.
 */
export function phraseBefore(tokens: Token[], end: number, floor: number): Phrase | null {
  let last = end;
  // Step back over comma-separated additions to the name they follow.
  // "Jason Sims — a teacher from Mount Pleasant — says": an addition between dashes, as between commas.
  const segments: [number, number][] = [];
  const isSeparator = (t: Token | undefined) => t?.text === ',' || (t !== undefined && isDash(t.text));
  while (isSeparator(tokens[last - 1]) && segments.length < 5) {
    const separator = tokens[last - 1]!.text === ',' ? ',' : 'dash';
    const opens = (x: Token) => (separator === ',' ? x.text === ',' : isDash(x.text));
    let start = last - 1;
    while (start - 1 >= floor && !opens(tokens[start - 1]!) && tokens[start - 1]!.kind !== 'quote' && last - start < 26)
      start--;
    if (start - 1 < floor || !opens(tokens[start - 1]!)) break;
    // Past the first, only additions go on ("Harry Bond, 30, of Raleigh, N.C., who …, said"); a name between
    // commas is the description's before it ("the chairman, Paul Manafort, said").
    if (segments.length > 0) {
      const nearest = segments[segments.length - 1]!;
      const named = (s: number, e: number) => personName(nameIn(tokens, s, e, floor));
      const kind = appositiveKind(tokens, start, last - 1);
      // A side clause stands only next to the verb; further on, "in what Bay Buchanan, …, called" is no addition.
      if (named(...nearest) || named(start, last - 1) || !kind || kind === 'clause') break;
    }
    segments.unshift([start, last - 1]);
    // Go on from the separator that opened this segment, which closes the one before it.
    last = start;
  }
  if (segments.length > 0) last = segments[0]![0] - 1;
  // A party and state after the name: "Rep. Elijah Cummings (D-Md.), chair of …, said".
  if (tokens[last - 1]?.text === ')') {
    const open = tokens
      .slice(Math.max(floor, last - 8), last - 1)
      .map((x) => x.text)
      .lastIndexOf('(');
    if (open >= 0) last = Math.max(floor, last - 8) + open;
  }
  const t = tokens[last - 1];
  if (!isWord(t)) return null;
  const pronoun = pronounAt(tokens, last - 1);
  if (pronoun && segments.length === 0)
    return {
      kind: 'pronoun',
      from: last - 1,
      to: end,
      name: t.text,
      role: null,
      gender: pronoun === 'self' ? null : pronoun,
    };
  const np = npBackward(tokens, last, floor);
  if (!np) return null;
  const phrase = interpret(tokens, np, floor);
  if (!phrase) return null;
  // "Kaplan, a collector of games, tarot cards and books, says": a role whose list goes on past its commas.
  for (let k = 1; k < segments.length; k++) {
    const [start, end] = segments[k]!;
    if (appositiveKind(tokens, start, end) || appositiveKind(tokens, ...segments[k - 1]!) !== 'role') continue;
    segments.splice(k - 1, 2, [segments[k - 1]![0], end]);
    k--;
  }
  if (segments.some(([s, e]) => !appositiveKind(tokens, s, e))) return null;
  // "the coach, Ray Dunn, said": the description's appositive is the name, and the description its role;
  // after a preposition, the description is the sentence's setting ("In the most recent filing, Apple said").
  if (phrase.kind === 'description' && speakerLike(phrase) && segments.length > 0) {
    const named = nameIn(tokens, segments[0]![0], segments[0]![1], floor);
    const setting = PREPOSITIONS.has(lower(tokens[phrase.from - 1]));
    if (named) return { ...named, from: phrase.from, to: end, role: setting ? null : withoutArticle(phrase.name) };
  }
  const roles = segments
    .filter(([s, e]) => appositiveKind(tokens, s, e) === 'role')
    .map(([s, e]) => roleOf(tokens, s, e));
  return { ...withRoles(phrase, roles), to: end };
}

/**
 * A role set off by a comma that the writer never closed ("Eric Durr, a spokesman for the Division of Military
 * and Naval Affairs told Mashable"): the phrase read before the verb, `found`, is the end of the role, and the
 * subject is the name before its comma, a person's full name.
 */
export function unclosedAppositive(tokens: Token[], found: Phrase, floor: number): Phrase | null {
  let comma = found.from - 1;
  while (comma > floor && found.to - comma <= 24 && tokens[comma]!.text !== ',') {
    if (tokens[comma]!.kind === 'quote') return null;
    comma--;
  }
  if (comma <= floor || tokens[comma]!.text !== ',' || appositiveKind(tokens, comma + 1, found.to) !== 'role')
    return null;
  // Not a list of people ("Hillary Clinton, Bernie Sanders and the governor said"), nor a role already closed
  // ("la teniente de alcalde, Antonia Martínez, aseguró").
  if (opensPersonName(tokens[comma + 1]!) || tokens.slice(comma + 1, found.to).some((t) => t.text === ',')) return null;
  const named = phraseBefore(tokens, comma, floor);
  if (named?.kind !== 'person' || !/\s/.test(named.name) || named.to !== comma) return null;
  // The name opens its clause: not an object ("In a speech to Hillary Clinton, the governor said").
  if (named.from > floor && tokens[named.from - 1]!.text !== ',') return null;
  return { ...named, to: found.to, role: roleOf(tokens, comma + 1, found.to) };
}

/**
 * Can this phrase be the one who speaks, away from the quotation (a verb earlier in the sentence)? A name or
 * a pronoun can; a description only if it is of people or a body ("the senator", "officials"), not of a thing.
 */
export function speakerLike(p: Phrase): boolean {
  if (p.kind !== 'description') return true;
  const words = p.name
    .toLowerCase()
    .split(/\s+/)
    .flatMap((w) => [w, w.replace(/s$/, '')]);
  return words.some((w) => SPEAKER_NOUNS.has(w) || TITLE_WORDS.has(w) || ORG_WORDS.has(w) || w in GENDERED_NOUNS);
}

/**
 * Whose words a noun of speech is: "Donald Trump’s claim", "Sanders’ call", "her promise" — the owner before
 * token `noun`, as a speaker phrase.
 */
export function possessorBefore(tokens: Token[], noun: number, floor: number): Phrase | null {
  const owner = tokens[noun - 1];
  if (!owner || (owner.kind !== 'word' && owner.text !== '’' && owner.text !== "'")) return null;
  const possessive = lower(owner);
  if (possessive === 'his' || possessive === 'her' || possessive === 'their') {
    return {
      kind: 'pronoun',
      from: noun - 1,
      to: noun,
      name: owner.text,
      role: null,
      gender: possessive === 'his' ? 'm' : possessive === 'her' ? 'f' : 'p',
    };
  }
  // "Trump’s" or "Sanders ’": read the phrase as if the possessive mark were not there.
  const marked = /['’]s$/.test(owner.text);
  const end = marked ? noun : noun - 1;
  if (!marked && (owner.kind === 'word' || !/s$/.test(tokens[end - 1]?.text ?? ''))) return null;
  const plain = tokens.slice(0, end).map((t, i) => (i === end - 1 && marked ? { ...t, text: t.text.slice(0, -2) } : t));
  const phrase = phraseBefore(plain, end, floor);
  return phrase && phrase.kind !== 'pronoun' && phrase.kind !== 'description' ? { ...phrase, to: noun } : null;
}

/**
 * Who issued a text that speaks ("Trump’s tweet", "a Moody’s Analytics’ forecast", "a 2014 report from the World
 * Bank"): the owner before its head or the name after "from" or "by" in it, or null.
 */
export function issuerOf(tokens: Token[], p: Phrase): Phrase | null {
  const ws = p.name.toLowerCase().split(/\s+/);
  const complement = ws.findIndex((w, i) => i > 0 && COMPLEMENT.has(w));
  const head = (complement > 0 ? ws[complement - 1] : ws[ws.length - 1])!;
  // What a quotation is "according to" is a source whatever its noun ("according to Moody’s forecast").
  const source = lower(tokens[p.from - 1]) === 'to' && lower(tokens[p.from - 2]) === 'according';
  if (p.kind !== 'description' || !(SPEAKER_NOUNS.has(head) || source) || nounFor(head) !== null) return null;
  // The article is the text's ("a Moody’s Analytics’ forecast"), not its owner's.
  const floor = isDeterminer(tokens, p.from) ? p.from + 1 : p.from;
  // The owner nearest the head owns the text ("Moody’s Analytics’ forecast" is not Moody’s).
  for (let k = p.to - 1; k >= p.from; k--) {
    const t = tokens[k]!;
    const owner =
      POSSESSIVE.test(t.text) || ((t.text === '’' || t.text === "'") && k > p.from)
        ? possessorBefore(tokens, k + 1, floor)
        : /^(?:from|by)$/.test(lower(t)) && k > p.from
          ? phraseAt(tokens, k + 1, p.to, k + 1)
          : null;
    if (owner && (owner.kind === 'person' || owner.kind === 'organization')) return owner;
  }
  return null;
}
