// Building the quote index: every quotation and report of speech of every article is an occurrence; each
// occurrence's speaker is resolved to one identity across the articles (identity.ts), and reports of the
// same words are merged into one entry (even trimmed, reworded at the edges or elided), even where outlets
// name different speakers for them: the entry keeps each source's speaker. The index is a function of its documents and the set of their
// occurrences, whatever order they come in: so indexes built apart merge into exactly the index of all
// their articles (see merge.ts), and `whosaid index --jobs N` builds what one job does.

import { extract } from '../attribution/extract';
import type { Extraction } from '../attribution/model';
import type { Article } from '../corpus/article';
import type { Span } from '../text/paragraphs';
import { cluster, NONE } from './cluster';
import { type Identities, resolveIdentities } from './identity';
import {
  INDEX_FORMAT,
  INDEX_VERSION,
  type IndexDocument,
  type IndexParaphrase,
  type IndexQuote,
  type IndexSource,
  type IndexSpeaker,
  type NamedSpeaker,
  type QuoteIndex,
} from './schema';

/** A quotation or a report of speech, in its document: all the index keeps of it. */
export interface Occurrence {
  /** The document's position in the index's list. */
  doc: number;
  /** The words as the document printed them. */
  text: string;
  start: number | null;
  end: number | null;
  sentence: string | null;
  role: string | null;
  confidence: number;
  named: NamedSpeaker | null;
}

/** A quotation also says whether it is direct or partial, and which utterance it is part of. */
export interface QuoteOccurrence extends Occurrence {
  kind: IndexSource['kind'];
  group: string;
}

export interface Occurrences {
  quotes: QuoteOccurrence[];
  /** Reported speech; always has a speaker. */
  reports: Occurrence[];
}

/** The occurrences of one article (document `doc`): its quotations and its reported speech. */
export function occurrencesOf(
  article: { text: string; paragraphs?: Span[]; meta?: { language: string | null } },
  doc: number,
): Occurrences {
  return occurrencesIn(extract(article.text, article.paragraphs, article.meta?.language ?? null), article.text, doc);
}

/** The occurrences of an extraction of `text`. */
export function occurrencesIn({ quotes, reports }: Extraction, text: string, doc: number): Occurrences {
  const base = (item: (typeof quotes)[number] | (typeof reports)[number]): Occurrence => ({
    doc,
    text: item.text,
    start: item.start,
    end: item.end,
    sentence: around(text, item.sentence, item),
    role: item.speaker?.role ?? null,
    confidence: item.confidence,
    named:
      item.speaker && item.speakerKind
        ? { name: item.speaker.name, kind: item.speakerKind, aliases: [...item.aliases] }
        : null,
  });
  return {
    quotes: quotes.map((q) => ({ ...base(q), kind: q.kind, group: q.group })),
    reports: reports.map(base),
  };
}

/** Characters of context a source keeps on each side of the words, where the sentence runs longer. */
const CONTEXT = 240;

/** The sentence around the words, cut to some context on each side where it runs long (text without stops). */
function around(text: string, sentence: Span, words: Span): string {
  const start = Math.max(sentence.start, words.start - CONTEXT);
  const end = Math.min(sentence.end, words.end + CONTEXT);
  return `${start > sentence.start ? '…' : ''}${text.slice(start, end)}${end < sentence.end ? '…' : ''}`;
}

export interface BuildOptions {
  builtAt?: Date;
  /** Called after each article, for a progress display. */
  onArticle?: (done: number, total: number) => void;
}

export function buildIndex(articles: Article[], options: BuildOptions = {}): QuoteIndex {
  const all: Occurrences = { quotes: [], reports: [] };
  articles.forEach((article, doc) => {
    const { quotes, reports } = occurrencesOf(article, doc);
    for (const q of quotes) all.quotes.push(q);
    for (const r of reports) all.reports.push(r);
    options.onArticle?.(doc + 1, articles.length);
  });
  return assemble(articles.map(documentOf), all, options.builtAt);
}

/** An article as the index lists it (its id is given by its position when the index is assembled). */
export function documentOf(article: Article): Omit<IndexDocument, 'id'> {
  return { file: article.id, ...article.meta };
}

/**
 * The index of documents and their occurrences (each occurrence's `doc` is its document's position in
 * `documents`). Documents that are the same record are one; occurrences are taken in a canonical order.
 */
