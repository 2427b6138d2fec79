// Noun phrases that name a speaker, read off a paragraph's tokens: a name with the title before it and the
// appositive after it ("acting Deputy Assistant Attorney General Richard Downing", "Emily Odom, chief of
// the FBI’s Hi-Tech Organized Crime Unit"), a pronoun, or a description ("a White House spokesman").

import { isUpper } from '../text/chars';
import type { Token } from '../text/tokens';
import { givenName } from './given-names';
import {
  DETERMINERS,
  HONORIFICS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NON_NAME_CAPITALS,
  ORG_WORDS,
  PLACE_WORDS,
  PRONOUNS,
  SPEAKER_NOUNS,
  TITLE_WORDS,
  verbForm,
} from './lexicon';

export type PhraseKind = 'person' | 'organization' | 'pronoun' | 'description';

export interface Phrase {
  kind: PhraseKind;
  /** Token index range [from, to) of the whole phrase, appositive included. */
  from: number;
  to: number;
  /** The name as written, without title or honorific ("Richard Downing", "Downing"); for a pronoun or a description, its words. */
  name: string;
  role: string | null;
  gender: 'm' | 'f' | 'p' | null;
}

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');
const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';
const isCap = (t: Token | undefined) => isWord(t) && isUpper(t.text[0]);
const isTitle = (t: Token | undefined) => isWord(t) && TITLE_WORDS.has(t.text.toLowerCase());
const isInitial = (t: Token | undefined) => isWord(t) && /^\p{Lu}\.$/u.test(t.text);

/** Can this token be part of a name or the title before it? */
function inNameRun(tokens: Token[], i: number, first: boolean): boolean {
  const t = tokens[i];
  if (!isWord(t)) return false;
  if (isCap(t)) return first ? !NON_NAME_CAPITALS.has(t.text) : !NON_NAME_CAPITALS.has(t.text) || isTitle(t);
  // Lower-case inside a run: a name particle (Charles de Gaulle) or a title (acting, supervisory agent).
  if (NAME_PARTICLES.has(t.text)) return isCap(tokens[i + 1]) && isCap(tokens[i - 1]);
  return TITLE_WORDS.has(t.text) && !verbForm(t.text);
}

/** The run of name and title tokens that ends at token `last` (inclusive), as [from, last + 1). */
function runEndingAt(tokens: Token[], last: number, floor: number): number | null {
  if (!inNameRun(tokens, last, false) || !(isCap(tokens[last]) || NAME_SUFFIXES.has(tokens[last]!.text))) return null;
  let from = last;
  while (from - 1 >= floor && inNameRun(tokens, from - 1, false)) from--;
  while (from < last && NON_NAME_CAPITALS.has(tokens[from]!.text)) from++;
  return from;
}

/** The run of name and title tokens that starts at token `first`, as [first, to). */
function runStartingAt(tokens: Token[], first: number, ceiling: number): number | null {
  if (!inNameRun(tokens, first, true)) return null;
  let to = first + 1;
  while (to < ceiling && inNameRun(tokens, to, false) && !(NON_NAME_CAPITALS.has(tokens[to]!.text) && !isTitle(tokens[to]))) to++;
  // Trailing lower-case title words belong to the next phrase, not to this name.
  while (to > first + 1 && !isCap(tokens[to - 1]) && !NAME_SUFFIXES.has(tokens[to - 1]!.text)) to--;
  return to;
}

