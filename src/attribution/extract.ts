// Quotations and their speakers in an article's text: the finder's quotations, sorted into quotes and
// terms, each quote attributed to a speaker by the cues around it, resolved through the article's discourse.

import { findQuotes, type QuoteSpan } from '../quotes/find';
import { isDash, isUpper } from '../text/chars';
import { ATTRIBUTED, languageOf } from '../text/language';
import { foldName } from '../text/names';
import { type BlockKind, type Paragraph, paragraphs, type Span } from '../text/paragraphs';
import { sentences } from '../text/sentences';
import { type Token, tokenize } from '../text/tokens';
import { foldWords } from '../text/words';
import { clauseSubject, isComma, type MentionRole, mentionRole, reportingSubject } from './clauses';
import { probability } from './confidence';
import { type Clause, type Cue, cueAfter, cueBefore, cueInSentence, reported } from './cues';
import { Discourse, type Resolution } from './entities';
import { functionWord, germanCue, germanLabel, germanMention, germanName, germanPerson, germanQuoted } from './german';
import { givenName } from './given-names';
import {
  DETERMINERS,
  FOREIGN_DETERMINERS,
  NON_NAME_CAPITALS,
  onlyPlural,
  personSense,
  TITLE_WORDS,
  verbForm,
} from './lexicon';
import type { Attributed, AttributionMethod, Extraction, Quote, QuoteKind, Report } from './model';
import {
  issuerOf,
  joinTokens,
  type Phrase,
  phraseAt,
  phraseBefore,
  possessorBefore,
  pronounAt,
  speakerLike,
} from './phrases';
import { reportIn } from './reports';
import {
  definiteGender,
  describedPerson,
  fullestName,
  nearbyPerson,
  ROMANCE,
  type RomanceLanguage,
  romanceBody,
  romanceCue,
  romanceMention,
  romanceName,
  romanceSpeaker,
} from './romance';
import { languageRuns } from './runs';
import { fittingRole, isAlias, shapeSpeaker } from './shape';
import { isSpeakerLabel, turnLabel } from './transcript';

/** Words before a quotation that make it a name, a title or a term rather than someone's words. */
const NAMING_CUES =
  /^(?:so-called|dubbed|nicknamed|titled|entitled|named|labeled|labelled|branded|hashtag|word|words|term|phrase|slogan|label|motto|headline|tagline|caption|nickname|known as|billed as)$/i;

/** Prepositions before a title: "the broadcast of “…”", "an appearance on “…”". */
const TITLE_PREPOSITIONS = /^(?:of|on|in|from)$/i;
/** Kinds of work whose title follows them after a comma: "his 2002 book, “…”". */
const WORKS =
  /^(?:book|books|film|movie|show|series|song|album|novel|memoir|essay|play|program|programme|documentary|anthem|poem|podcast|column|commentary|article|biography)$/i;

/** A paragraph, or several joined by a quotation that runs through them, with its tokens. */
interface Block extends Clause {
  span: Span;
  /** What its first paragraph is: prose, or a caption, a byline or a heading. */
  kind: BlockKind;
  /** A picture's credit in it: "(Michele Crowe/The White House)", or the whole block "Craig McDean/GQ". */
  credit: Span | null;
  quotes: QuoteSpan[];
  sentenceSpans: [number, number][];
  /** Ordinal of the block's first sentence in the article. */
  firstSentence: number;
}

/**
 * Quotations in a text; `paras` gives its paragraphs where the format knows them, and what each is (else
 * blank lines do, and all is prose). `language` is the one the article declares; else its text's is detected,
 * and picks the rules: in a language without them, quotations are found but no one is named.
 */
export function extract(
  text: string,
  paras: Paragraph[] = paragraphs(text),
  language: string | null = null,
): Extraction {
  const runs = languageRuns(text, paras, languageOf(language, text));
  if (runs.length === 1) return extractRun(text, runs[0]!.paras, runs[0]!.lang);
  // Each run numbers its groups from 1: the article's go on from the run before.
  const out: Extraction = { quotes: [], reports: [], terms: [] };
  let group = 0;
  for (const run of runs) {
    const found = extractRun(text, run.paras, run.lang);
    const groups = new Map<string, string>();
    for (const q of found.quotes) {
      if (!groups.has(q.group)) groups.set(q.group, `g${++group}`);
      out.quotes.push({ ...q, group: groups.get(q.group)! });
    }
    out.reports.push(...found.reports);
    out.terms.push(...found.terms);
  }
  return out;
}

