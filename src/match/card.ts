// What the card shows for a matched quotation, as plain data: built where the index is (the background),
// drawn where the page is (the content script), and the same for the context-menu lookup.

import { type IndexDocument, roleShown } from '../index/schema';
import { wordsOf } from '../text/words';
import type { Match } from './matcher';

/** One stretch of the index's wording, and how the page differs there. */
export interface CardSegment {
  text: string;
  /**
   * same: printed as the index holds it; trimmed: left off an end by the page; elided: left out where the
   * page prints an ellipsis; dropped: left out silently; changed: the page has another word (`page`);
   * typo: spelt otherwise (`page`); plain: spaces and punctuation between words.
   */
  kind: 'same' | 'trimmed' | 'elided' | 'dropped' | 'changed' | 'typo' | 'plain';
  page?: string;
}

export interface CardSource {
  publication: string | null;
  headline: string | null;
  date: string | null;
  url: string | null;
  /** The earliest of the quotation's sources, where every source is dated and none shares its day. */
  firstReport?: boolean;
}

export interface CardModel {
  quoteId: string;
  speaker: { name: string; role: string | null } | null;
  wording: CardSegment[];
  /** Words the page has that the index's wording does not, and the page's own [bracketed] words. */
  added: string[];
  bracketed: string[];
  changes: { trimmed: number; elided: number; dropped: number; changed: number; typos: number; added: number };
  /** How sure the match is, 0 to 1: that the page's words are these words. */
  confidence: number;
  /**
   * How sure the attribution is, 0 to 1: the probability that the speaker is right (its surest source's,
   * less where outlets name others).
   */
  attribution: number;
  sources: CardSource[];
  /** How many sources there are besides those listed. */
  moreSources: number;
  /**
   * Who the sources say said it, with how many outlets say so (most first), when they do not agree: "2
   * outlets: Jane Roe · 1 outlet: John Doe". Null when they agree (descriptions such as "a spokesman" agree
   * with anyone).
   */
  attributions: { name: string; outlets: number }[] | null;
  /** The page names a speaker that the index's sources do not. */
  warning: { pageSpeaker: string; indexSpeaker: string; sources: number } | null;
  /** The speaker this page names, when no source in the index names one. */
  pageSpeaker: string | null;
  /** Where the reader read these words before (the reading memory), when they did. */
  read?: { publication: string | null; headline: string | null; date: string | null; readAt: string; url: string };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12 Oct 2016" of "2016-10-12" (or of a time's date). */
export function dayOf(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : date;
}

/** Where the reader read the words, as named to them: the outlet, else the headline, else the site. */
export function readOutlet(read: NonNullable<CardModel['read']>): string {
  return read.publication ?? read.headline ?? new URL(read.url).hostname;
}

/** "You read this in The Daily Ledger, 12 Oct 2016" (the date published, else the day read). */
export function readShown(read: NonNullable<CardModel['read']>): string {
  return `You read this in ${readOutlet(read)}, ${dayOf(read.date ?? read.readAt)}`;
}

/** Sources listed on a card; the rest are counted. */
const LISTED_SOURCES = 3;
/** Attribution probabilities at which a speaker is named plainly, and under which nobody is named. */
export const NAMED = 0.9;
export const UNNAMED = 0.5;

/**
 * How a speaker is named to a reader, by how sure the attribution is: plainly at 0.9 or more ("Richard
 * Downing"), hedged below ("Probably Richard Downing"), and not at all under 0.5 ("Speaker unclear").
 */
export function speakerShown(name: string | null, attribution: number): string {
  if (name === null) return 'Speaker unknown';
  if (attribution >= NAMED) return name;
  return attribution >= UNNAMED ? `Probably ${name}` : 'Speaker unclear';
}

/** How sure the attribution is, in a reader's words. */
export function attributionNote(attribution: number): string {
  if (attribution >= NAMED) return 'The source names who said it';
  if (attribution >= UNNAMED)
    return 'The source does not name who said it outright: read from the article around the words';
  return 'The source does not make clear who said it';
}

/**
 * Reads what the cards of these matches tell of their sources (before cardFor): the documents they list,
 * and whom each names, where outlets disagree.
 */
export async function loadCardSources(matches: Match[]): Promise<void> {
  const byStore = new Map<Match['store'], { docs: Set<string>; speakers: Set<string> }>();
  for (const m of matches) {
    const wanted = byStore.get(m.store) ?? { docs: new Set<string>(), speakers: new Set<string>() };
    for (const s of m.quote.sources) {
      wanted.docs.add(s.doc);
      if (s.speaker) wanted.speakers.add(s.speaker);
    }
    byStore.set(m.store, wanted);
  }
  await Promise.all(
    [...byStore].map(([store, { docs, speakers }]) =>
      Promise.all([store.loadDocuments(docs), store.loadSpeakers(speakers)]),
    ),
  );
}

/** "2 outlets: Jane Roe · 1 outlet: John Doe". */
export function attributionsShown(attributions: { name: string; outlets: number }[]): string {
  return attributions.map((a) => `${a.outlets} outlet${a.outlets === 1 ? '' : 's'}: ${a.name}`).join(' · ');
}

/**
 * The speakers the sources name (people and organisations), each with the outlets that name them and the
 * surest of their sources, most outlets first; the outlet is the document's publication, else the document.
 */
function attributionsOf(match: Match) {
  const tally = new Map<string, { name: string; outlets: Set<string>; sure: number }>();
  for (const s of match.quote.sources) {
    const speaker = s.speaker ? match.store.speaker(s.speaker) : null;
    if (!speaker || speaker.kind === 'description') continue;
    const t = tally.get(speaker.id) ?? { name: speaker.name, outlets: new Set<string>(), sure: 0 };
    t.outlets.add(match.store.document(s.doc)?.publication ?? s.doc);
    t.sure = Math.max(t.sure, s.confidence);
    tally.set(speaker.id, t);
  }
  return [...tally].sort(([, a], [, b]) => b.outlets.size - a.outlets.size);
}

/** How many documents name the entry's speaker (all of them where none names another). */
function naming(match: Match, documents: number): number {
  const docs = new Set(match.quote.sources.filter((s) => s.speaker === match.quote.speaker).map((s) => s.doc));
  return docs.size > 0 ? docs.size : documents;
}

/**
 * How sure the attribution is: its surest source's confidence; where outlets disagree, the surest source
 * naming the entry's speaker, times the share of the outlets naming anyone that name them.
 */
function attributionOf(match: Match, tally: ReturnType<typeof attributionsOf>): number {
  if (match.speaker === null) return 0;
  const surest = Math.max(...match.quote.sources.map((s) => s.confidence));
  if (tally.length < 2) return surest;
  const mine = tally.find(([id]) => id === match.speaker!.id)?.[1];
  if (!mine) return surest;
  const outlets = tally.reduce((n, [, t]) => n + t.outlets.size, 0);
  return (mine.sure * mine.outlets.size) / outlets;
}

export function cardFor(match: Match, pageText: string, attributedTo: string | null, disagrees: boolean): CardModel {
  const { quote, speaker, alignment } = match;
  const page = wordsOf(pageText);
  const wording = wordsOf(match.wording, true);

  const kindOf = new Map<number, { kind: CardSegment['kind']; page?: string }>();
  const added: string[] = [];
  const bracketed: string[] = [];
  const changes = { trimmed: 0, elided: 0, dropped: 0, changed: 0, typos: 0, added: 0 };
  const pageWord = (i: number) => pageText.slice(page.spans[i]![0], page.spans[i]![1]);
  for (const op of alignment.ops) {
    if (op.op === 'same') kindOf.set(op.index, { kind: 'same' });
    else if (op.op === 'typo' || op.op === 'changed') {
      kindOf.set(op.index, { kind: op.op, page: pageWord(op.page) });
      changes[op.op === 'typo' ? 'typos' : 'changed']++;
    } else if (op.op === 'omitted') {
      kindOf.set(op.index, { kind: op.how });
      changes[op.how]++;
    } else if (op.op === 'added') {
      added.push(pageWord(op.page));
      changes.added++;
    } else bracketed.push(pageWord(op.page));
  }

  const segments: CardSegment[] = [];
  // Runs of one kind become one segment, the spaces and punctuation between their words included.
  const push = (text: string, kind: CardSegment['kind'], pageText?: string) => {
    const merges = kind !== 'changed' && kind !== 'typo';
    const last = segments[segments.length - 1];
    const beforeLast = segments[segments.length - 2];
    if (merges && last?.kind === kind) last.text += text;
    else if (merges && kind !== 'plain' && last?.kind === 'plain' && beforeLast?.kind === kind) {
      beforeLast.text += last.text + text;
      segments.pop();
    } else segments.push(pageText === undefined ? { text, kind } : { text, kind, page: pageText });
  };
  let at = 0;
  wording.spans.forEach(([start, end], i) => {
    if (start > at) push(match.wording.slice(at, start), 'plain');
    const k = kindOf.get(i) ?? { kind: 'same' as const };
    push(match.wording.slice(start, end), k.kind, k.page);
    at = end;
  });
  if (at < match.wording.length) push(match.wording.slice(at), 'plain');

  const tally = attributionsOf(match);
  const sourceDocs = byDate(
    [...new Set(quote.sources.map((s) => s.doc))]
      .map((id) => match.store.document(id))
      .filter((d): d is IndexDocument => d !== null),
  );
  const first = firstReport(sourceDocs);
  return {
    quoteId: quote.id,
    speaker: speaker ? { name: speaker.name, role: roleShown(quote, speaker) } : null,
    wording: segments,
    added,
    bracketed,
    changes,
    confidence: match.confidence,
    attribution: attributionOf(match, tally),
    sources: sourceDocs.slice(0, LISTED_SOURCES).map((d) => ({
      publication: d.publication,
      headline: d.headline,
      date: d.date,
      url: d.url,
      ...(d === first && { firstReport: true }),
    })),
    moreSources: Math.max(0, sourceDocs.length - LISTED_SOURCES),
    attributions: tally.length > 1 ? tally.map(([, t]) => ({ name: t.name, outlets: t.outlets.size })) : null,
    warning:
      disagrees && attributedTo && speaker
        ? { pageSpeaker: attributedTo, indexSpeaker: speaker.name, sources: naming(match, sourceDocs.length) }
        : null,
    pageSpeaker: speaker ? null : attributedTo,
  };
}

/** Sources by publication date, earliest first; undated ones after them, in the order they came. */
export function byDate<T extends { date: string | null }>(sources: T[]): T[] {
  return sources
    .map((s, i) => ({ s, i }))
    .sort((a, b) =>
      a.s.date === b.s.date ? a.i - b.i : a.s.date === null ? 1 : b.s.date === null ? -1 : a.s.date < b.s.date ? -1 : 1,
    )
    .map(({ s }) => s);
}

/**
 * The source that reported the words first, of sources in date order: only when there are several, every
 * one is dated (an undated one may be earlier) and the earliest day is no other's.
 */
export function firstReport<T extends { date: string | null }>(sorted: T[]): T | null {
  if (sorted.length < 2 || sorted.some((s) => s.date === null)) return null;
  return sorted[0]!.date! < sorted[1]!.date! ? sorted[0]! : null;
}