export function assemble(
  documents: Omit<IndexDocument, 'id'>[],
  occurrences: Occurrences,
  builtAt = new Date(),
): QuoteIndex {
  const { docs, position } = uniqueDocuments(documents);
  const moved = <T extends Occurrence>(o: T): T => (position[o.doc] === o.doc ? o : { ...o, doc: position[o.doc]! });
  const quoted = canonicalOrder(occurrences.quotes.map(moved));
  const reported = canonicalOrder(occurrences.reports.map(moved));

  // One resolution for quotations and reported speech, so a speaker is one person in both.
  const resolved = resolveIdentities([...quoted, ...reported]);
  const quoteIds = resolved.of.slice(0, quoted.length);
  const reportIds = resolved.of.slice(quoted.length);
  const speakers = new SpeakerList(resolved);
  const quotes = cluster(quoted, groupingIds(quoteIds, resolved), true).map((members, n) =>
    toEntry(
      members.map((i) => quoted[i]!),
      `q${n}`,
      members.map((i) => quoteIds[i]!),
      speakers,
    ),
  );
  const paraphrases = cluster(reported, groupingIds(reportIds, resolved), false).map((members, n) => {
    const group = members.map((i) => reported[i]!);
    const ids = members.map((i) => reportIds[i]!);
    // Every report has a speaker, so its group has one.
    return toParaphrase(group, `p${n}`, speakers.use(mainSpeaker(group, ids, resolved), group, ids)!);
  });
  return {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    builtAt: builtAt.toISOString(),
    documents: docs.map((d, i) => ({ id: `d${i}`, ...d })),
    speakers: speakers.list(),
    quotes,
    paraphrases,
  };
}

/** Documents that are one record are one document: each position's new position, in order of first sight. */
function uniqueDocuments(documents: Omit<IndexDocument, 'id'>[]) {
  const seen = new Map<string, number>();
  const docs: Omit<IndexDocument, 'id'>[] = [];
  const position = documents.map((d) => {
    const { file, publication, headline, author, date, dateline, url, language } = d;
    const key = JSON.stringify([file, publication, headline, author, date, dateline, url, language]);
    let at = seen.get(key);
    if (at === undefined) {
      at = docs.length;
      seen.set(key, at);
      docs.push({ file, publication, headline, author, date, dateline, url, language });
    }
    return at;
  });
  return { docs, position };
}

/**
 * Occurrences by document, place in it and wording; ties (rare) by everything else they hold. The same
 * occurrence twice (one article indexed twice) is one.
 */
function canonicalOrder<T extends Occurrence>(occ: T[]): T[] {
  const full = new Map<T, string>();
  const rest = (o: T) => {
    let key = full.get(o);
    if (key === undefined) {
      key = JSON.stringify(o, Object.keys(o).sort());
      full.set(o, key);
    }
    return key;
  };
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const place = (a: T, b: T) =>
    a.doc - b.doc || (a.start ?? -1) - (b.start ?? -1) || (a.end ?? -1) - (b.end ?? -1) || cmp(a.text, b.text);
  const sorted = [...occ].sort((a, b) => place(a, b) || cmp(rest(a), rest(b)));
  return sorted.filter((o, i) => i === 0 || place(sorted[i - 1]!, o) !== 0 || rest(sorted[i - 1]!) !== rest(o));
}

/** Speakers for grouping: a description fits anyone (a spokesman may be the person another article names). */
function groupingIds(ids: Int32Array, resolved: Identities): Int32Array {
  return ids.map((id) => (id >= 0 && resolved.identities[id]!.kind === 'description' ? NONE : id));
}

/**
 * The speaker an entry shows: of those its articles name, a person or organisation before a description,
 * then the one the most documents name, then the surest, then the first; NONE when none names anyone.
 */
function mainSpeaker(members: Occurrence[], ids: number[], resolved: Identities): number {
  const tally = new Map<number, { docs: Set<number>; sure: number; first: number }>();
  ids.forEach((id, k) => {
    if (id < 0) return;
    const t = tally.get(id) ?? { docs: new Set(), sure: 0, first: k };
    t.docs.add(members[k]!.doc);
    t.sure = Math.max(t.sure, members[k]!.confidence);
    tally.set(id, t);
  });
  const described = (id: number) => (resolved.identities[id]!.kind === 'description' ? 1 : 0);
  const ranked = [...tally].sort(
    ([a, x], [b, y]) =>
      described(a) - described(b) || y.docs.size - x.docs.size || y.sure - x.sure || x.first - y.first,
  );
  return ranked[0]?.[0] ?? NONE;
}