/** The quotations of a run of paragraphs in one language, by its rules. */
function extractRun(text: string, paras: Paragraph[], lang: string | null): Extraction {
  const blocks = toBlocks(text, paras);
  const discourse = new Discourse(
    text,
    lang && ROMANCE.has(lang) ? (phrase, pos) => romanceMention(lang as RomanceLanguage, phrase, text, pos) : undefined,
  );
  for (const b of blocks) scanMentions(b, discourse, lang);

  const quotes: Quote[] = [];
  const reports: Report[] = [];
  const terms: Span[] = [];
  let groups = 0;
  // Who spoke at the end of the paragraph before: a paragraph that opens with a quotation and names nobody
  // goes on in the same voice, as news writing does.
  let carried: Carried | null = null;
  for (const b of blocks) {
    let previous: { quote: Quote; cue: Cue | null; token: number } | null = null;
    for (let t = 0; t < b.tokens.length; t++) {
      const token = b.tokens[t]!;
      if (token.kind !== 'quote') continue;
      const span = b.quotes[token.quote!]!;
      const ordinal = b.firstSentence + b.sentenceSpans.findIndex(([s, e]) => t >= s && t < e);
      // "WALLACE: Let’s start …": a transcript's turn in quotation marks is its labelled speaker's.
      const turn = turnIn(text, span.start, span.end, ordinal, discourse);
      if (turn) {
        turn.group = `g${++groups}`;
        quotes.push(turn);
        previous = { quote: turn, cue: null, token: t };
        continue;
      }
      const kind = quoteKind(b, t);
      const found = cueOf(b, t, kind, lang, text);
      // false: the sentence says no one is named ("„…“, heißt es").
      const cue = found || null;
      const term = lang === 'de' ? !germanQuoted(b, t, kind === 'partial', found) : isTerm(b, t, span, text, kind, cue);
      if (term) {
        terms.push({ start: span.start, end: span.end });
        continue;
      }
      const sentence = b.sentenceOf(t);
      const sentenceSpan = { start: b.tokens[sentence[0]]!.start, end: b.tokens[sentence[1] - 1]!.end };
      const quote: Quote = {
        ...unattributed(text, span.start, span.end, sentenceSpan),
        kind,
        group: '',
        segments: span.segments,
      };
      const shape = { partial: kind === 'partial', report: false };
      const resolved = cue ? resolve(cue.phrase, b, discourse, ordinal) : null;
      // A quotation woven into a sentence of its own, after the paragraph's last one: its clause's subject.
      const own =
        !cue && kind === 'partial' && t > sentence[0] && previous !== null && previous.token < sentence[0]
          ? subjectSpeaker(b, sentence[0], t, discourse, ordinal)
          : null;
      let sameGroup = false;
      if (cue && resolved) {
        setSpeaker(quote, resolved, cue.phrase, cue.method, shape);
        sameGroup = previous !== null && previous.cue?.verb === cue.verb;
      } else if (found === false) {
        // Named by no one: neither the quotation before nor the paragraph before lend it a speaker.
      } else if (own) {
        setSpeaker(quote, own.r, own.phrase, 'subject', shape);
      } else if (previous?.quote.speaker && !cue && !anotherVoice(b, sentence[0], t, kind, previous.quote)) {
        // A quotation that follows another in the paragraph without its own attribution is the same speaker's.
        inherit(quote, previous.quote, 'inherited');
        sameGroup = true;
      } else if (!cue && t === 0 && carried && b.kind === 'prose') {
        if (carried.via === 'quotation') inherit(quote, carried.from, 'carried');
        else {
          const r = resolve(carried.phrase, carried.block, discourse, carried.sentence);
          if (r) setSpeaker(quote, r, carried.phrase, carried.via === 'colon' ? 'colon' : 'carried', shape);
        }
      } else if (!cue && kind === 'direct' && t === sentence[0]) {
        // "Bolton said he would support the nominee. “Q”": the sentence before reports the same voice.
        const k = b.sentenceSpans.findIndex(([s]) => s === sentence[0]);
        const before = k > 0 ? b.sentenceSpans[k - 1]! : null;
        const phrase = before ? reportingSubject(b.tokens, before[0], before[1]) : null;
        const r = phrase ? resolve(phrase, b, discourse, ordinal - 1) : null;
        if (r) setSpeaker(quote, r, phrase!, 'carried', shape);
        else if (before) {
          // "Viguerie is upbeat, because he sees Cruz as a uniter. “Q”": whom the sentence before is about.
          const subject = clauseSubject(b.tokens, before[0], before[1]);
          const rs =
            subject && (subject.kind === 'person' || subject.kind === 'pronoun') && surely(subject, b, discourse)
              ? resolve(subject, b, discourse, ordinal - 1)
              : null;
          if (rs) setSpeaker(quote, rs, subject!, 'context', shape);
        }
      } else if (!cue && t > sentence[0]) {
        const s = subjectSpeaker(b, sentence[0], t, discourse, ordinal);
        if (s) setSpeaker(quote, s.r, s.phrase, 'subject', shape);
      }
      quote.group = sameGroup ? previous!.quote.group : `g${++groups}`;
      quotes.push(quote);
      previous = { quote, cue, token: t };
    }
    // "TAPPER: Do you think …": a transcript's turn as a paragraph of its own.
    const turn = b.quotes.length === 0 ? turnIn(text, b.span.start, b.span.end, b.firstSentence, discourse) : null;
    if (turn) {
      turn.group = `g${++groups}`;
      quotes.push(turn);
    }
    // A caption, a byline or a subheading between a lead-in and its quotation does not break the voice.
    if (b.kind === 'prose') carried = turn ? { from: turn, via: 'quotation' } : carriedFrom(b, previous);
    if (!turn) reports.push(...reportsIn(b, text, discourse));
  }
  // A wrong name is worse than none: without rules for the language, no one; in German, no function word.
  if (lang && !ATTRIBUTED.has(lang)) return { quotes: quotes.map(unnamed), reports: [], terms };
  if (lang === 'de') {
    const named = (q: Attributed) =>
      !q.speaker || (germanName(q.speaker.name) && (q.speakerKind !== 'person' || germanPerson(q.speaker.name, text)));
    const read = quotes.map((q) => (named(q) ? q : unnamed(q)));
    // A word or two in capitals that no one is found to say is a name or a term (German rules).
    const label = (q: Quote) => !q.speaker && germanLabel(q.text);
    const labels = read.filter(label).map((q) => ({ start: q.start, end: q.end }));
    return inLanguage(
      { quotes: read.filter((q) => !label(q)), reports: reports.filter(named), terms: [...terms, ...labels] },
      lang,
    );
  }
  if (lang && ROMANCE.has(lang)) {
    // A name only where one can be: past titles and function words, and no place, imperative or article's noun.
    const romance = lang as RomanceLanguage;
    // "la syndicaliste": whom the last sentences before the quotation are about, of the article's gender.
    const salientPerson = (description: string, pos: number) => {
      const described = definiteGender(romance, description);
      const b = blocks.find((x) => x.span.start <= pos && pos < x.span.end);
      if (!described || !b) return null;
      const k = b.sentenceSpans.findIndex(([, e]) => pos < b.tokens[e - 1]!.end);
      const r = discourse.resolveDescribed(described.gender, pos, b.firstSentence + Math.max(0, k));
      return r?.entity.name ?? null;
    };
    const named = (q: Quote): Quote => {
      if (!q.speaker) return q;
      if (q.speakerKind === 'description') {
        // "le porte-parole" is the person the article names with that title.
        const sentence = q.sentence ?? { start: q.start, end: q.end };
        const person =
          describedPerson(romance, q.speaker.name, text, sentence.end) ??
          nearbyPerson(romance, q.speaker.name, text, sentence, q) ??
          salientPerson(q.speaker.name, q.start);
        return person
          ? { ...q, speaker: { ...q.speaker, name: person, role: q.speaker.name }, speakerKind: 'person' }
          : q;
      }
      const name =
        q.speakerKind === 'person'
          ? romanceName(romance, q.speaker.name, text)
          : romanceBody(romance, q.speaker.name, text)
            ? q.speaker.name
            : null;
      if (!name) return unnamed(q);
      return {
        ...q,
        speaker: { ...q.speaker, name: q.speakerKind === 'person' ? fullestName(romance, name, text) : name },
      };
    };
    const kept = (r: Report) =>
      r.speakerKind !== 'person' || romanceName(lang as RomanceLanguage, r.speaker.name, text);
    return inLanguage({ quotes: quotes.map(named), reports: reports.filter(kept), terms }, lang);
  }
  if (!lang || lang === 'en') for (const q of [...quotes, ...reports]) fitRole(q);
  return inLanguage({ quotes, reports, terms }, lang);
}

