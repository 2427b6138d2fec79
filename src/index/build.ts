// Building the quote index from articles: every quotation extracted, reports of the same words merged into
// one entry (even trimmed, reworded at the edges or elided), speakers merged across articles by name; and
// reported speech, merged the same way, as paraphrases apart from the quotations.

import { extract } from '../attribution/extract';
import type { Attributed, Quote, Report } from '../attribution/model';
import type { Article } from '../corpus/article';
import { buildTable, keysOf } from '../match/table';
import { foldName, samePersonName } from '../text/names';
import type { Span } from '../text/paragraphs';
import { foldWords, wordsOf } from '../text/words';
import {
  INDEX_FORMAT,
  INDEX_VERSION,
  type IndexParaphrase,
  type IndexQuote,
  type IndexSpeaker,
  type QuoteIndex,
} from './schema';
import { sameWords } from './similar';

/** A quotation or a report of speech, in its article. */
interface Occurrence<T extends Attributed> {
  doc: number;
  item: T;
  sentence: string;
  words: string[];
  speaker: SpeakerRef | null;
}

interface SpeakerRef {
  kind: IndexSpeaker['kind'];
  name: string;
  parts: string[];
  /** The folded name, within its article for a description. */
  key: string;
  /** Descriptions ("a spokesman") are people only within their article. */
  scope: number | null;
}

export interface BuildOptions {
  builtAt?: Date;
  /** Called after each article, for a progress display. */
  onArticle?: (done: number, total: number) => void;
}

export function buildIndex(articles: Article[], options: BuildOptions = {}): QuoteIndex {
  const quoted: Occurrence<Quote>[] = [];
  const reported: Occurrence<Report>[] = [];
  articles.forEach((article, doc) => {
    const occurrence = <T extends Attributed>(item: T): Occurrence<T> => ({
      doc,
      item,
      sentence: around(article.text, item.sentence, item),
      words: foldWords(item.text),
      speaker: speakerRef(item, doc),
    });
    const { quotes, reports } = extract(article.text, article.paragraphs);
    quoted.push(...quotes.map(occurrence));
    reported.push(...reports.map(occurrence));
    options.onArticle?.(doc + 1, articles.length);
  });

  const speakers = new Map<string, IndexSpeaker>();
  const quotes = cluster(quoted).map((members, n) => toEntry(members, `q${n}`, speakers));
  const paraphrases = cluster(reported).map((members, n) => toParaphrase(members, `p${n}`, speakers));

  const documents = articles.map((a, i) => ({ id: `d${i}`, file: a.id, ...a.meta }));
  return assembleIndex({ documents, speakers: [...speakers.values()], quotes, paraphrases }, options.builtAt);
}

type IndexParts = Pick<QuoteIndex, 'documents' | 'speakers' | 'quotes'> & { paraphrases?: IndexParaphrase[] };

/** An index from its parts, with the matcher's candidate table computed from the quotes (never the paraphrases). */
export function assembleIndex(
  { documents, speakers, quotes, paraphrases = [] }: IndexParts,
  builtAt = new Date(),
): QuoteIndex {
  return {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    builtAt: builtAt.toISOString(),
    documents,
    speakers,
    quotes,
    paraphrases,
    search: buildTable(quotes.map(wordingKeys)),
  };
}

/** Candidate keys of every wording of a quote: the canonical one and each variant. */
/** Characters of context a source keeps on each side of the words, where the sentence runs longer. */
const CONTEXT = 240;

/** The sentence around the words, cut to some context on each side where it runs long (text without stops). */
function around(text: string, sentence: Span, words: Span): string {
  const start = Math.max(sentence.start, words.start - CONTEXT);
  const end = Math.min(sentence.end, words.end + CONTEXT);
  return `${start > sentence.start ? '…' : ''}${text.slice(start, end)}${end < sentence.end ? '…' : ''}`;
}

function wordingKeys(q: IndexQuote): number[] {
  return [q.text, ...q.variants.map((v) => v.text)].flatMap((t) => keysOf(wordsOf(t, true)));
}

function speakerRef(q: Attributed, doc: number): SpeakerRef | null {
  if (!q.speaker || !q.speakerKind) return null;
  const parts = foldName(q.speaker.name);
  const scope = q.speakerKind === 'description' ? doc : null;
  return { kind: q.speakerKind, name: q.speaker.name, parts, key: `${scope ?? ''}:${parts.join(' ')}`, scope };
}

/** Could both be one speaker: either unknown, the same name, or two forms of one person's name. */
function compatible(a: SpeakerRef | null, b: SpeakerRef | null): boolean {
  if (!a || !b || a.key === b.key) return true;
  return a.kind === 'person' && b.kind === 'person' && samePersonName(a.parts, b.parts);
}

/** The fuller of two compatible names. */
function fuller(a: SpeakerRef | null, b: SpeakerRef | null): SpeakerRef | null {
  if (!a) return b;
  if (!b) return a;
  return b.parts.length > a.parts.length ? b : a;
}

