// Attribution cues around a quotation token: the clause that says who spoke, read off the paragraph's
// tokens. Each rule is one shape of news sentence; the first that fits wins, nearest first.

import { escapeRegExp, isDash, isUpper } from '../text/chars';
import type { Token } from '../text/tokens';
import {
  accordingAt,
  accordingEndingAt,
  asPutIt,
  clauseSubject,
  isComma,
  participleSubject,
  skipModifiers,
  subjectOf,
  verbAt,
} from './clauses';
import {
  CHARACTERIZING_VERBS,
  COGNITION_VERBS,
  FOREIGN_AUXILIARIES,
  foreignVerb,
  inversion,
  OBJECT_VERBS,
  PREPOSITIONS,
  SETTING_WORDS,
  SPEECH_NOUNS,
  TIME_WORDS,
  verbForm,
} from './lexicon';
import { afterPreposition, type Phrase, phraseAt, phraseBefore, possessorBefore, speakerLike } from './phrases';

export type CueMethod = 'after' | 'before' | 'colon' | 'dash' | 'according-to' | 'sentence' | 'tail';

export interface Cue {
  phrase: Phrase;
  method: CueMethod;
  /** Token index of the verb (or of "according"), which quotes sharing one attribution have in common. */
  verb: number;
  /** Token range of the whole attribution clause. */
  from: number;
  to: number;
}

/** What a rule needs to know of the paragraph. */
export interface Clause {
  tokens: Token[];
  /** Token range of the sentence that holds token `at`. */
  sentenceOf(at: number): [number, number];
}

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');
export const PUNCT_END = /^[.?!\u2026]$/;

/** Does the clause end at token i: the sentence's end, a comma, or the next quotation? */
function closesAt(tokens: Token[], i: number, end: number): boolean {
  const t = tokens[i];
  return (
    i >= end || !t || t.kind === 'quote' || PUNCT_END.test(t.text) || t.text === ',' || t.text === ';' || isDash(t.text)
  );
}