/** An English role as far as it names a job, a tie or a body (see fittingRole). */
function fitRole(q: Attributed): void {
  if (!q.speaker?.role || !q.speakerKind) return;
  const role = fittingRole(q.speaker.role, q.speakerKind);
  if (role === q.speaker.role) return;
  q.speaker = { ...q.speaker, role };
  if (q.evidence) q.evidence.role = role !== null;
}

/** How sure each attribution is, now that the language whose rules made it is known. */
function inLanguage(found: Extraction, lang: string | null): Extraction {
  for (const q of [...found.quotes, ...found.reports]) {
    if (!q.evidence) continue;
    q.evidence.language = lang;
    q.confidence = probability(q.evidence);
  }
  return found;
}

/** A quotation as found, with no one named. */
function unnamed(q: Quote): Quote {
  return { ...q, ...unattributed(q.text, 0, q.text.length, q.sentence), start: q.start, end: q.end };
}

/**
 * A transcript's turn in text[from, to) — a speaker's name in capitals, a colon, their words — as a quotation
 * of that speaker; null when the text opens with no such label, or with a heading ("UPDATE:").
 */
function turnIn(text: string, from: number, to: number, sentence: number, discourse: Discourse): Quote | null {
  const label = turnLabel(text.slice(from, to));
  // Known from before the label: the label's own words ("BEACH BABE:", a caption's) vouch for nothing.
  if (!label || !isSpeakerLabel(label, (name) => discourse.knows(name, from - 1))) return null;
  const phrase: Phrase = {
    kind: 'person',
    from: 0,
    to: 0,
    name: label.name,
    role: null,
    gender: givenName(label.name.split(' ')[0]!) ?? null,
  };
  const r = discourse.mention(phrase, label.name, from, sentence, 'speaker');
  if (!r) return null;
  let end = to;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  const start = from + label.length;
  const quote: Quote = {
    ...unattributed(text, start, end, { start: from, end }),
    kind: 'direct',
    group: '',
    segments: [{ start, end }],
  };
  setSpeaker(quote, r, phrase, 'colon', { partial: false, report: false });
  return quote;
}

