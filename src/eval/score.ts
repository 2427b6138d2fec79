// Scoring extracted quotations against annotated ones: a quotation counts as found when half of its
// characters overlap a prediction, and its speaker is right when the predicted name names the annotated
// source (for a pronoun source, the person it refers to).

import type { Evidence } from '../attribution/confidence';
import type { Attributed } from '../attribution/model';
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
  /** What the source is, where the annotation says: a description names nobody ("a senior official"). */
  speakerKind?: 'person' | 'organization' | 'description' | null;
}

/** One judged attribution. */
export interface Call {
  confidence: number;
  evidence: Evidence | null;
  right: boolean;
}

/** Is a predicted speaker the annotated one? */
export type Judge = (predicted: Attributed, gold: GoldQuote) => boolean;

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
  /** For each judged quotation: the attribution's confidence and evidence, and whether its speaker was right. */
  calls: Call[];
}

export const emptyScore = (): Score => ({
  gold: 0,
  predicted: 0,
  found: 0,
  judged: 0,
  rightSpeaker: 0,
  errors: [],
  calls: [],
});

export function add(into: Score, s: Score): void {
  into.gold += s.gold;
  into.predicted += s.predicted;
  into.found += s.found;
  into.judged += s.judged;
  into.rightSpeaker += s.rightSpeaker;
  into.errors.push(...s.errors);
  into.calls.push(...s.calls);
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

/**
 * A reliability table: judged calls in ten bins of confidence, with each bin's mean confidence and share
 * right; the expected calibration error (their gap, weighted by size); and precision and share of calls at
 * a confidence of 0.9 or more. Calls with no speaker (confidence 0) fall in the first bin.
 */
export function reliability(calls: Call[]) {
  const bins = Array.from({ length: 10 }, (_, i) => ({
    from: i / 10,
    to: (i + 1) / 10,
    n: 0,
    confidence: 0,
    accuracy: 0,
  }));
  for (const c of calls) {
    const b = bins[Math.min(9, Math.floor(c.confidence * 10))]!;
    b.n++;
    b.confidence += c.confidence;
    b.accuracy += c.right ? 1 : 0;
  }
  let ece = 0;
  for (const b of bins) {
    if (b.n === 0) continue;
    b.confidence /= b.n;
    b.accuracy /= b.n;
    ece += (b.n / calls.length) * Math.abs(b.confidence - b.accuracy);
  }
  const high = calls.filter((c) => c.confidence >= 0.9);
  return {
    bins,
    ece,
    highPrecision: high.length ? high.filter((c) => c.right).length / high.length : 0,
    highShare: calls.length ? high.length / calls.length : 0,
  };
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * PolNeAR's judgement: the predicted name, or its role ("master of ceremonies Asab Al-Tabchi"), names the
 * source or one of its names.
 */
export const namesSource: Judge = (p, g) => {
  const said = p.speaker ? [p.speaker.name, p.speaker.role].filter((x): x is string => !!x) : [];
  return said.some((x) => [g.speaker!, ...g.aliases].some((y) => names(x, y)));
};

export function score(gold: GoldQuote[], predicted: Attributed[], judge: Judge = namesSource): Score {
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
    if (g.speaker === null && g.speakerKind !== 'description') continue;
    s.judged++;
    const p = predicted[best]!;
    const right = judge(p, g);
    s.calls.push({ confidence: p.confidence, evidence: p.evidence, right });
    if (right) s.rightSpeaker++;
    else
      s.errors.push({
        kind: p.speaker && p.speakerKind !== 'description' ? 'wrong speaker' : 'no speaker',
        text: p.text,
        gold: g.speaker ?? g.source,
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
  // German articles and the prepositions of a name's complement ("der Sprecher des Ministeriums")
  'der',
  'die',
  'das',
  'des',
  'dem',
  'den',
  'ein',
  'eine',
  'einer',
  'eines',
  'einem',
  'einen',
  'von',
  'vom',
  'zu',
  'zur',
  'zum',
]);
const content = (s: string) => foldWords(s.replace(/['’]s\b/g, '')).filter((w) => !FUNCTION_WORDS.has(w));

/**
 * Does the predicted speaker name the annotated one? A name by its surname ("Clinton" names "Hillary
 * Clinton" and "Clinton spokesman Brian Fallon"), a description by its head noun ("a source" names
 * "another source"); or a fuller name by the annotated one's last word ("Lou Jiwei" names "Mr. Lou", "Ban
 * Ki-moon" names "Ban").
 */
export function names(predicted: string, gold: string): boolean {
  const p = content(predicted);
  const g = content(gold);
  if (p.length === 0 || g.length === 0) return false;
  return g.includes(p[p.length - 1]!) || p.includes(g[g.length - 1]!);
}
