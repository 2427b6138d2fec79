// Scoring extracted quotations against annotated ones: a quotation counts as found when half of its
// characters overlap a prediction, and its speaker is right when the predicted name names the annotated
// source (for a pronoun source, the person it refers to).

import type { Evidence } from '../attribution/confidence';
import { givenName } from '../attribution/given-names';
import { TITLE_WORDS } from '../attribution/lexicon';
import type { Attributed } from '../attribution/model';
import type { Span } from '../text/paragraphs';
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
  /** Judged quotations whose speaker the strict judge also takes as right. */
  rightStrictly: number;
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
  rightStrictly: 0,
  errors: [],
  calls: [],
});

export function add(into: Score, s: Score): void {
  into.gold += s.gold;
  into.predicted += s.predicted;
  into.found += s.found;
  into.judged += s.judged;
  into.rightSpeaker += s.rightSpeaker;
  into.rightStrictly += s.rightStrictly;
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
    strictAccuracy: s.judged ? s.rightStrictly / s.judged : 0,
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

/**
 * The strict form of PolNeAR's judgement: where the annotated source or one of its names names someone, the
 * predicted name is that name ("Brian Fallon" for "Clinton spokesman Brian Fallon", not "Clinton"); a source
 * that names no one ("the president") is judged as the lenient judge does.
 */
export const namesSourceStrictly: Judge = (p, g) => namesHead(p, g, false);

/** The strict judge for German, which capitalises every noun: the name is the run a given name opens. */
export const namesGermanSourceStrictly: Judge = (p, g) => namesHead(p, g, true);

function namesHead(p: Attributed, g: GoldQuote, nouns: boolean): boolean {
  const heads = [g.speaker!, ...g.aliases].map((s) => nameHead(s, nouns)).filter((h): h is string[] => h !== null);
  if (heads.length === 0) return namesSource(p, g);
  const said = content(p.speaker?.name ?? '');
  const last = said[said.length - 1];
  return last !== undefined && heads.some((h) => h[h.length - 1] === last || (h.length === 1 && said.includes(h[0]!)));
}

/**
 * The name a source stands for, folded: its first run of capitalised words that is not a title ("Secretary of
 * State John F. Kerry") nor a modifier of the noun after it ("Clinton spokesman Brian Fallon", "Apple's chief
 * executive, Tim Cook"); null when it has none.
 */
function nameHead(source: string, nouns: boolean): string[] | null {
  // What a relative clause adds names someone else: "The authors of the report, which include the U.S. PIRG …".
  const ws = source
    .split(/,\s*(?:which|who|whose)\b/)[0]!
    .split(/\s+/)
    .filter(Boolean);
  const runs: string[][] = [];
  for (let i = 0; i < ws.length; ) {
    if (!/^\p{Lu}/u.test(ws[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < ws.length && (/^\p{Lu}/u.test(ws[j]!) || /^(?:de|van|von|der|da|al|bin|la|le)$/.test(ws[j]!))) {
      j++;
      if (/,$/.test(ws[j - 1]!)) break;
    }
    const run = content(ws.slice(i, j).join(' '));
    // A comma closes the name ("Len Burman, head of …"); a possessive or a noun after it makes it a modifier.
    const closed = /,$/.test(ws[j - 1]!) || ws[j] === ',';
    const possessive = /['’]s?$/.test(ws[j - 1]!) || ws[j] === "'s" || ws[j] === '’s';
    const modifier =
      !closed &&
      (possessive || (j < ws.length && /^\p{Ll}/u.test(ws[j]!) && !FUNCTION_WORDS.has(ws[j]!.toLowerCase())));
    const titles = run.every((w) => TITLE_WORDS.has(w) || TITLE_WORDS.has(`${w}.`));
    if (run.length > 0 && !modifier && !titles) runs.push(run);
    i = j;
  }
  // In a language that capitalises its nouns, of "der Trainer der Frankfurter, Michael Skibbe" the name is the
  // run of two words or more that opens with a given name, where there is one.
  const named = nouns ? runs.find((run) => run.length > 1 && givenName(run[0]!) !== undefined) : undefined;
  return named ?? runs[0] ?? null;
}

/**
 * Matches annotated quotations to predicted ones by overlap. A quotation that runs through several paragraphs
 * is found as one with a segment in each, and may be annotated one paragraph at a time: each segment then
 * answers its own annotation, and counts as a prediction of its own.
 */
export function score(
  gold: GoldQuote[],
  predicted: (Attributed & { segments?: Span[] })[],
  judge: Judge = namesSource,
  strict: Judge = judge,
): Score {
  const s: Score = { ...emptyScore(), gold: gold.length, predicted: 0 };
  // Units a gold quotation may match: each prediction whole, and each segment of one that has several.
  const units = predicted.flatMap((p, i) => [
    ...((p.segments?.length ?? 0) > 1 ? p.segments!.map((seg, k) => ({ i, k, start: seg.start, end: seg.end })) : []),
    { i, k: -1, start: p.start, end: p.end },
  ]);
  /** Per prediction: the segments matched, or -1 when it was matched whole. */
  const used = new Map<number, Set<number>>();
  const free = (u: { i: number; k: number }) => {
    const taken = used.get(u.i);
    return !taken || (u.k >= 0 && !taken.has(-1) && !taken.has(u.k));
  };
  for (const g of gold) {
    let best: (typeof units)[number] | null = null;
    let bestOverlap = 0;
    for (const u of units) {
      const o = overlap(g, u);
      if (!free(u) || o <= bestOverlap) continue;
      best = u;
      bestOverlap = o;
    }
    if (!best || bestOverlap * 2 < g.end - g.start) {
      s.errors.push({ kind: 'missed', text: g.text, gold: g.source, predicted: null, at: g.start });
      continue;
    }
    const taken = used.get(best.i) ?? new Set<number>();
    taken.add(best.k);
    used.set(best.i, taken);
    s.found++;
    if (g.speaker === null && g.speakerKind !== 'description') continue;
    s.judged++;
    const p = predicted[best.i]!;
    const right = judge(p, g);
    s.calls.push({ confidence: p.confidence, evidence: p.evidence, right });
    if (right) s.rightSpeaker++;
    if (strict(p, g)) s.rightStrictly++;
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
    const taken = used.get(i);
    s.predicted += taken ? taken.size : 1;
    if (!taken)
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