/** The words text[start, end) in their sentence, before anyone is found to have said them. */
function unattributed(text: string, start: number, end: number, sentence: Span): Attributed {
  return {
    start,
    end,
    text: text.slice(start, end),
    speaker: null,
    confidence: 0,
    evidence: null,
    method: 'none',
    speakerKind: null,
    aliases: [],
    sentence,
  };
}

/** The block's sentences that report speech without quoting it, each with its resolved speaker. */
function reportsIn(b: Block, text: string, discourse: Discourse): Report[] {
  const out: Report[] = [];
  b.sentenceSpans.forEach(([from, to], k) => {
    const found = reportIn(b.tokens, from, to);
    const r = found && resolve(found.cue.phrase, b, discourse, b.firstSentence + k);
    if (!found || !r) return;
    const report = unattributed(text, b.tokens[found.from]!.start, b.tokens[found.to - 1]!.end, {
      start: b.tokens[from]!.start,
      end: b.tokens[to - 1]!.end,
    });
    setSpeaker(report, r, found.cue.phrase, found.cue.method, { partial: false, report: true });
    if (report.speaker) out.push(report as Report);
  });
  return out;
}

function inherit(quote: Quote, from: Quote, method: 'inherited' | 'carried'): void {
  Object.assign(quote, { speaker: from.speaker, speakerKind: from.speakerKind, aliases: from.aliases, method });
  quote.evidence = from.evidence && {
    ...from.evidence,
    method,
    partial: quote.kind === 'partial',
    words: wordCount(quote.text),
  };
  quote.confidence = quote.evidence ? probability(quote.evidence) : 0;
}

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

type Carried =
  | { from: Quote; via: 'quotation' }
  | { phrase: Phrase; sentence: number; block: Block; via: 'colon' | 'report' };

/**
 * What a paragraph hands on to the next: the speaker of a quotation in its last sentence, the subject of
 * a last sentence that ends with a colon ("Stone went on:"), or of one that reports speech ("Schoen
 * elaborated in an editorial that superdelegates may reconsider.").
 */
function carriedFrom(b: Block, last: { quote: Quote; token: number } | null): Carried | null {
  const [lastStart, lastEnd] = b.sentenceSpans[b.sentenceSpans.length - 1] ?? [0, 0];
  if (last?.quote.speaker && last.token >= lastStart) return { from: last.quote, via: 'quotation' };
  const sentence = b.firstSentence + b.sentenceSpans.length - 1;
  if (b.tokens[lastEnd - 1]?.text === ':') {
    const phrase = clauseSubject(b.tokens, lastStart, lastEnd - 1);
    return phrase ? { phrase, sentence, block: b, via: 'colon' } : null;
  }
  const phrase = reportingSubject(b.tokens, lastStart, lastEnd);
  return phrase ? { phrase, sentence, block: b, via: 'report' } : null;
}

function setSpeaker(
  quote: Attributed,
  r: Resolution,
  phrase: Phrase,
  method: Exclude<AttributionMethod, 'inherited' | 'none'>,
  shape: { partial: boolean; report: boolean },
): void {
  const { entity } = r;
  const description = entity.kind === 'description';
  const shaped = shapeSpeaker(
    {
      name: description && phrase.kind !== 'pronoun' ? phrase.name : entity.name,
      // "the president" said it: Barack Obama, in the role the sentence gives him.
      role:
        phrase.role ??
        (r.via === 'description' && !description ? phrase.name.replace(/^(?:the|this)\s+/i, '') : entity.roles[0]) ??
        null,
      kind: entity.kind,
    },
    {
      gendered: entity.gender === 'm' || entity.gender === 'f',
      source: method === 'according-to',
      ordinary: entity.ordinary,
      place: entity.place,
    },
  );
  // What was found names nobody: the quotation stays without a speaker.
  if (!shaped) return;
  quote.speaker = { name: shaped.name, role: shaped.role };
  quote.speakerKind = shaped.kind;
  quote.aliases = [...entity.aliases].filter((a) => a !== shaped.name && isAlias(a, shaped.name));
  const surname = shaped.kind === 'person' && shaped.name.split(' ').length > 1 ? shaped.name.split(' ').pop()! : null;
  if (surname && !quote.aliases.includes(surname)) quote.aliases.unshift(surname);
  quote.method = method;
  quote.evidence = {
    method,
    via: r.via,
    kind: shaped.kind,
    nameWords: entity.parts.length,
    role: quote.speaker.role !== null,
    givenName: givenName(entity.name.split(' ')[0]!) !== undefined,
    margin: r.margin ?? Number.POSITIVE_INFINITY,
    partial: shape.partial,
    words: wordCount(quote.text),
    report: shape.report,
    language: null,
  };
  quote.confidence = probability(quote.evidence);
}

