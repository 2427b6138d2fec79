// Quotebank (EPFL; quotes-YYYY.json.bz2): one JSON line per quotation, with every article that printed it.
// A line becomes one occurrence per article address, attributed only to a speaker Quotebank gives with
// enough probability: a quotation without one is skipped, never attributed to a less probable speaker.

import * as v from 'valibot';
import { foldName, samePersonName } from '../text/names';
import type { QuoteOccurrence } from './build';
import type { IndexDocument } from './schema';

const LineSchema = v.object({
  quoteID: v.pipe(v.string(), v.minLength(1)),
  quotation: v.pipe(v.string(), v.minLength(1)),
  /** The most probable speaker, or "None". */
  speaker: v.string(),
  qids: v.array(v.string()),
  /** "2020-01-28 08:04:05": when the quotation was first seen. */
  date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}/, 'must start with a YYYY-MM-DD date')),
  numOccurrences: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Speakers with their probabilities, as strings, most probable first. */
  probas: v.array(v.tuple([v.string(), v.string()])),
  urls: v.pipe(v.array(v.string()), v.minLength(1)),
  phase: v.string(),
});

export type QuotebankLine = v.InferOutput<typeof LineSchema>;

export interface QuotebankFilter {
  /** The least probability for a speaker to be taken as the quotation's. */
  minProba: number;
  minOccurrences: number;
  /** First and last dates (YYYY-MM-DD) kept, both included. */
  since: string | null;
  until: string | null;
  /** Only these speakers' quotations (any form of their names); all when empty. */
  speakers: string[];
}

export type LineResult =
  | { kind: 'kept'; line: QuotebankLine; speaker: string; proba: number }
  | { kind: 'unattributed' | 'filtered' }
  | { kind: 'bad'; reason: string };

/** Reads and filters one line. */
export function readQuotebankLine(text: string, filter: QuotebankFilter): LineResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { kind: 'bad', reason: `not JSON: ${(e as Error).message}` };
  }
  const parsed = v.safeParse(LineSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue.path?.map((p) => p.key).join('.');
    return { kind: 'bad', reason: `${where ? `${where}: ` : ''}${issue.message}` };
  }
  const line = parsed.output;
  const day = line.date.slice(0, 10);
  if (line.numOccurrences < filter.minOccurrences) return { kind: 'filtered' };
  if ((filter.since && day < filter.since) || (filter.until && day > filter.until)) return { kind: 'filtered' };
  const proba = Number(line.probas.find(([name]) => name === line.speaker)?.[1] ?? Number.NaN);
  if (line.speaker === 'None' || !(proba >= filter.minProba)) return { kind: 'unattributed' };
  if (filter.speakers.length > 0 && !filter.speakers.some((s) => sameName(s, line.speaker)))
    return { kind: 'filtered' };
  return { kind: 'kept', line, speaker: line.speaker, proba };
}

function sameName(wanted: string, speaker: string): boolean {
  const a = foldName(wanted);
  const b = foldName(speaker);
  return a.join(' ') === b.join(' ') || samePersonName(a, b);
}

/**
 * Gathers the documents and occurrences of kept lines: one document per article address and date (an
 * article printing several quotations is one document), one occurrence per address.
 */
export class QuotebankCollector {
  readonly documents: Omit<IndexDocument, 'id'>[] = [];
  readonly occurrences: QuoteOccurrence[] = [];
  private readonly docs = new Map<string, number>();

  constructor(private readonly outletOf: (url: string) => string | null) {}

  add({ line, speaker, proba }: Extract<LineResult, { kind: 'kept' }>): void {
    const date = line.date.slice(0, 10);
    for (const url of new Set(line.urls)) {
      const key = `${date} ${url}`;
      let doc = this.docs.get(key);
      if (doc === undefined) {
        doc = this.documents.length;
        this.docs.set(key, doc);
        this.documents.push({
          file: url,
          publication: this.outletOf(url),
          headline: null,
          author: null,
          date,
          dateline: null,
          url,
          language: 'en',
        });
      }
      this.occurrences.push({
        doc,
        text: line.quotation,
        start: null,
        end: null,
        sentence: null,
        role: null,
        confidence: proba,
        named: { name: speaker, kind: 'person', aliases: [] },
        kind: 'direct',
        group: line.quoteID,
      });
    }
  }
}
