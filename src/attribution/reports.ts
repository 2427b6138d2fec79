// Reported speech: a sentence that says what someone said without quoting it ("Agents on the team say it
// forces a new level of cooperation", "…, said Kyle Rau"). What it finds is a paraphrase, kept apart from
// quotations: the reporter's words, not the speaker's.

import type { Token } from '../text/tokens';
import { accordingAt, subjectOf, verbAt } from './clauses';
import { attributionAfter, type Cue, PUNCT_END, skipSetting } from './cues';
import { BE_OR_HAVE, HEDGES, NOT_CONTENT, OBJECT_VERBS, SETTING_PREPOSITIONS } from './lexicon';
import { phraseAt, speakerLike } from './phrases';

export interface ReportCue {
  cue: Cue;
  /** The reported content, as tokens [from, to). */
  from: number;
  to: number;
}

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');

/** Fewest words a reported content has: "the plan would fail". */
const MIN_WORDS = 4;

/** Verbs that report a statement without "that" ("Critics say the plan …"); any other needs it ("noted that …"). */
const BARE_CLAUSE_VERBS =
  /^(?:say|says|said|tell|tells|told|claim|claims|claimed|insist|insists|insisted|argue|argues|argued|contend|contends|contended|assert|asserts|asserted|warn|warns|warned|add|adds|added|predict|predicts|predicted|acknowledge|acknowledged|admit|admits|admitted|concede|conceded|estimate|estimates|estimated|suggest|suggests|suggested|write|writes|wrote)$/;

/** Words before a subject that make its verb a relative clause's: "the test, which state media claimed …". */
const RELATIVE = new Set(['which', 'that', 'what', 'whom', 'who', 'whose']);

/** Lemmas whose report is not of a statement: a question ("asked"), speech without content ("spoke", "talked"). */
const NO_CONTENT_VERBS =
  /^(?:ask|asks|asked|speak|speaks|spoke|talk|talks|talked|chant|chants|chanted|sing|sings|sang|laugh|laughs|laughed|smile|smiles|smiled|shrug|shrugs|shrugged|sigh|sighs|sighed|cry|cries|cried|shout|shouts|shouted|yell|yells|yelled|scream|screams|screamed|whisper|whispers|whispered|mutter|mutters|muttered|thunder|thundered|tweet|tweets|tweeted|post|posts|posted|read|reads|quote|quotes|quoted|cite|cites|cited|lecture|lectured)$/;

/**
 * The reported speech that sentence [sentStart, sentEnd) holds, or null: "According to X, …", "…, X said" /
 * "…, said X", or "X said (that) …". A sentence with a quotation in it is the quotation's.
 */
export function reportIn(tokens: Token[], sentStart: number, sentEnd: number): ReportCue | null {
  if (sentEnd - sentStart < MIN_WORDS + 2) return null;
  for (let i = sentStart; i < sentEnd; i++) if (tokens[i]!.kind === 'quote') return null;
  const last = tokens[sentEnd - 1]!.text;
  if (last === '?' || last === ':') return null;
  const end = PUNCT_END.test(last) ? sentEnd - 1 : sentEnd;
  let start = sentStart;
  if (/^(?:and|but|yet|so|still|now|meanwhile)$/.test(lower(tokens[start])) && tokens[start + 1]?.kind === 'word')
    start++;
  if (tokens[start]?.text === ',') start++;
  return according(tokens, start, end) ?? tail(tokens, start, end) ?? lead(tokens, sentStart, start, end);
}

/** "According to the agency's report, …". */
function according(tokens: Token[], start: number, end: number): ReportCue | null {
  const source = accordingAt(tokens, start);
  if (source < 0) return null;
  const phrase = phraseAt(tokens, source, end, start);
  if (!phrase || phrase.kind === 'pronoun' || !speakerLike(phrase) || tokens[phrase.to]?.text !== ',') return null;
  const cue: Cue = { phrase, method: 'according-to', verb: start, from: start, to: phrase.to };
  return content(tokens, cue, phrase.to + 1, end);
}

/** "…, said Kyle Rau, of the U.S. Postal Inspection Service", "…, officials said", "…, according to X". */
function tail(tokens: Token[], start: number, end: number): ReportCue | null {
  for (let comma = start + MIN_WORDS; comma < end - 1; comma++) {
    if (tokens[comma]!.text !== ',') continue;
    const cue = attributionAfter(tokens, comma, end);
    if (cue && (cue.phrase.kind === 'pronoun' || speakerLike(cue.phrase))) return content(tokens, cue, start, comma);
  }
  return null;
}

/** "Critics say the strategy …", "Agents said that gangs …", "He told reporters the plan …". */
function lead(tokens: Token[], sentStart: number, start: number, end: number): ReportCue | null {
  for (let v = start; v < end; v++) {
    const after = verbAt(tokens, v, ['finite'], false);
    if (after < 0) continue;
    if (NO_CONTENT_VERBS.test(lower(tokens[v])) || HEDGES.has(lower(tokens[v - 1])) || HEDGES.has(lower(tokens[v - 2])))
      return null;
    const phrase = subjectOf(tokens, v, sentStart);
    if (!phrase || (phrase.kind !== 'pronoun' && !speakerLike(phrase))) continue;
    if (RELATIVE.has(lower(tokens[phrase.from - 1]))) return null;
    const verb = lower(tokens[v]);
    let from = skipSetting(tokens, after, end);
    const placed = from > after && SETTING_PREPOSITIONS.has(lower(tokens[after]));
    // "told the council (that) …": the object, unless the setting was it ("told reporters").
    if (OBJECT_VERBS.test(verb) && from === after) {
      const object = phraseAt(tokens, from, end, sentStart);
      if (object && lower(tokens[object.from]) !== 'that') from = object.to;
    }
    // "that", and French, Spanish and Portuguese "que" ("Macron a déclaré que …", "dijo que …", "disse que …").
    const that = /^(?:that|que|qu['’])$/.test(lower(tokens[from]));
    if (!that && (placed || !BARE_CLAUSE_VERBS.test(verb) || BE_OR_HAVE.has(lower(tokens[v - 1])))) return null;
    return content(
      tokens,
      { phrase, method: 'sentence', verb: v, from: phrase.from, to: after },
      that ? from + 1 : from,
      end,
    );
  }
  return null;
}

/** The cue with its content [from, to), if that reads as a statement. */
function content(tokens: Token[], cue: Cue, from: number, to: number): ReportCue | null {
  const first = tokens[from];
  if (first?.kind !== 'word' || NOT_CONTENT.has(lower(first))) return null;
  let words = 0;
  for (let i = from; i < to; i++) if (tokens[i]!.kind === 'word' || tokens[i]!.kind === 'num') words++;
  return words >= MIN_WORDS ? { cue, from, to } : null;
}