/**
 * "Sanders thanked its members “for their support”", "Trump embraced the idea — “Q”": a quotation in a clause
 * with no verb of saying is its subject's doing, when the subject is surely someone.
 */
function subjectSpeaker(
  b: Block,
  from: number,
  t: number,
  discourse: Discourse,
  sentence: number,
): { r: Resolution; phrase: Phrase } | null {
  const phrase = clauseSubject(b.tokens, from, t);
  if (!phrase || inSideClause(b.tokens, phrase.to, t)) return null;
  const r = surely(phrase, b, discourse) ? resolve(phrase, b, discourse, sentence) : null;
  return r ? { r, phrase } : null;
}

/**
 * Is the quotation at `t` in a relative clause about a thing, not the subject's own clause: "Bors critiqued the
 * narrative of the lazy “Millennials,” which has gone beyond “get off my lawn” territory"?
 */
function inSideClause(tokens: Token[], from: number, t: number): boolean {
  for (let k = from + 1; k < t; k++)
    if (/^(?:which|where)$/i.test(tokens[k]!.text) && isComma(tokens[k - 1])) return true;
  return false;
}

/**
 * Is a phrase surely someone, without a verb of saying to vouch for it? A pronoun, a description of people,
 * a name of two words or more, or one word the article has already used as a name: not a capitalised word
 * opening a sentence ("Embryonic stem cells …", "Guns are …").
 */
function surely(phrase: Phrase, b: Block, discourse: Discourse): boolean {
  if (phrase.kind === 'pronoun' || phrase.kind === 'description' || phrase.name.includes(' ')) return true;
  return discourse.knows(phrase.name, b.tokens[phrase.from]!.start);
}

/** A lone plural noun in capitals ("Teachers say") is a group, unless the article named someone so ("Woods"). */
function asGroup(phrase: Phrase, discourse: Discourse, pos: number): Phrase {
  const name = phrase.name;
  // A plural noun, the plural of a noun for a person ("Hispanics", "Republicans") or of an acronym ("GCSEs").
  const plural =
    onlyPlural(name) || (/[^s]s$/.test(name) && personSense(name.slice(0, -1))) || /^\p{Lu}{2,}s$/u.test(name);
  const lone = phrase.kind === 'person' && !name.includes(' ') && plural;
  return lone && !discourse.knows(phrase.name, pos) ? { ...phrase, kind: 'description', gender: 'p' } : phrase;
}

/** The entity a speaker phrase names: a name (full or surname), a pronoun's antecedent, or a description. */
function resolve(phrase: Phrase, b: Block, discourse: Discourse, sentence: number): Resolution | null {
  const pos = b.tokens[phrase.from]!.start;
  phrase = issuerOf(b.tokens, phrase) ?? asGroup(phrase, discourse, pos);
  // "…, Expert said": a capitalised noun alone that is the surname of someone named before is them (Paul Expert).
  if (phrase.kind === 'description' && /^\p{Lu}\p{Ll}+$/u.test(phrase.name) && discourse.knows(phrase.name, pos))
    phrase = { ...phrase, kind: 'person', gender: null };
  if (phrase.kind === 'pronoun')
    return governingSpeaker(phrase, b, discourse, sentence) ?? discourse.resolvePronoun(phrase.gender, pos, sentence);
  return discourse.mention(phrase, surfaceOf(phrase, b), pos, sentence, 'speaker');
}

const lower = (t: { text: string } | undefined) => t?.text.toLowerCase() ?? '';

/** "Cross said he …": a pronoun in what someone is said to say is that someone. */
function governingSpeaker(pronoun: Phrase, b: Block, discourse: Discourse, sentence: number): Resolution | null {
  if (pronoun.gender !== 'm' && pronoun.gender !== 'f') return null;
  const [sentStart] = b.sentenceOf(pronoun.from);
  // The verb stands right before the pronoun, or before "that" and the pronoun.
  for (const v of [pronoun.from - 1, pronoun.from - 2]) {
    if (
      v <= sentStart ||
      verbForm(b.tokens[v]!.text) !== 'finite' ||
      (v === pronoun.from - 2 && lower(b.tokens[v + 1]) !== 'that')
    )
      continue;
    const subject = phraseBefore(b.tokens, v, sentStart);
    if (!subject || (subject.kind !== 'person' && subject.kind !== 'pronoun')) return null;
    if (subject.kind === 'pronoun')
      return subject.gender === pronoun.gender
        ? discourse.resolvePronoun(subject.gender, b.tokens[subject.from]!.start, sentence)
        : null;
    const r = discourse.mention(subject, surfaceOf(subject, b), b.tokens[subject.from]!.start, sentence, 'speaker');
    return r && (r.entity.gender === null || r.entity.gender === pronoun.gender) ? r : null;
  }
  return null;
}