/**
 * Groups occurrences of the same words by the same (or an unknown) speaker. Candidates come from shared
 * word triples, so the cost grows with the corpus, not with its square.
 */
function cluster<T extends Attributed>(occ: Occurrence<T>[]): Occurrence<T>[][] {
  const parent = occ.map((_, i) => i);
  const speaker = occ.map((o) => o.speaker);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };

  const postings = new Map<string, number[]>();
  occ.forEach((o, i) => {
    for (const key of new Set(shingles(o.words))) {
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });

  const shared = new Map<number, number>();
  occ.forEach((o, i) => {
    shared.clear();
    for (const key of new Set(shingles(o.words))) {
      const list = postings.get(key)!;
      // A triple shared by very many quotations ("one of the") says nothing of any of them.
      if (list.length > 64) continue;
      for (const j of list) if (j < i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const j of shared.keys()) {
      const other = occ[j]!;
      if (!compatible(o.speaker, other.speaker)) continue;
      const [ri, rj] = [find(i), find(j)];
      if (ri === rj || !compatible(speaker[ri]!, speaker[rj]!)) continue;
      if (!sameWords(o.words, other.words, o.speaker !== null && other.speaker !== null)) continue;
      parent[rj] = ri;
      speaker[ri] = fuller(speaker[ri]!, speaker[rj]!);
    }
  });

  const groups = new Map<number, Occurrence<T>[]>();
  occ.forEach((o, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(o);
    else groups.set(r, [o]);
  });
  return [...groups.values()];
}

/** Word triples, or the whole quotation when it is shorter. */
function shingles(words: string[]): string[] {
  if (words.length < 3) return words.length ? [words.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + 3 <= words.length; i++) out.push(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

/** The speaker of a cluster under its fullest name, added to the index's speakers; null if none is known. */
function clusterSpeaker(members: Occurrence<Attributed>[], speakers: Map<string, IndexSpeaker>): string | null {
  let ref: SpeakerRef | null = null;
  for (const m of members) ref = fuller(ref, m.speaker);
  return ref ? addSpeaker(ref, members, speakers) : null;
}

function toEntry(members: Occurrence<Quote>[], id: string, speakers: Map<string, IndexSpeaker>): IndexQuote {
  const variants = new Map<string, Set<string>>();
  for (const m of members) {
    const docs = variants.get(m.item.text) ?? new Set<string>();
    docs.add(`d${m.doc}`);
    variants.set(m.item.text, docs);
  }
  return {
    id,
    text: canonical(members),
    speaker: clusterSpeaker(members, speakers),
    variants: [...variants].map(([text, docs]) => ({ text, docs: [...docs] })),
    sources: members.map((m) => ({
      doc: `d${m.doc}`,
      start: m.item.start,
      end: m.item.end,
      sentence: m.sentence,
      kind: m.item.kind,
      role: m.item.speaker?.role ?? null,
      confidence: m.item.confidence,
      group: m.item.group,
    })),
  };
}

function toParaphrase(members: Occurrence<Report>[], id: string, speakers: Map<string, IndexSpeaker>): IndexParaphrase {
  return {
    id,
    kind: 'paraphrase',
    text: canonical(members),
    // Every report has a speaker, so its cluster has one.
    speaker: clusterSpeaker(members, speakers)!,
    sources: members.map((m) => ({
      doc: `d${m.doc}`,
      start: m.item.start,
      end: m.item.end,
      sentence: m.sentence,
      role: m.item.speaker.role,
      confidence: m.item.confidence,
    })),
  };
}

function addSpeaker(ref: SpeakerRef, members: Occurrence<Attributed>[], speakers: Map<string, IndexSpeaker>): string {
  const key = `${ref.scope ?? ''}:${ref.parts.join(' ')}`;
  let entry = speakers.get(key);
  if (!entry) {
    entry = { id: `s${speakers.size}`, name: ref.name, kind: ref.kind, aliases: [], roles: [] };
    speakers.set(key, entry);
  }
  for (const m of members) {
    if (!m.item.speaker) continue;
    const role = m.item.speaker.role;
    if (role && !entry.roles.includes(role)) entry.roles.push(role);
    for (const alias of [m.item.speaker.name, ...m.item.aliases]) {
      if (alias !== entry.name && !entry.aliases.includes(alias)) entry.aliases.push(alias);
    }
  }
  return entry.id;
}

/** The wording to show: one printed whole (no "…") by the most articles, the longest, the first; trailing comma off. */
function canonical(members: Occurrence<Attributed>[]): string {
  const elided = (t: string) => /\u2026|\.\.\./.test(t);
  const count = new Map<string, number>();
  for (const m of members) count.set(m.item.text, (count.get(m.item.text) ?? 0) + 1);
  const best = [...count.keys()].sort(
    (a, b) => Number(elided(a)) - Number(elided(b)) || count.get(b)! - count.get(a)! || b.length - a.length,
  )[0]!;
  return best.replace(/[\s,;:]+$/u, '');
}
