// The clause grammar that attribution reads speakers with: verbs of saying, their subjects (before or after
// them, past appositives, auxiliaries and settings), the subject of a participle or of a clause, and what a
// mention of someone does in its sentence. The cue rules (cues.ts) and reported speech (reports.ts) use it.

import { isDash, isUpper } from '../text/chars';
import type { Token } from '../text/tokens';
import { givenName } from './given-names';
import {
  ACCORDING_TO,
  AUXILIARIES,
  FOREIGN_AUXILIARIES,
  FOREIGN_PHRASAL,
  foreignVerb,
  NOT_A_VERB,
  NOT_BEFORE_FINITE,
  nounFor,
  PHRASAL_VERBS,
  PREPOSITIONS,
  PRONOUNS,
  TIME_WORDS,
  VERB_MODIFIERS,
  verbForm,
  WEAK_VERBS,
} from './lexicon';
import { issuerOf, type Phrase, phraseAt, phraseBefore, speakerLike, unclosedAppositive } from './phrases';

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');

/** The token after "according to" (or selon, según, laut …) that starts at token i, or -1. */
export function accordingAt(tokens: Token[], i: number): number {
  for (const words of ACCORDING_TO)
    if (words.every((w, k) => lower(tokens[i + k]) === w) && !ordinal(tokens, i, words)) return i + words.length;
  return -1;
}

/** Where "according to" (or its like) begins when it ends at token i, or -1. */
export function accordingEndingAt(tokens: Token[], i: number): number {
  for (const words of ACCORDING_TO) {
    const at = i - words.length + 1;
    if (words.every((w, k) => lower(tokens[at + k]) === w) && !ordinal(tokens, at, words)) return at;
  }
  return -1;
}

/** Articles of French, Spanish and Portuguese that a noun or an adjective follows, never a preposition. */
const ROMANCE_ARTICLES = new Set('le la les el lo los las o os um uma un una'.split(' '));

/**
 * A word that is a source's preposition in one language and an ordinal or adjective in another, after its
 * article: "el segundo" (the second), "o segundo objetivo", never "segundo o juiz" (according to the judge).
 */
const ordinal = (tokens: Token[], at: number, words: string[]) =>
  words.length === 1 && ROMANCE_ARTICLES.has(lower(tokens[at - 1]));