/**
 * Does a clause of the quotation's own sentence, before it, give it a voice other than the quotation before's
 * ("Ava says …” And I go, “…”")? Its subject is "I", or someone else.
 */
function anotherVoice(b: Block, from: number, t: number, kind: QuoteKind, before: Quote): boolean {
  if (t === from || kind !== 'direct') return false;
  const subject = clauseSubject(b.tokens, from, t);
  if (subject?.kind === 'pronoun') return pronounAt(b.tokens, subject.from) === 'self';
  if (subject?.kind !== 'person') return false;
  // Another name: not one of the words of the speaker's names ("Ava" of "Ava DuVernay").
  const known = new Set([before.speaker!.name, ...before.aliases].flatMap(foldName));
  return !foldName(subject.name).some((part) => known.has(part));
}

/** The phrase as written, title included, appositive left out. */
function surfaceOf(phrase: Phrase, b: Block): string {
  let to = phrase.from;
  while (to < phrase.to && b.tokens[to]!.text !== ',' && b.tokens[to]!.kind === 'word') to++;
  const candidate = joinTokens(b.tokens, phrase.from, to);
  return candidate.endsWith(phrase.name) ? candidate : phrase.name;
}

/**
 * Records every named person and organisation, and every "he" or "she" that is a clause's subject, with what
 * each does in its clause, so that later surnames and pronouns can be resolved.
 */
function scanMentions(b: Block, discourse: Discourse, lang: string | null): void {
  // A headline in title case ("Black Lawmakers Rip Donald Trump") reads as one long name: it names no one.
  if (isHeadline(b)) return;
  // A caption, a byline or a heading names people aside: known by name, but not whom the prose is about.
  const aside = b.kind !== 'prose';
  const place = (role: MentionRole) => (aside ? 'aside' : role);
  b.sentenceSpans.forEach(([from, to], k) => {
    const sentence = b.firstSentence + k;
    for (let i = from; i < to; i++) {
      const t = b.tokens[i]!;
      if (t.kind !== 'word') continue;
      // A picture's credit ("(Michele Crowe/The White House)") names no one the article talks about.
      if (b.credit && t.start >= b.credit.start && t.end <= b.credit.end) continue;
      const pronoun = pronounAt(b.tokens, i);
      if (pronoun === 'm' || pronoun === 'f' || pronoun === 'p') {
        const role = mentionRole(b.tokens, i, i + 1, from, to);
        if (role && !aside) discourse.pronounMention(pronoun, t.start, sentence, role);
        continue;
      }
      // Not a verb of saying that opens its sentence: "Continued Stone: …".
      const opens =
        (isUpper(t.text[0]) && !NON_NAME_CAPITALS.has(t.text) && verbForm(t.text) !== 'finite') ||
        TITLE_WORDS.has(t.text);
      const determiner = DETERMINERS.has(t.text.toLowerCase()) || FOREIGN_DETERMINERS.has(t.text.toLowerCase());
      if (!opens && !determiner) continue;
      // "Ryan Gosling’s most cherished role won’t win him …": whose it is is named too.
      const owner = ownerAt(b.tokens, i, from);
      if (owner) discourse.mention(owner, surfaceOf(owner, b), t.start, sentence, place(null));
      // A German function word opens no name ("Nach Angaben von Peter Loft" names Peter Loft, from "Peter").
      if (lang === 'de' && functionWord(t.text)) continue;
      const read = (lang === 'de' ? germanMention(b.tokens, i, to) : null) ?? phraseAt(b.tokens, i, to, from);
      if (!read || read.kind === 'pronoun') continue;
      const phrase = asGroup(read, discourse, t.start);
      if (phrase.kind === 'description') {
        // "The protesters chanted …", "Clinton’s campaign said …": a group or body that acts, for a later "they" or "it".
        const role = speakerLike(phrase) ? mentionRole(b.tokens, phrase.from, phrase.to, from, to) : null;
        if (role) discourse.mention(phrase, phrase.name, t.start, sentence, place(role));
        continue;
      }
      // A single capitalised word counts as a name once something marks it as one: it speaks ("Melanie said"), it
      // is a known surname, or a given name that is its clause's subject ("Fran worried that …").
      const role = mentionRole(b.tokens, phrase.from, phrase.to, from, to);
      const named =
        phrase.name.split(' ').length > 1 ||
        phrase.role !== null ||
        phrase.gender !== null ||
        role === 'speaker' ||
        (role === 'subject' && givenName(phrase.name) !== undefined);
      // "the Clinton campaign", "a Trump rally": a name after an article modifies the noun after it; it is known
      // as a name, but no one the sentence is about.
      // ("that Amri screamed" is a clause.)
      const before = lower(b.tokens[phrase.from - 1]);
      const modifier = DETERMINERS.has(before) && before !== 'that';
      if (named || discourse.knows(phrase.name, t.start))
        discourse.mention(phrase, surfaceOf(phrase, b), t.start, sentence, modifier ? 'aside' : place(role));
      i = Math.max(i, phrase.to - 1);
    }
  });
}