/** Splits a run into the title before the name and the name ("U.S. Surgeon General" + "Jerome Adams"). */
function splitRun(tokens: Token[], from: number, to: number, sentenceStart: number): Phrase | null {
  let nameFrom = to;
  while (nameFrom - 1 >= from) {
    const t = tokens[nameFrom - 1]!;
    const nameLike =
      (isCap(t) && !TITLE_WORDS.has(t.text.toLowerCase())) ||
      isInitial(t) ||
      NAME_SUFFIXES.has(t.text) ||
      (NAME_PARTICLES.has(t.text) && nameFrom < to);
    if (!nameLike) break;
    nameFrom--;
  }
  // An honorific stays with the name it introduces (Mr. Downing), but is not part of it.
  const honorific = nameFrom > from ? lower(tokens[nameFrom - 1]) : '';
  const honorificGender = honorific in HONORIFICS ? HONORIFICS[honorific]! : undefined;
  const nameTokens = tokens.slice(nameFrom, to);
  if (nameTokens.length === 0) return null;
  const name = nameTokens.map((t) => t.text).join(' ');
  const roleEnd = honorificGender !== undefined ? nameFrom - 1 : nameFrom;
  const role = roleEnd > from ? joinTokens(tokens, from, roleEnd) : null;
  const given = nameTokens.length > 1 ? givenName(nameTokens[0]!.text) : undefined;
  const words = nameTokens.map((t) => t.text.toLowerCase());
  const possessive = words.some((w) => /['’]s$/.test(w));
  const placeLike = words.length > 1 && PLACE_WORDS.has(words[words.length - 1]!) && role === null && honorificGender === undefined && given === undefined;
  if (possessive || placeLike || words.some((w) => ORG_WORDS.has(w))) {
    return { kind: 'organization', from, to, name: joinTokens(tokens, from, to), role: null, gender: 'p' };
  }
  // A lone capitalised word opening a sentence is more often a common noun ("Officials said") than a name.
  if (nameTokens.length === 1 && nameFrom === sentenceStart && role === null && SPEAKER_NOUNS.has(name.toLowerCase())) {
    return { kind: 'description', from, to, name, role: null, gender: 'p' };
  }
  return { kind: 'person', from, to, name, role, gender: honorificGender ?? given ?? null };
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

/**
 * An appositive role after a name: ", chief of the FBI’s Hi-Tech Organized Crime Unit," or ", a supervisory
 * agent in Pittsburgh." Returns the role without its article, and where the appositive ends.
 */
function appositive(tokens: Token[], comma: number, ceiling: number): { role: string; to: number } | null {
  if (tokens[comma]?.text !== ',') return null;
  let to = comma + 1;
  while (to < ceiling && tokens[to]!.kind !== 'quote' && !/^[,;:.?!\u2014\u2013()]$/.test(tokens[to]!.text)) {
    if (verbForm(tokens[to]!.text) === 'finite') return null;
    to++;
  }
  let from = comma + 1;
  const head = tokens[from];
  if (!isWord(head) || to === from || to - from > 14) return null;
  // Not an appositive: a relative clause, an age, or the next clause of the sentence.
  if (/^(who|which|that|whose|where|when|while|and|but|or|so|as|if|because)$/i.test(head.text)) return null;
  if (head.kind !== 'word' || PRONOUNS[lower(head)]) return null;
  if (/^(a|an|the)$/i.test(head.text)) from++;
  else if (lower(head) === 'of' && /^(the)$/i.test(lower(tokens[from + 1]))) from += 2;
  else if (lower(head) === 'of') from++;
  if (from >= to) return null;
  const closes = tokens[to]?.text;
  return { role: joinTokens(tokens, from, to), to: closes === ',' ? to + 1 : to };
}

/** A description of a speaker starting at `first`: "a White House spokesman", "the newspaper", "officials". */
function descriptionAt(tokens: Token[], first: number, ceiling: number): Phrase | null {
  let to = first;
  if (DETERMINERS.has(lower(tokens[to]))) to++;
  let noun = -1;
  while (to < ceiling && isWord(tokens[to]) && to - first < 8) {
    const w = lower(tokens[to]);
    if (verbForm(w) === 'finite' || PRONOUNS[w] || /^(who|which|that|and|but|said)$/.test(w)) break;
    if (SPEAKER_NOUNS.has(w) || (TITLE_WORDS.has(w) && to > first)) noun = to;
    else if (noun === to - 1 && isCap(tokens[to])) break; // "council member | Ann Cole"
    else if (noun >= 0 && !isCap(tokens[to]) && !/^(for|of|at|in|with|from|to|on)$/.test(w)) break;
    to++;
  }
  if (noun < 0) return null;
  // Keep a following "for/of …" complement: "a spokesman for the Justice Department".
  let end = noun + 1;
  if (/^(for|of|at|with|from|in)$/.test(lower(tokens[end]))) {
    let k = end + 1;
    while (k < ceiling && isWord(tokens[k]) && !verbForm(tokens[k]!.text) && k - end < 7) k++;
    end = k;
  }
  return { kind: 'description', from: first, to: end, name: joinTokens(tokens, first, end), role: null, gender: null };
}

/** The speaker phrase that starts at token `first` (after "said", after a dash, after "according to"). */
export function phraseAt(tokens: Token[], first: number, ceiling: number, sentenceStart: number): Phrase | null {
  const t = tokens[first];
  if (!isWord(t)) return null;
  const pronoun = PRONOUNS[lower(t)];
  if (pronoun) return { kind: 'pronoun', from: first, to: first + 1, name: t.text, role: null, gender: pronoun === 'self' ? null : pronoun };
  const runTo = runStartingAt(tokens, first, ceiling);
  if (runTo !== null && isCap(tokens[runTo - 1])) {
    const phrase = splitRun(tokens, first, runTo, sentenceStart);
    if (phrase) {
      const app = phrase.kind === 'person' ? appositive(tokens, runTo, ceiling) : null;
      if (app) {
        phrase.role = phrase.role ? `${phrase.role}, ${app.role}` : app.role;
        phrase.to = app.to;
      }
      return phrase;
    }
  }
  const description = descriptionAt(tokens, first, ceiling);
  if (!description) return null;
  // "council member Ann Cole": a description that stands as the title of a name.
  const titled = nameAt(tokens, description.to, ceiling, sentenceStart);
  if (titled) {
    const app = appositive(tokens, titled.to, ceiling);
    const role = withoutArticle(description.name) + (app ? `, ${app.role}` : '');
    return { ...titled, from: first, to: app ? app.to : titled.to, role };
  }
  // "the coach, Ray Dunn, said": a description whose appositive is the name.
  const named = tokens[description.to]?.text === ',' ? nameAt(tokens, description.to + 1, ceiling, sentenceStart) : null;
  if (named) {
    const to = tokens[named.to]?.text === ',' ? named.to + 1 : named.to;
    return { ...named, from: first, to, role: withoutArticle(description.name) };
  }
  return description;
}

/** A person's name (with any title) starting exactly at `first`. */
function nameAt(tokens: Token[], first: number, ceiling: number, sentenceStart: number): Phrase | null {
  const runTo = runStartingAt(tokens, first, ceiling);
  if (runTo === null || !isCap(tokens[runTo - 1])) return null;
  const phrase = splitRun(tokens, first, runTo, sentenceStart);
  return phrase?.kind === 'person' ? phrase : null;
}

function withoutArticle(s: string): string {
  return s.replace(/^(?:a|an|the)\s+/i, '');
}

/**
 * The speaker phrase that ends just before token `end` ("… Richard Downing | said", "Emily Odom, chief of
 * the unit, | said", "he | added", "a spokesman | said"), looking no further back than `floor`.
 */
export function phraseBefore(tokens: Token[], end: number, floor: number): Phrase | null {
  let last = end - 1;
  if (last < floor) return null;
  let role: string | null = null;
  // "Name, role, said": step back over the appositive to the name.
  if (tokens[last]!.text === ',') {
    let comma = last - 1;
    while (comma > floor && tokens[comma]!.text !== ',' && end - comma < 16) comma--;
    if (tokens[comma]?.text !== ',' || comma <= floor) return null;
    // "the coach, Ray Dunn, said": the appositive is the name, the description its role.
    const named = nameAt(tokens, comma + 1, last, floor);
    if (named && named.to === last) {
      const head = phraseBefore(tokens, comma, floor);
      if (head?.kind === 'description') return { ...named, from: head.from, to: end, role: withoutArticle(head.name) };
    }
    const app = appositive(tokens, comma, last + 1);
    if (!app || app.to < last) return null;
    role = app.role;
    last = comma - 1;
  }
  const t = tokens[last];
  if (!isWord(t)) return null;
  const pronoun = PRONOUNS[lower(t)];
  if (pronoun && role === null) {
    return { kind: 'pronoun', from: last, to: end, name: t.text, role: null, gender: pronoun === 'self' ? null : pronoun };
  }
  const from = runEndingAt(tokens, last, floor);
  if (from !== null) {
    const phrase = splitRun(tokens, from, last + 1, floor);
    if (phrase) {
      if (role) phrase.role = phrase.role ? `${phrase.role}, ${role}` : role;
      phrase.to = end;
      return phrase;
    }
  }
  if (role !== null) return null;
  // A description: walk back to its determiner ("a senior White House official").
  for (let k = last; k >= floor && last - k < 7; k--) {
    if (!isWord(tokens[k])) break;
    if (DETERMINERS.has(lower(tokens[k])) || k === floor) {
      const d = descriptionAt(tokens, k, last + 1);
      if (d && d.to === last + 1) return { ...d, to: end };
    }
  }
  const bare = lower(t);
  if (SPEAKER_NOUNS.has(bare)) return { kind: 'description', from: last, to: end, name: t.text, role: null, gender: 'p' };
  return null;
}