/** The index's speakers, numbered as entries first name them, with the roles their sources give. */
class SpeakerList {
  private readonly ids = new Map<number, IndexSpeaker>();

  /** `idOf`: the id of the speaker numbered k. */
  constructor(
    readonly resolved: Identities,
    private readonly idOf: (k: number) => string = (k) => `s${k}`,
  ) {}

  /** The speaker of identity `id` (null for NONE), seen in these occurrences. */
  use(id: number, members: Occurrence[], ids: number[]): string | null {
    if (id < 0) return null;
    let entry = this.ids.get(id);
    if (!entry) {
      const identity = this.resolved.identities[id]!;
      const forms = [...identity.forms]
        .filter(([, docs]) => docs.size > 0)
        .map(([name, docs]) => ({ name, docs: [...docs].sort((a, b) => a - b).map((d) => `d${d}`) }));
      entry = {
        id: this.idOf(this.ids.size),
        name: identity.name,
        kind: identity.kind,
        aliases: forms.map((f) => f.name).filter((n) => n !== identity.name),
        roles: [],
        forms,
      };
      this.ids.set(id, entry);
    }
    members.forEach((m, k) => {
      if (ids[k] === id && m.role && !entry.roles.includes(m.role)) entry.roles.push(m.role);
    });
    return entry.id;
  }

  list(): IndexSpeaker[] {
    return [...this.ids.values()];
  }
}

/**
 * The entry of occurrences known to be reports of the same words, with the speakers its sources name (the
 * reading memory's entries are made so, one at a time, as the index build makes its own): `speakerId` names
 * the speaker numbered k.
 */
export function entryOf(
  members: QuoteOccurrence[],
  id: string,
  speakerId: (k: number) => string,
): { quote: IndexQuote; speakers: IndexSpeaker[] } {
  const resolved = resolveIdentities(members);
  const speakers = new SpeakerList(resolved, speakerId);
  const quote = toEntry(members, id, [...resolved.of], speakers);
  return { quote, speakers: speakers.list() };
}

function toEntry(members: QuoteOccurrence[], id: string, ids: number[], speakers: SpeakerList): IndexQuote {
  const main = mainSpeaker(members, ids, speakers.resolved);
  const speaker = speakers.use(main, members, ids);
  // Each source's own speaker, numbered after the entry's.
  const sourceSpeaker = ids.map((sid) => (sid === main ? speaker : speakers.use(sid, members, ids)));
  const variants = new Map<string, Set<string>>();
  for (const m of members) {
    const docs = variants.get(m.text) ?? new Set<string>();
    docs.add(`d${m.doc}`);
    variants.set(m.text, docs);
  }
  const wordings = [...variants.keys()];
  return {
    id,
    text: canonical(members),
    speaker,
    variants: [...variants].map(([text, docs]) => ({ text, docs: [...docs] })),
    sources: members.map((m, k) => ({
      doc: `d${m.doc}`,
      start: m.start,
      end: m.end,
      sentence: m.sentence,
      kind: m.kind,
      role: m.role,
      confidence: m.confidence,
      group: m.group,
      variant: wordings.indexOf(m.text),
      named: m.named,
      speaker: sourceSpeaker[k]!,
    })),
  };
}

function toParaphrase(members: Occurrence[], id: string, speaker: string): IndexParaphrase {
  return {
    id,
    kind: 'paraphrase',
    text: canonical(members),
    speaker,
    sources: members.map((m) => ({
      doc: `d${m.doc}`,
      start: m.start,
      end: m.end,
      sentence: m.sentence,
      role: m.role,
      confidence: m.confidence,
      named: m.named,
      text: m.text,
    })),
  };
}

/** The wording to show: one printed whole (no "…") by the most articles, the longest, the first; trailing comma off. */
function canonical(members: Occurrence[]): string {
  const elided = (t: string) => /\u2026|\.\.\./.test(t);
  const count = new Map<string, number>();
  for (const m of members) count.set(m.text, (count.get(m.text) ?? 0) + 1);
  const best = [...count.keys()].sort(
    (a, b) => Number(elided(a)) - Number(elided(b)) || count.get(b)! - count.get(a)! || b.length - a.length,
  )[0]!;
  return best.replace(/[\s,;:]+$/u, '');
}