/** "He’s", "there’s": a pronoun and "is", not a possessive. */
const IS_CONTRACTED = /^(?:he|she|it|that|there|who|what|here)['’]s$/i;

/** A verb of saying at token i (with its particle: "went on"); returns the index after it, or -1. */
export function verbAt(
  tokens: Token[],
  i: number,
  forms: ('finite' | 'participle' | 'base')[],
  weakOk: boolean,
): number {
  const t = tokens[i];
  if (t?.kind !== 'word') return -1;
  // A capital inside a sentence is a name's ("the United States", "Lawmakers Report"), not a verb's.
  if (isUpper(t.text[0]) && tokens[i - 1]?.kind === 'word') return -1;
  const w = t.text.toLowerCase();
  const particle = PHRASAL_VERBS[w];
  if (particle) return lower(tokens[i + 1]) === particle ? i + 2 : -1;
  let form = verbForm(w);
  // "a déclaré", "ha dicho": an auxiliary and the participle after it are the verb.
  if (FOREIGN_AUXILIARIES.has(t.text) && foreignVerb(lower(tokens[i + 1]))) return i + 2;
  // "fait valoir", "a fait valoir": a foreign verb of two words, after its auxiliary or not.
  if (FOREIGN_PHRASAL[w] && lower(tokens[i + 1]) === FOREIGN_PHRASAL[w]) return i + 2;
  const second = lower(tokens[i + 1]);
  if (FOREIGN_AUXILIARIES.has(t.text) && FOREIGN_PHRASAL[second] && lower(tokens[i + 2]) === FOREIGN_PHRASAL[second])
    return i + 3;
  // After an article or a possessive any form is a noun ("the report", "Trump's call", "the dice").
  const prev = tokens[i - 1];
  const auxiliary = FOREIGN_AUXILIARIES.has(lower(prev)) && foreignVerb(w);
  if (
    prev?.kind === 'word' &&
    !auxiliary &&
    (/^(a|an|the|this|his|her|their|its|our|my|your)$/.test(lower(prev)) ||
      (/['’]s$/.test(prev.text) && !IS_CONTRACTED.test(prev.text)))
  )
    return -1;
  // "critics say", "they tell": the bare form after a subject is finite; after "to", "that" or a preposition
  // it is not ("said via email").
  if (form === 'base' && prev?.kind === 'word' && !NOT_BEFORE_FINITE.has(lower(prev))) form = 'finite';
  if (!form || !forms.includes(form)) return -1;
  // A weak verb attributes next to a quotation, or with a clause of what was said: "he continued that …".
  if (!weakOk && WEAK_VERBS.has(w) && lower(tokens[i + 1]) !== 'that') return -1;
  return i + 1;
}

/** Skips "also", "has repeatedly", "angrily" between a subject and its verb. */
export function skipModifiers(tokens: Token[], i: number, step: 1 | -1, limit: number): number {
  while (tokens[i] && isModifier(tokens[i]!) && (step > 0 ? i < limit : i > limit)) i += step;
  return i;
}
const isModifier = (t: Token) =>
  VERB_MODIFIERS.has(lower(t)) ||
  (t.kind === 'word' && /^\p{Ll}\p{L}{2,}ly$/u.test(t.text) && !/(?:ily|ply|bly)$/.test(t.text) && t.text !== 'only');

/** A comma, or a quotation that ends with one inside its marks (“New York values,” saying …). */
export const isComma = (t: Token | undefined) =>
  t?.text === ',' || (t?.kind === 'quote' && /,[\s'"‘’“”«»]*$/u.test(t.text));

/**
 * The subject of a finite verb of saying: the phrase just before it, or when the verb is the second of
 * two ("He praised those who left but said, …"), the clause's subject.
 */
export function subjectOf(tokens: Token[], v: number, sentStart: number): Phrase | null {
  const phrase = subjectBefore(tokens, v, sentStart);
  return phrase && saysOfItself(tokens, v, phrase) ? { ...phrase, kind: 'organization', gender: 'n' } : phrase;
}

/**
 * Does a one-word name that nothing marks as a person's speak of itself as "it" ("AT&T said it will add …",
 * "Apple said its …")? Then it is a body. Not "it" before "be", which may stand for anything ("Kasich said
 * it was a mistake").
 */
function saysOfItself(tokens: Token[], v: number, phrase: Phrase): boolean {
  if (phrase.kind !== 'person' || phrase.role || phrase.gender || /\s/.test(phrase.name)) return false;
  if (givenName(phrase.name) !== undefined) return false;
  let k = v + 1;
  if (lower(tokens[k]) === 'that') k++;
  if (lower(tokens[k]) === 'its') return true;
  if (lower(tokens[k]) !== 'it') return false;
  // Past auxiliaries and adverbs ("it will also add", "it had paid") to the verb, which is no form of "be".
  const next = skipModifiers(tokens, k + 1, 1, k + 5);
  if (tokens.slice(k + 1, next + 1).some((t) => COPULA.test(t.text))) return false;
  const verb = tokens[next];
  return verb?.kind === 'word' && !isUpper(verb.text[0]);
}

const COPULA = /^(?:is|was|be|been|being|are|were|['’]s)$/i;

function subjectBefore(tokens: Token[], v: number, sentStart: number): Phrase | null {
  let s = skipModifiers(tokens, v - 1, -1, sentStart);
  // "Macron a déclaré", "Sánchez ha dicho": past the auxiliary.
  if (FOREIGN_AUXILIARIES.has(lower(tokens[s])) && (foreignVerb(lower(tokens[v])) || FOREIGN_PHRASAL[lower(tokens[v])]))
    s = skipModifiers(tokens, s - 1, -1, sentStart);
  // After a possessive the word is a noun, not a verb: "Sanders's call for …", "Trump's remarks about …".
  if (/['’]s$|^['’]$/.test(tokens[s]?.text ?? '')) return null;
  let phrase = phraseBefore(tokens, s + 1, sentStart);
  // "Trump at the time said", "Clinton on Monday said": step back over a prepositional phrase to the subject.
  for (
    let hops = 0;
    phrase && !speakerLike(phrase) && hops < 2 && PREPOSITIONS.has(lower(tokens[phrase.from - 1]));
    hops++
  ) {
    phrase = phraseBefore(tokens, phrase.from - 1, sentStart) ?? phrase;
  }
  if (phrase && phrase.kind !== 'pronoun') phrase = unclosedAppositive(tokens, phrase, sentStart) ?? phrase;
  if (phrase && speakerLike(phrase)) return phrase;
  if (/^(and|but)$/i.test(tokens[s]?.text ?? '')) return clauseSubject(tokens, sentStart, s);
  // "Beck, who has in the past described Trump as …": the verb of a relative clause is its antecedent's.
  for (let w = s; w > sentStart && v - w <= 10; w--) {
    if (tokens[w]!.kind === 'quote') break;
    if (lower(tokens[w]) === 'who' && tokens[w - 1]?.text === ',') {
      const antecedent = phraseBefore(tokens, w - 1, sentStart);
      if (antecedent && antecedent.kind !== 'description') return antecedent;
    }
    // "… the Associated Press report, which notes, “Q”": a report or a body says it.
    if (lower(tokens[w]) === 'which' && tokens[w - 1]?.text === ',' && w === s) {
      const antecedent = phraseBefore(tokens, w - 1, sentStart);
      if (antecedent && antecedent.kind !== 'person' && speakerLike(antecedent)) return antecedent;
    }
  }
  return phrase;
}

/**
 * The subject of a participle of saying: after a comma or "by", "while", "when", the clause's subject
 * ("Sessions doubled …, saying …", "… by saying, …"); after an auxiliary, the phrase before it ("Trump is
 * telling supporters"); right after a noun phrase, that phrase ("a press release saying …").
 */
export function participleSubject(tokens: Token[], v: number, sentStart: number): Phrase | null {
  // "with Trump reportedly yelling": past the adverbs to the subject.
  while (
    v - 1 > sentStart &&
    tokens[v - 1]!.kind === 'word' &&
    isModifier(tokens[v - 1]!) &&
    !AUXILIARIES.has(lower(tokens[v - 1]))
  )
    v--;
  const before = isComma(tokens[v - 1]) ? ',' : lower(tokens[v - 1]);
  if (before === ',') {
    // "…, Mr. Manafort said, adding that …": the participle goes on from the reporting clause just before it.
    for (let k = v - 2; k >= sentStart && v - k <= 3; k--) {
      if (verbAt(tokens, k, ['finite'], true) < 0) continue;
      const phrase = subjectOf(tokens, k, sentStart);
      if (phrase) return phrase;
    }
  }
  if (before === ',' || /^(by|while|when|after|before)$/.test(before)) return clauseSubject(tokens, sentStart, v);
  if (AUXILIARIES.has(before)) {
    const phrase = subjectOf(tokens, v - 1, sentStart);
    return phrase && speakerLike(phrase) ? phrase : null;
  }
  // "He’s claiming", "They’re saying": the pronoun and its auxiliary in one word.
  const contracted = /^(\p{L}+)['’](?:s|re|m)$/u.exec(tokens[v - 1]?.text ?? '');
  const pronoun = contracted && PRONOUNS[contracted[1]!.toLowerCase()];
  if (pronoun && pronoun !== 'n')
    return {
      kind: 'pronoun',
      from: v - 1,
      to: v,
      name: contracted[1]!,
      role: null,
      gender: pronoun === 'self' ? null : pronoun,
    };
  // "a press release saying …", "with Donald Trump tweeting …": a description of what speaks, or a name
  // after "with"; not a name after another preposition ("on Facebook writing").
  const phrase = phraseBefore(tokens, v, sentStart);
  // "Obama released a statement Thursday night condemning …", "Amazon issued a statement saying …": after a
  // thing or a text that a verb governs, the clause's subject speaks; a text with no one behind it speaks itself.
  if (phrase?.kind === 'description' && tokens[phrase.from - 1]?.kind === 'word') {
    if (!speakerLike(phrase)) return clauseSubject(tokens, sentStart, phrase.from);
    if (nounFor(phrase.name.split(/\s+/).pop()!) === null && !issuerOf(tokens, phrase))
      return clauseSubject(tokens, sentStart, phrase.from) ?? phrase;
  }
  if (!phrase || !speakerLike(phrase)) return null;
  return phrase.kind === 'description' || lower(tokens[phrase.from - 1]) === 'with' ? phrase : null;
}

/** "as X put it", "as X said", "as X noted": X, when a quotation follows in the sentence. */
export function asPutIt(tokens: Token[], as: number, limit: number): Phrase | null {
  const phrase = phraseAt(tokens, as + 1, limit, as + 1);
  if (!phrase || !speakerLike(phrase)) return null;
  // Past the comma that closes an appositive: "As Steven Rosenthal, a tax lawyer, recently put it".
  const v = skipModifiers(tokens, tokens[phrase.to]?.text === ',' ? phrase.to + 1 : phrase.to, 1, limit);
  const w = lower(tokens[v]);
  if (/^(put|puts)$/.test(w) && lower(tokens[v + 1]) === 'it') return phrase;
  return verbAt(tokens, v, ['finite'], true) > 0 ? phrase : null;
}

/** Skips "on Saturday", "last week" after a subject: "Sen. Bernie Sanders on Saturday criticized …". */
function skipTimeSetting(tokens: Token[], i: number, end: number): number {
  let k = i;
  if (/^(on|last|this|early|late)$/.test(lower(tokens[k])) && TIME_WORDS.has(lower(tokens[k + 1]))) k += 2;
  while (k < end && TIME_WORDS.has(lower(tokens[k]))) k++;
  return k;
}

/**
 * The subject of a sentence's main clause between `from` and `to`: the first name, pronoun or description of
 * people that opens a clause (the sentence's start, or after a comma) and is followed by its verb — so that
 * "Hours later, Trump returned …" and "In the email, Ash described …" give Trump and Ash.
 */
export function clauseSubject(tokens: Token[], from: number, to: number): Phrase | null {
  // "And Mr. Christie gloated: …": a conjunction opening the sentence is not part of the clause.
  if (/^(and|but|so|yet|then|still|now)$/i.test(tokens[from]?.text ?? '')) from++;
  for (let s = from; s < to; s++) {
    // A clause opens the sentence, or follows a comma or a dateline's dash ("PHILADELPHIA (UPI) — The committee …").
    if (s !== from && !isComma(tokens[s - 1]) && !isDash(tokens[s - 1]!.text)) continue;
    const phrase = phraseAt(tokens, s, to, from);
    if (!phrase || !speakerLike(phrase)) continue;
    // "Dean, a former party chairman, poked at …": past the comma that closes an appositive.
    const after =
      tokens[phrase.to]?.text === ',' && tokens.slice(phrase.from, phrase.to).some((t) => t.text === ',')
        ? phrase.to + 1
        : phrase.to;
    const next = tokens[skipTimeSetting(tokens, skipModifiers(tokens, after, 1, to), to)];
    if (next?.kind === 'word' && !/^\p{Lu}/u.test(next.text) && !NOT_A_VERB.has(next.text.toLowerCase())) return phrase;
  }
  return null;
}

/**
 * The speaker of a sentence that reports speech without quoting it ("Bolton said he would support the
 * nominee."), for the quotation that follows it and names nobody.
 */
export function reportingSubject(tokens: Token[], from: number, to: number): Phrase | null {
  if (tokens.slice(from, to).some((t) => t.kind === 'quote')) return null;
  for (let v = from; v < to; v++) {
    const source = accordingAt(tokens, v);
    if (source > 0) {
      const phrase = phraseAt(tokens, source, to, from);
      return phrase && phrase.kind !== 'pronoun' && speakerLike(phrase) ? phrase : null;
    }
    if (verbAt(tokens, v, ['finite'], false) < 0) continue;
    const phrase = subjectOf(tokens, v, from);
    if (phrase && speakerLike(phrase)) return phrase;
  }
  return null;
}

/** Words that open a clause before its subject: "As they reached Main Street, …". */
const SUBORDINATORS = /^(as|when|while|after|before|because|if|since|although|though|once|until|and|but)$/;

/** What a mention of someone does in its clause: speaks ("Romero said", "said Romero"), is its subject, or neither. */
export type MentionRole = 'speaker' | 'subject' | null;

/** The role of the phrase at tokens [from, to) in its sentence. */
export function mentionRole(
  tokens: Token[],
  from: number,
  to: number,
  sentStart: number,
  sentEnd: number,
): MentionRole {
  // "Emily Odom, chief of the unit, said": past the appositive's closing comma.
  const spansComma = tokens.slice(from, to).some((t) => t.text === ',');
  const after = spansComma && tokens[to]?.text === ',' ? to + 1 : to;
  const next = skipTimeSetting(tokens, skipModifiers(tokens, after, 1, sentEnd), sentEnd);
  if (next < sentEnd && verbAt(tokens, next, ['finite'], true) > 0) return 'speaker';
  const before = tokens[from - 1];
  const opensClause =
    from === sentStart || isComma(before) || isDash(before?.text ?? '') || SUBORDINATORS.test(lower(before));
  if (
    from - 1 >= sentStart &&
    verbAt(tokens, from - 1, ['finite'], true) > 0 &&
    (from - 1 === sentStart || isComma(tokens[from - 2]) || tokens[from - 2]?.kind === 'quote')
  )
    return 'speaker';
  if (accordingEndingAt(tokens, from - 1) >= 0) return 'speaker';
  const t = tokens[next];
  if (opensClause && t?.kind === 'word' && !isUpper(t.text[0]) && !NOT_A_VERB.has(lower(t))) return 'subject';
  return null;
}