/** A word of the setting of a verb of saying: "in a statement", "Monday", "The Associated Press", "CNN". */
function isSetting(t: Token): boolean {
  if (t.kind === 'num') return true;
  if (t.kind !== 'word') return PHRASE_PUNCT.test(t.text);
  const w = t.text.toLowerCase();
  return SETTING_WORDS.has(w) || TIME_WORDS.has(w) || /^\p{Lu}/u.test(t.text) || w === 'to';
}
const PHRASE_PUNCT = /^['’&-]$/;

/** Skips "Monday", "on Tuesday", "last week", "in a statement", "told reporters" after a verb. */
export function skipSetting(tokens: Token[], i: number, end: number): number {
  let k = i;
  const isSettingWord = (t: Token | undefined) =>
    t?.kind === 'word' && (SETTING_WORDS.has(lower(t)) || TIME_WORDS.has(lower(t)));
  // An article or "one" opens a setting only with a setting after it ("said this week", "said in one interview"),
  // not the speaker ("said the 46-year-old", "said one Democratic source").
  while (k < end && isSettingWord(tokens[k])) {
    if (ARTICLES.has(lower(tokens[k])) && !isSettingWord(tokens[k + 1])) {
      // After a preposition, an article and a word or two before the setting's noun: "in an accompanying article".
      const noun = [k + 2, k + 3].find((n) => n < end && isSettingWord(tokens[n]) && !ARTICLES.has(lower(tokens[n])));
      const describes = (n: number) => tokens.slice(k + 1, n).every((t) => t.kind === 'word' && !isUpper(t.text[0]));
      if (k === i || !PREPOSITIONS.has(lower(tokens[k - 1])) || noun === undefined || !describes(noun)) break;
      k = noun;
    }
    k++;
  }
  return k;
}
const ARTICLES = new Set(['a', 'an', 'the', 'this', 'that', 'one']);

/** A quotation whose words end with a mark that closes a clause, inside its closing quotation mark. */
const CLAUSE_CLOSED = /[,.!?…:;][\s\p{Pf}\p{Pi}"'»«]+$/u;

/** “Q,” said X / “Q,” X said / “Q,” X, role, said / “Q,” X told reporters / “Q” — X / “Q,” according to X. */
export function cueAfter(c: Clause, q: number, partial: boolean): Cue | null {
  const { tokens } = c;
  const [, sentEnd] = c.sentenceOf(q);
  let k = q + 1;
  if (tokens[k]?.text === ',') k++;
  const first = tokens[k];
  if (!first) return null;
  // A quotation ending its sentence (“Why?” Smith asked.) may still take a short attribution after it.
  const end = sentEnd > q + 1 ? sentEnd : c.sentenceOf(k)[1];
  const crossed = sentEnd <= q + 1;
  // A quotation woven into its sentence (calling him “a failed candidate.”) has its attribution there, not in the next.
  if (crossed && partial) return null;
  // Words quoted inside a clause go on with it (the way I was “organizing” my inbox, emails …): only a
  // quotation that closes its clause (“Q,” said X / “Why?” X asked / “Q” — X) is followed by its attribution,
  // but a sentence quoted whole may have lost its comma (“We are ready” Smith said).
  const fragment = partial || tokens[q]!.text.split(/\s+/).length <= 3;
  if (fragment && k === q + 1 && !isDash(first.text) && !CLAUSE_CLOSED.test(tokens[q]!.text)) return null;

  if (isDash(first.text)) {
    const phrase = phraseAt(tokens, k + 1, end, k + 1);
    if (phrase && phrase.kind !== 'pronoun' && closesAt(tokens, phrase.to, end))
      return { phrase, method: 'dash', verb: k, from: k, to: phrase.to };
    return null;
  }
  const source = accordingAt(tokens, k);
  // „Wir schaffen das“, so Merkel: German's "so" before a name, as "according to".
  const so = first.text === 'so' && tokens[k + 1]?.kind === 'word' && isUpper(tokens[k + 1]!.text[0]!) ? k + 1 : -1;
  if (source > 0 || so > 0) {
    const phrase = phraseAt(tokens, source > 0 ? source : so, end, k);
    if (phrase && phrase.kind !== 'pronoun' && (source > 0 || closesAt(tokens, phrase.to, end)))
      return { phrase, method: 'according-to', verb: k, from: k, to: phrase.to };
    return null;
  }
  // « … », dit-il / a-t-elle déclaré: the verb and its pronoun in one token.
  const inverted = inversion(first.text);
  if (
    inverted &&
    !crossed &&
    (verbForm(inverted.verb) === 'finite' ||
      (FOREIGN_AUXILIARIES.has(inverted.verb) && foreignVerb(lower(tokens[k + 1]))))
  ) {
    const phrase: Phrase = {
      kind: 'pronoun',
      from: k,
      to: k + 1,
      name: first.text,
      role: null,
      gender: inverted.gender,
    };
    return { phrase, method: 'after', verb: k, from: k, to: k + 1 };
  }
  // “Q,” as NPR’s Debbie Elliot reported: "as" and who put it so.
  if (lower(first) === 'as') {
    const phrase = asPutIt(tokens, k, end);
    return phrase ? { phrase, method: 'after', verb: k, from: k, to: phrase.to } : null;
  }
  // Verb first: “Q,” said Emily Odom, chief of …
  const afterVerb = verbAt(tokens, k, ['finite'], true);
  if (afterVerb > 0 && !crossed) {
    const at = skipSetting(tokens, afterVerb, end);
    // Whoever follows "said" right after a quotation said it, whatever comes after them; not whom it was said
    // to ("said to New Scientist").
    const phrase = afterPreposition(tokens, at) ? null : phraseAt(tokens, at, end, k);
    return phrase ? { phrase, method: 'after', verb: k, from: k, to: phrase.to } : null;
  }
  // Speaker first: “Q,” acting Deputy Assistant Attorney General Richard Downing said.
  let phrase = phraseAt(tokens, k, end, k);
  if (!phrase) return null;
  // “Q,” Mark McCaughrean, senior science advisor for ESA. — a name and its role, and nothing else, sign the
  // quotation, as a dash would.
  const signs = phrase.to === end || (phrase.to === end - 1 && PUNCT_END.test(tokens[phrase.to]!.text));
  if (!crossed && phrase.kind === 'person' && phrase.role !== null && signs && isComma(tokens[k - 1]))
    return { phrase, method: 'dash', verb: k, from: k, to: phrase.to };
  let v = skipModifiers(tokens, tokens[phrase.to]?.text === ',' ? phrase.to + 1 : phrase.to, 1, end);
  let afterV = verbAt(tokens, v, ['finite'], true);
  // “Q,” the Saudis state in …: the bare verb was read as the phrase's last noun (a plural subject's).
  if (afterV < 0 && phrase.to - 1 > k && verbForm(lower(tokens[phrase.to - 1])) === 'base') {
    const shorter = phraseAt(tokens, k, phrase.to - 1, k);
    if (shorter?.to === phrase.to - 1 && shorter.gender === 'p')
      [phrase, v, afterV] = [shorter, shorter.to, verbAt(tokens, shorter.to, ['finite'], true)];
  }
  // “Q,” a voice-over in the ad states: past a prepositional phrase to the verb.
  if (afterV < 0 && PREPOSITIONS.has(lower(tokens[v]))) {
    const object = phraseAt(tokens, v + 1, end, k);
    if (object && object.kind !== 'pronoun' && object.to - v <= 6) {
      const w = skipModifiers(tokens, object.to, 1, end);
      const after = verbAt(tokens, w, ['finite'], true);
      if (after > 0) [v, afterV] = [w, after];
    }
  }
  // “Q,” Wray Grimaldi of the University of Otago in Dunedin, New Zealand, said: the subject before a verb of
  // saying further on, if it is the phrase that follows the quotation.
  if (afterV < 0 && !crossed) {
    const ahead = subjectAhead(tokens, k, phrase.to, end, true);
    if (ahead) [phrase, v, afterV] = [ahead.phrase, ahead.verb, ahead.after];
  }
  if (afterV < 0) return null;
  // “Q.” Chairman Jason Chaffetz did not respond to a request for comment: whoever did not speak said nothing.
  if (tokens.slice(phrase.to, v).some((t) => /^(?:not|never)$/i.test(t.text))) return null;
  // After a quotation that ended its sentence, a name right before the verb ("Perpetual motion!" Rep.
  // Glenn Thompson said of …) or a short clause ("Smith asked.") attributes it; not a new sentence about
  // something else ("The plan said …").
  if (crossed && phrase.kind === 'description' && !closesAt(tokens, skipSetting(tokens, afterV, end), end)) return null;
  // “Q.” Jason Miller added, “Q2”: a new sentence that introduces the next quotation is that one's.
  const next = skipSetting(tokens, afterV, end);
  if (crossed && /^[,:]$/.test(tokens[next]?.text ?? '') && tokens[next + 1]?.kind === 'quote') return null;
  return { phrase, method: 'after', verb: v, from: k, to: afterV };
}

/** X said: “Q” / He added, “Q” / Smith told reporters: “Q” / X wrote in a statement: “Q” / According to X, “Q”. */
export function cueBefore(c: Clause, q: number): Cue | null {
  const { tokens } = c;
  const [sentStart] = c.sentenceOf(q);
  let k = q - 1;
  if (k < sentStart) return null;
  if (tokens[k]!.text === ':' || tokens[k]!.text === ',') k--;
  else if (!isDash(tokens[k]!.text)) return null;
  // "As Steven Rosenthal, a tax lawyer, recently put it, “Q”": "as" may lie far back, past a long appositive.
  if (lower(tokens[k]) === 'it' && /^puts?$/.test(lower(tokens[k - 1]))) {
    for (let a = k - 2; a >= sentStart && k - a <= 40; a--) {
      const phrase = lower(tokens[a]) === 'as' ? asPutIt(tokens, a, k) : null;
      if (phrase) return { phrase, method: 'before', verb: a, from: a, to: k + 1 };
    }
  }
  // Walk back over the setting ("told The Associated Press", "said in a statement Monday") to the verb.
  for (let v = k; v >= sentStart && k - v <= 8; v--) {
    const t = tokens[v]!;
    if (verbAt(tokens, v, ['finite'], true) > 0) {
      const phrase = subjectOf(tokens, v, sentStart);
      if (phrase) return { phrase, method: 'before', verb: v, from: phrase.from, to: k + 1 };
      break;
    }
    if (verbAt(tokens, v, ['participle'], true) > 0) {
      // "Smith praised the plan, adding: “Q”": the participle's subject is the sentence's.
      const phrase = participleSubject(tokens, v, sentStart);
      return phrase ? { phrase, method: 'before', verb: v, from: phrase.from, to: k + 1 } : null;
    }
    if (lower(t) === 'as') {
      const phrase = asPutIt(tokens, v, q);
      if (phrase) return { phrase, method: 'before', verb: v, from: v, to: k + 1 };
    }
    const opens = accordingEndingAt(tokens, v);
    if (opens >= 0) {
      const phrase = phraseAt(tokens, v + 1, k + 1, v + 1);
      if (phrase && phrase.to === k + 1 && phrase.kind !== 'pronoun')
        return { phrase, method: 'according-to', verb: opens, from: opens, to: k + 1 };
      return null;
    }
    // "as Professor Foner put it: “Q”".
    if (lower(t) === 'it' && lower(tokens[v - 1]) === 'put') {
      for (let a = v - 2; a >= sentStart && v - a <= 24; a--) {
        const phrase = lower(tokens[a]) === 'as' ? asPutIt(tokens, a, k + 1) : null;
        if (phrase) return { phrase, method: 'before', verb: a, from: a, to: k + 1 };
      }
    }
    // "Nelson Diaz said of Mr. Rubio: “Q”".
    if (!isSetting(t) && lower(t) !== 'of') break;
  }
  // "Said Dorothy Poynter, who grew up with Ali, “Q”", "Continued Stone: “Q”": the verb first, then who spoke.
  const first = /^(and|but)$/i.test(tokens[sentStart]!.text) ? sentStart + 1 : sentStart;
  if (verbAt(tokens, first, ['finite'], true) > 0) {
    const phrase = phraseAt(tokens, first + 1, q, first + 1);
    if (phrase && phrase.kind !== 'pronoun' && phrase.to >= k)
      return { phrase, method: 'before', verb: first, from: first, to: k + 1 };
  }
  if (tokens[q - 1]!.text === ':') {
    // "TRUMP: “Q”", "— Michael P. McDonald: “Q”", "More from Blumenthal and Cohen: “Q”": a name alone before the
    // colon, as transcripts and round-ups write.
    const named = coordinated(tokens, phraseBefore(tokens, q - 1, sentStart), sentStart);
    const opener = named ? lower(tokens[named.from - 1]) : '';
    const alone =
      named &&
      (named.from === sentStart || /^[—–\-.]$/.test(opener) || (opener === 'from' && named.from - 2 <= sentStart + 1));
    if (named && alone && (named.kind === 'person' || named.kind === 'organization'))
      return { phrase: named, method: 'colon', verb: q - 1, from: named.from, to: q };
    // "Cruz called them on it: “Q”" — a quotation after a colon is said by the subject of the clause before;
    // or, when that subject is a thing, by the person the clause ends on ("… doesn’t surprise pollster Daron Shaw:").
    // Not one the quotation itself speaks of ("… which it blames on President Obama: “Obama always goes …”").
    const phrase = clauseSubject(tokens, sentStart, q - 1);
    if (phrase && !spokenOf(tokens[q]!.text, phrase))
      return { phrase, method: 'colon', verb: q - 1, from: phrase.from, to: q };
    if (named?.kind === 'person' && named.role !== null && !spokenOf(tokens[q]!.text, named))
      return { phrase: named, method: 'colon', verb: q - 1, from: named.from, to: q };
  }
  return null;
}

/**
 * The subject before the first verb of saying after `from` (looking past `from`'s phrase, to `end`, no
 * quotation between), when it is a person's phrase that opens at `from`: "Wray Grimaldi of the University of
 * Otago in Dunedin, New Zealand, said", which the phrase read forward stops short of.
 */
function subjectAhead(
  tokens: Token[],
  from: number,
  past: number,
  end: number,
  weakOk: boolean,
): { phrase: Phrase; verb: number; after: number } | null {
  for (let w = past; w < Math.min(end, past + 24) && tokens[w]!.kind !== 'quote'; w++) {
    const after = verbAt(tokens, w, ['finite'], weakOk);
    if (after < 0) continue;
    const subject = phraseBefore(tokens, w, from);
    return subject?.from === from && subject.kind === 'person' ? { phrase: subject, verb: w, after } : null;
  }
  return null;
}

/** Does a quotation name the person or body, by the last word of the name: then it speaks of them. */
function spokenOf(quotation: string, phrase: Phrase): boolean {
  if (phrase.kind !== 'person' && phrase.kind !== 'organization') return false;
  const last = phrase.name.split(/\s+/).at(-1)!;
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(last)}(?![\\p{L}])`, 'u').test(quotation);
}

/** "Mark Blumenthal and Jon Cohen": a name joined to the one before it by "and", as one speaker phrase. */
function coordinated(tokens: Token[], phrase: Phrase | null, floor: number): Phrase | null {
  if (phrase?.kind !== 'person' || lower(tokens[phrase.from - 1]) !== 'and') return phrase;
  const before = phraseBefore(tokens, phrase.from - 1, floor);
  return before?.kind === 'person' ? { ...phrase, from: before.from } : phrase;
}

/**
 * A quotation inside the sentence of a verb of saying: Sessions said drug deals … are “pouring fuel …”;
 * Sessions doubled the number of agents, saying vendors are “…”; Adams said Americans should “get trained …”.
 */
export function cueInSentence(c: Clause, q: number, partial: boolean): Cue | null {
  const { tokens } = c;
  const [sentStart] = c.sentenceOf(q);
  // "…, the Graysons became “agitated” once the cameras were off, according to a source": a source that
  // closes the sentence is its source, whatever verbs its clauses have.
  const tail = cueTail(c, q);
  if (tail?.method === 'according-to') return tail;
  // "Donald Trump’s claim that there have been “thousands of shootings”": a noun of speech and its owner,
  // or a thinker, unless a verb of saying governs them ("Ryan said Mr. Trump's criticism … was “racist”").
  let owned: Cue | null = null;
  for (let v = q - 1; v >= sentStart; v--) {
    const t = tokens[v]!;
    if (t.kind === 'quote') continue;
    if (
      !owned &&
      SPEECH_NOUNS.has(lower(t)) &&
      v > sentStart &&
      (tokens[v + 1]!.kind === 'quote' || /^(of|that|for|to|about|on|:|,)$/.test(lower(tokens[v + 1])))
    ) {
      const phrase = possessorBefore(tokens, v, sentStart);
      if (phrase) owned = { phrase, method: 'sentence', verb: v, from: phrase.from, to: v + 1 };
    }
    const opens = accordingEndingAt(tokens, v);
    if (opens >= 0) {
      const phrase = phraseAt(tokens, v + 1, q, v + 1);
      if (phrase && phrase.kind !== 'pronoun')
        return { phrase, method: 'according-to', verb: opens, from: opens, to: phrase.to };
    }
    // A weak verb ("offering", "promised") attributes only right before the quotation.
    const weakOk = v === q - 1;
    if (verbAt(tokens, v, ['finite'], weakOk) > 0) {
      // "The plan, said Ann Smith, is “…”", "After that bid, says Jones, “…”": a reporting clause set off by
      // commas, its subject after the verb; not the object of a verb that takes one ("…, told her supporters, “…”").
      const objectFirst = OBJECT_VERBS.test(lower(t)) || /^ask(?:s|ed)?$/.test(lower(t));
      const inverted = isComma(tokens[v - 1]) && !objectFirst ? phraseAt(tokens, v + 1, q, v + 1) : null;
      if (inverted && isComma(tokens[inverted.to]) && inverted.kind !== 'pronoun' && speakerLike(inverted))
        return { phrase: inverted, method: 'sentence', verb: v, from: v, to: inverted.to };
      const phrase = subjectOf(tokens, v, sentStart);
      if (phrase && speakerLike(phrase)) return { phrase, method: 'sentence', verb: v, from: phrase.from, to: v + 1 };
    } else if (partial && !owned && COGNITION_VERBS.has(t.text) && wordsIn(tokens[q]!) > 2) {
      // "Bolton thought the buzz was “artificially nourished”": words the subject holds to, unless a verb of
      // saying governs the thought ("Law said, noting that donors feel “…”").
      const phrase = subjectOf(tokens, v, sentStart);
      if (phrase && speakerLike(phrase)) owned = { phrase, method: 'sentence', verb: v, from: phrase.from, to: v + 1 };
    } else if (partial && CHARACTERIZING_VERBS.has(t.text) && !t.text.endsWith('ing')) {
      // "Bush called Trump “unhinged”", "Stevens called Trump's statements “childish”": words put in the subject's mouth.
      const phrase = subjectOf(tokens, v, sentStart);
      if (phrase && speakerLike(phrase)) return { phrase, method: 'sentence', verb: v, from: phrase.from, to: v + 1 };
    } else if (owned) {
    } else if (verbAt(tokens, v, ['participle'], weakOk) > 0) {
      const phrase = participleSubject(tokens, v, sentStart);
      if (phrase) return { phrase, method: 'sentence', verb: v, from: phrase.from, to: v + 1 };
    } else if (lower(t) === 'as') {
      // "As Tom Ridge put it, …", "as The Post's Dana Milbank notes, …".
      const phrase = asPutIt(tokens, v, q);
      if (phrase) return { phrase, method: 'sentence', verb: v, from: v, to: phrase.to };
    } else if (partial && CHARACTERIZING_VERBS.has(t.text)) {
      // "…, calling it a “paperwork error”".
      const phrase = participleSubject(tokens, v, sentStart);
      if (phrase && speakerLike(phrase)) return { phrase, method: 'sentence', verb: v, from: phrase.from, to: v + 1 };
    }
  }
  return owned ?? tail;
}

const wordsIn = (t: Token) => t.text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** A sentence that ends with its attribution: … “very concerned” about the trend, Smith said. */
export function cueTail(c: Clause, q: number): Cue | null {
  const { tokens } = c;
  const [, sentEnd] = c.sentenceOf(q);
  const end = PUNCT_END.test(tokens[sentEnd - 1]!.text) ? sentEnd - 1 : sentEnd;
  // The last comma may open the speaker's appositive (", said Joseph Seneca, an economist"): try each.
  for (let comma = sentEnd - 1; comma > q; comma--) {
    const cue = tokens[comma]!.text === ',' ? attributionAfter(tokens, comma, end) : null;
    if (cue) return cue;
  }
  return null;
}

/** An attribution that is all the rest of a sentence after a comma: ", Smith said", ", said Smith", ", according to Smith". */
export function attributionAfter(tokens: Token[], comma: number, end: number): Cue | null {
  // "…, as Mr. Obama put it", "…, as NPR reported".
  if (lower(tokens[comma + 1]) === 'as') {
    const phrase = asPutIt(tokens, comma + 1, end);
    return phrase ? { phrase, method: 'tail', verb: comma + 1, from: comma + 1, to: end } : null;
  }
  const after = verbAt(tokens, comma + 1, ['finite'], false);
  if (after > 0) {
    // "…, said Kyle Rau", not "…, said at a Washington event" nor "…, said to New Scientist".
    const at = skipSetting(tokens, after, end);
    const phrase = afterPreposition(tokens, at) ? null : phraseAt(tokens, at, end, comma + 1);
    if (phrase && phrase.kind !== 'pronoun' && speakerLike(phrase) && phrase.to === end)
      return { phrase, method: 'tail', verb: comma + 1, from: comma + 1, to: end };
  }
  const phrase = phraseAt(tokens, comma + 1, end, comma + 1);
  if (phrase) {
    const v = skipModifiers(tokens, phrase.to, 1, end);
    const afterV = verbAt(tokens, v, ['finite'], false);
    if (afterV > 0 && skipSetting(tokens, afterV, end) === end)
      return { phrase, method: 'tail', verb: v, from: comma + 1, to: end };
    // "…, Jane Smith of the Netherlands’ Fontys University of Applied Sciences writes."
    const ahead = afterV < 0 ? subjectAhead(tokens, comma + 1, phrase.to, end, false) : null;
    if (ahead && skipSetting(tokens, ahead.after, end) === end)
      return { phrase: ahead.phrase, method: 'tail', verb: ahead.verb, from: comma + 1, to: end };
  }
  const source = accordingAt(tokens, comma + 1);
  if (source > 0) {
    const p = phraseAt(tokens, source, end, source);
    if (p && p.to === end) return { phrase: p, method: 'according-to', verb: comma + 1, from: comma + 1, to: end };
  }
  return null;
}

/**
 * Is the quotation reported at all: a verb of saying (or of calling something something) before it in its
 * sentence, or an attribution closing the sentence? Said of a short quotation even when its speaker cannot
 * be named ("About four in 10 said they were “angry”"), which makes it a quotation, not a term.
 */
export function reported(c: Clause, q: number): boolean {
  const { tokens } = c;
  const [sentStart] = c.sentenceOf(q);
  for (let v = q - 1; v >= sentStart; v--) {
    const t = tokens[v]!;
    if (verbAt(tokens, v, ['finite', 'participle'], false) > 0 || CHARACTERIZING_VERBS.has(lower(t))) return true;
    if (accordingEndingAt(tokens, v) >= 0) return true;
  }
  return cueTail(c, q) !== null;
}