/**
 * A person's name in capitals that ends in a possessive at token i: its owner ("Ryan Gosling’s", opening
 * with a given name; not "McDonald’s" nor "Presidential Debates’").
 */
function ownerAt(tokens: Token[], i: number, sentenceStart: number): Phrase | null {
  if (givenName(tokens[i]!.text) === undefined) return null;
  for (let k = i + 1; k < i + 5 && isUpper(tokens[k]?.text[0]) && tokens[k]!.kind === 'word'; k++) {
    if (!/['’]s$/.test(tokens[k]!.text)) continue;
    const owner = possessorBefore(tokens, k + 1, Math.max(sentenceStart, i));
    return owner?.kind === 'person' && owner.from === i ? owner : null;
  }
  return null;
}

/**
 * The cue that says who spoke: the attribution after the quotation, else before it, else in its sentence.
 * When one reporting clause holds it and another reports that clause ("He called her a liar and said,
 * “…,” the prosecutor's office said"), the inner one names the speaker; the outer names the report's source.
 */
function cueOf(b: Block, t: number, kind: QuoteKind, lang: string | null, text: string): Cue | null | false {
  if (lang === 'de') {
    // German word order first; what the English rules find then, only if it can be a name.
    const german = germanCue(b, t);
    if (german !== null) return german;
  }
  if (lang && ROMANCE.has(lang)) {
    // French, Spanish, Portuguese: the English cues, with a description read as the person it names.
    const speaks = (cue: Cue | null) =>
      cue && romanceSpeaker(lang as RomanceLanguage, cue.phrase, b.tokens) ? cue : null;
    const cue = romanceCue(lang as RomanceLanguage, b, t) ?? englishCue(b, t, kind, speaks);
    return cue && { ...cue, phrase: romancePhrase(lang as RomanceLanguage, cue.phrase, b, text) };
  }
  return englishCue(b, t, kind);
}

/**
 * The English rules' cue: after the quotation, else before it, else in its sentence; of these, only those
 * another language's grammar lets speak (`speaks`).
 */
function englishCue(b: Block, t: number, kind: QuoteKind, speaks = (cue: Cue | null) => cue): Cue | null {
  const after = speaks(cueAfter(b, t, kind === 'partial'));
  const before = speaks(cueBefore(b, t));
  const sameSentence = after && b.sentenceOf(after.verb)[0] === b.sentenceOf(t)[0];
  // Only words said, not ones someone might say ("… may meet with Boeing and say, “…,” Cancian said").
  const said = before && verbForm(b.tokens[before.verb]!.text) === 'finite';
  if (after && sameSentence && said && before?.method === 'before' && before.to >= t - 1) return before;
  return after ?? before ?? speaks(cueInSentence(b, t, kind === 'partial'));
}

/**
 * A French, Spanish or Portuguese speaker phrase: a description ("le ministre", "el presidente andaluz") is
 * the person the article names with its title, in the same sentence or before; else it stays as it is.
 */
function romancePhrase(lang: RomanceLanguage, phrase: Phrase, b: Block, text: string): Phrase {
  if (phrase.kind !== 'description') return phrase;
  const sentenceEnd = b.tokens[b.sentenceOf(phrase.from)[1] - 1]!.end;
  const name = describedPerson(lang, phrase.name, text, sentenceEnd);
  return name ? { ...phrase, kind: 'person', name, role: phrase.name, gender: null } : phrase;
}

/** A quotation is direct when it stands as its own clause; partial when woven into the reporter's sentence. */
function quoteKind(b: Block, t: number): QuoteKind {
  const [sentStart] = b.sentenceOf(t);
  const prev = b.tokens[t - 1];
  if (t === sentStart || !prev) return 'direct';
  if (prev.kind === 'quote' || prev.text === ':' || prev.text === '(' || isDash(prev.text)) return 'direct';
  // After a comma, a quotation that starts in lower case goes on with the reporter's sentence
  // ("called Pearson, ''incredibly driven''"); one that starts a sentence of its own is direct.
  if (prev.text === ',')
    return /^[^\p{L}]*\p{Ll}/u.test(b.tokens[t]!.text.replace(/^\S?['"“„‘«»]+/, '')) ? 'partial' : 'direct';
  return 'partial';
}

/** Scare quotes, titles, nicknames and terms: quoted words that nobody is quoted as saying. */
function isTerm(b: Block, t: number, span: QuoteSpan, text: string, kind: QuoteKind, cue: Cue | null): boolean {
  const tokens = b.tokens;
  const words = foldWords(text.slice(span.start, span.end));
  const [sentStart, sentEnd] = b.sentenceOf(t);
  // The cue right before the quotation, or before a comma or colon after it ("the phrase, “…”"), in its own
  // sentence ("during his second term. “…”" is no cue).
  const before = [tokens[t - 1], tokens[t - 2]].map((x, k) => (t - 1 - k >= sentStart ? (x?.text ?? '') : ''));
  if (
    NAMING_CUES.test(before[0]!) ||
    (/^[,:]$/.test(before[0]!) && NAMING_CUES.test(before[1]!)) ||
    `${before[1]} ${before[0]}`.match(/^known as$/i)
  )
    return true;
  const prev = tokens[t - 1];
  const next = tokens[t + 1];
  const content = text.slice(span.start, span.end);
  // Dwayne “The Rock” Johnson: a title-case word or two between the parts of a name.
  const nickname =
    prev?.kind === 'word' &&
    next?.kind === 'word' &&
    isUpper(prev.text[0]) &&
    isUpper(next.text[0]) &&
    t - 1 > sentStart &&
    t + 1 < sentEnd;
  if (nickname && words.length <= 3 && isTitleCase(content)) return true;
  const titled = isTitleCase(content) && !/[!?]\W*$/.test(content) && words.length <= 8;
  // A work named after a preposition or after its kind: the broadcast of “Fox News Sunday,” his 2002 book,
  // ''Make Your Kid a Millionaire,'' — whatever attribution follows is of the sentence, not of the title.
  if (
    titled &&
    words.length >= 2 &&
    (TITLE_PREPOSITIONS.test(before[0]!) || (before[0] === ',' && WORKS.test(before[1]!)))
  )
    return true;
  // A section heading: a paragraph that is nothing but a quotation in title case ('All Bets Are Off.').
  if (titled && words.length >= 2 && b.tokens.length === 1) return true;
  if (kind === 'partial') {
    // A title, a show, a slogan on a sign: capitalised like a name, woven into the sentence, and no
    // exclamation ("USA! USA!" is chanted, so it is said).
    if (titled && cue?.method !== 'after' && cue?.method !== 'before') return true;
    if (!cue && words.length <= 3 && !reported(b, t)) return true;
  }
  return false;
}

/** A paragraph of one sentence of four words or more, every word capitalised but the minor ones. */
function isHeadline(b: Block): boolean {
  if (b.sentenceSpans.length !== 1) return false;
  const words = b.tokens.filter((t) => t.kind === 'word').map((t) => t.text);
  return words.length >= 4 && isTitleCase(words.join(' '));
}

function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const minor = /^(a|an|the|of|in|on|and|or|for|to|at|by|with|from)$/;
  return words.length > 0 && words.every((w, i) => isUpper(w.replace(/^\P{L}+/u, '')[0]) || (i > 0 && minor.test(w)));
}

/** A credit: capitalised words, a slash, capitalised words ("Craig McDean/GQ", "AP Photo/Evan Vucci"). */
const CREDIT = /^\p{Lu}[\p{L}.'’ -]{1,50}\/ ?\p{Lu}[\p{L}.'’& -]{0,50}$/u;

/**
 * The picture credit in a paragraph: a parenthesis that ends it ("… set to air Monday. (Michele Crowe/The
 * White House)"), or the whole paragraph when it is nothing else ("Craig McDean/GQ").
 */
function creditIn(text: string, span: Span): Span | null {
  const body = text.slice(span.start, span.end);
  if (CREDIT.test(body)) return span;
  const paren = /\(([^()]{3,100})\)\s*$/.exec(body);
  return paren && CREDIT.test(paren[1]!.trim()) ? { start: span.start + paren.index, end: span.end } : null;
}

/** Paragraphs tokenized, with those that one quotation runs through joined into one block. */
function toBlocks(text: string, paras: Paragraph[]): Block[] {
  const all = findQuotes(text, paras).filter((q) => q.depth === 0);
  const blocks: Block[] = [];
  let qi = 0;
  let sentenceCount = 0;
  for (let p = 0; p < paras.length; p++) {
    const first = p;
    const span = { start: paras[p]!.start, end: paras[p]!.end };
    const quotes: QuoteSpan[] = [];
    while (qi < all.length && all[qi]!.open < span.end) {
      const q = all[qi++]!;
      quotes.push(q);
      while (q.close >= span.end && p + 1 < paras.length) span.end = paras[++p]!.end;
    }
    const tokens = tokenize(text, span.start, span.end, quotes);
    const sentenceSpans = sentences(tokens);
    const sentenceAt: [number, number][] = [];
    for (const s of sentenceSpans) for (let i = s[0]; i < s[1]; i++) sentenceAt[i] = s;
    const credit = creditIn(text, span);
    const whole = credit?.start === span.start && credit.end === span.end;
    blocks.push({
      span,
      kind: whole ? 'caption' : (paras[first]!.kind ?? 'prose'),
      credit,
      quotes,
      tokens,
      sentenceSpans,
      firstSentence: sentenceCount,
      sentenceOf: (i) => sentenceAt[i] ?? [i, i + 1],
    });
    sentenceCount += sentenceSpans.length;
  }
  return blocks;
}
