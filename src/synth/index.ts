// Quote indexes for the matcher's evaluation and benchmark: synthetic ones of any size, or one of given quotations.

import {
  INDEX_FORMAT,
  INDEX_VERSION,
  type IndexDocument,
  type IndexQuote,
  type IndexSpeaker,
  type QuoteIndex,
} from '../index/schema';
import { misspell } from './perturb';
import { speakerName, speech } from './speech';
import { rng } from './vocabulary';

export interface SyntheticIndex {
  index: QuoteIndex;
  /** The clean text of each quote, by position; differs from the stored text for misspelt entries. */
  clean: string[];
  /** Positions of entries stored with a misspelling, for 'typo-corrected'. */
  misspelt: number[];
}

/** `count` quotes by count/8 speakers from count/4 documents; one in fifty stored with a misspelling. */
export function syntheticIndex(count: number, seed = 7): SyntheticIndex {
  const r = rng(seed);
  const names = Array.from({ length: Math.max(1, Math.ceil(count / 8)) }, () => speakerName(r));
  const seen = new Set<string>();
  const quotes: { text: string; speaker: string; doc: number; misspelt?: string }[] = [];
  while (quotes.length < count) {
    const text = speech(r);
    if (seen.has(text)) continue;
    seen.add(text);
    const n = quotes.length;
    const stored = n % 50 === 49 ? misspell(text, 1, r) : text;
    quotes.push({ text, speaker: names[n % names.length]!, doc: n % Math.ceil(count / 4), misspelt: stored });
  }
  return quoteIndexOf(quotes);
}

/**
 * An index of the given quotations, one entry each, in order (entry n is `q${n}`): `text` is the clean
 * wording, `misspelt` the one stored when it differs, `doc` the number of the article that printed it.
 */
export function quoteIndexOf(
  quotes: readonly { text: string; speaker: string; doc: number; misspelt?: string }[],
): SyntheticIndex {
  // A loop, not Math.max(...): a million arguments overflow the stack.
  const docCount = quotes.reduce((n, q) => Math.max(n, q.doc + 1), 1);
  const documents: IndexDocument[] = Array.from({ length: docCount }, (_, i) => ({
    id: `d${i}`,
    file: `synthetic/${i}.txt`,
    publication: `Synthetic Ledger ${i % 40}`,
    headline: `Story number ${i}`,
    author: null,
    date: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    dateline: null,
    url: null,
    language: 'en',
  }));
  const ids = new Map<string, string>();
  const speakers: IndexSpeaker[] = [];
  const docsOf = new Map<string, Set<string>>();
  for (const q of quotes) docsOf.set(q.speaker, (docsOf.get(q.speaker) ?? new Set()).add(`d${q.doc}`));
  for (const q of quotes) {
    if (ids.has(q.speaker)) continue;
    ids.set(q.speaker, `s${speakers.length}`);
    const docs = [...docsOf.get(q.speaker)!];
    speakers.push({
      id: `s${speakers.length}`,
      name: q.speaker,
      kind: 'person',
      aliases: [],
      roles: ['official'],
      forms: [{ name: q.speaker, docs }],
    });
  }
  const clean: string[] = [];
  const misspelt: number[] = [];
  const entries: IndexQuote[] = quotes.map((q, n) => {
    const stored = q.misspelt ?? q.text;
    if (stored !== q.text) misspelt.push(n);
    clean.push(q.text);
    const doc = `d${q.doc}`;
    return {
      id: `q${n}`,
      text: stored,
      speaker: ids.get(q.speaker)!,
      variants: [{ text: stored, docs: [doc] }],
      sources: [
        {
          doc,
          start: 0,
          end: stored.length,
          sentence: `“${stored}” said the official.`,
          kind: 'direct',
          role: 'official',
          confidence: 0.95,
          group: 'g1',
          variant: 0,
          named: { name: q.speaker, kind: 'person', aliases: [] },
          speaker: ids.get(q.speaker)!,
        },
      ],
    };
  });
  const index: QuoteIndex = {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    builtAt: '2026-01-01T00:00:00.000Z',
    documents,
    speakers,
    quotes: entries,
    paraphrases: [],
  };
  return { index, clean, misspelt };
}
