// Scoring extracted quotations against annotated ones: a quotation counts as found when half of its
// characters overlap a prediction, and its speaker is right when the predicted name names the annotated
// source (for a pronoun source, the person it refers to).

import type { Attributed } from '../extract';
import { foldWords } from '../text/words';

export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  /** The annotated source as written ("he", "a senior official", "Trump"), if any. */
  source: string | null;
  /** Whom it names: the source itself, or for a pronoun the person it refers to; null if unknown. */
  speaker: string | null;
  /** Other names of the same source, from coreference ("Ben Carson" for "the retired neurosurgeon"). */
  aliases: string[];
}

export type ErrorKind = 'missed' | 'spurious' | 'wrong speaker' | 'no speaker';

export interface ScoredError {
  kind: ErrorKind;
  text: string;
  gold: string | null;
  predicted: string | null;
  at: number;
}

export interface Score {
  gold: number;
  predicted: number;
  found: number;
  /** Found quotations whose annotated speaker is known. */
  judged: number;
  rightSpeaker: number;
  errors: ScoredError[];
}

export const emptyScore = (): Score => ({ gold: 0, predicted: 0, found: 0, judged: 0, rightSpeaker: 0, errors: [] });

export function add(into: Score, s: Score): void {
  into.gold += s.gold;
  into.predicted += s.predicted;
  into.found += s.found;
  into.judged += s.judged;
  into.rightSpeaker += s.rightSpeaker;
  into.errors.push(...s.errors);
}

export function metrics(s: Score) {
  const precision = s.predicted ? s.found / s.predicted : 0;
  const recall = s.gold ? s.found / s.gold : 0;
  return {
    quotes: s.gold,
    predicted: s.predicted,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    speakerAccuracy: s.judged ? s.rightSpeaker / s.judged : 0,
    judged: s.judged,
  };
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function score(gold: GoldQuote[], predicted: Attributed[]): Score {
  const s: Score = { ...emptyScore(), gold: gold.length, predicted: predicted.length };
  const used = new Set<number>();
  for (const g of gold) {
    let best = -1;
    let bestOverlap = 0;
    predicted.forEach((p, i) => {
      const o = overlap(g, p);
      if (used.has(i) || o <= bestOverlap) return;
      best = i;
      bestOverlap = o;
    });
    if (best < 0 || bestOverlap * 2 < g.end - g.start) {
      s.errors.push({ kind: 'missed', text: g.text, gold: g.source, predicted: null, at: g.start });
      continue;
    }
    used.add(best);
    s.found++;
    if (g.speaker === null) continue;
    s.judged++;
    const p = predicted[best]!;
    // The predicted name, or its role ("master of ceremonies Asab Al-Tabchi"), names the source or one of its names.
    const said = p.speaker ? [p.speaker.name, p.speaker.role].filter((x): x is string => !!x) : [];
    if (said.some((x) => [g.speaker!, ...g.aliases].some((y) => names(x, y)))) s.rightSpeaker++;
    else
      s.errors.push({
        kind: p.speaker ? 'wrong speaker' : 'no speaker',
        text: p.text,
        gold: g.speaker,
        predicted: p.speaker?.name ?? null,
        at: p.start,
      });
  }
  predicted.forEach((p, i) => {
    if (!used.has(i))
      s.errors.push({ kind: 'spurious', text: p.text, gold: null, predicted: p.speaker?.name ?? null, at: p.start });
  });
  return s;
}

const FUNCTION_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'for',
  'to',
  'in',
  'at',
  'and',
  's',
  'his',
  'her',
  'their',
  'its',
  'mr',
  'mrs',
  'ms',
  'dr',
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
]);
const content = (s: string) => foldWords(s.replace(/['’]s\b/g, '')).filter((w) => !FUNCTION_WORDS.has(w));

/**
 * Does the predicted speaker name the annotated one? A name by its surname ("Clinton" names "Hillary
 * Clinton" and "Clinton spokesman Brian Fallon"), a description by its head noun ("a source" names
 * "another source").
 */
export function names(predicted: string, gold: string): boolean {
  const p = content(predicted);
  const g = new Set(content(gold));
  if (p.length === 0 || g.size === 0) return false;
  return g.has(p[p.length - 1]!);
}
