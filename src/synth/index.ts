// Synthetic quote indexes of any size, for the matcher's evaluation and benchmark.

import { assembleIndex } from '../index/build';
import type { IndexDocument, IndexQuote, IndexSpeaker, QuoteIndex } from '../index/schema';
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
  const documents: IndexDocument[] = Array.from({ length: Math.max(1, Math.ceil(count / 4)) }, (_, i) => ({
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
  const speakers: IndexSpeaker[] = Array.from({ length: Math.max(1, Math.ceil(count / 8)) }, (_, i) => ({
    id: `s${i}`,
    name: speakerName(r),
    kind: 'person',
    aliases: [],
    roles: ['official'],
  }));
  const seen = new Set<string>();
  const clean: string[] = [];
  const misspelt: number[] = [];
  const quotes: IndexQuote[] = [];
  while (quotes.length < count) {
    const text = speech(r);
    if (seen.has(text)) continue;
    seen.add(text);
    const n = quotes.length;
    const stored = n % 50 === 49 ? misspell(text, 1, r) : text;
    if (stored !== text) misspelt.push(n);
    clean.push(text);
    const doc = documents[n % documents.length]!.id;
    quotes.push({
      id: `q${n}`,
      text: stored,
      speaker: speakers[n % speakers.length]!.id,
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
        },
      ],
    });
  }
  return { index: assembleIndex({ documents, speakers, quotes }, new Date('2026-01-01T00:00:00Z')), clean, misspelt };
}
