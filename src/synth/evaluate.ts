// The matcher's evaluation on an index (synthetic, or of real quotations): recall for each perturbation,
// false matches for each kind of negative. Used by `npm run eval:match` and by the tests.

import { type Matcher, MIN_QUERY_WORDS } from '../match/matcher';
import { COMMON_WORDS } from '../text/common-words';
import { foldWords } from '../text/words';
import type { SyntheticIndex } from './index';
import { NEGATIVES, type Negative, negative, PERTURBATIONS, type Perturbation, perturb } from './perturb';
import { int, rng } from './vocabulary';

export interface Case {
  kind: Perturbation | Negative;
  /** The page's quotation (two parts for 'split'). */
  texts: string[];
  /** Position of the entry it must match; null for a negative. */
  expected: number | null;
}

export interface Row {
  kind: string;
  negative: boolean;
  cases: number;
  /** Positives: matched the right entry. Negatives: matched nothing. */
  right: number;
  /** Matched an entry, and the wrong one (for a negative, any). */
  wrong: number;
  /**
   * Positives that can tell whose words they are: the quotation itself, quoted whole, is matched (it is no
   * stock phrase, nor too short), and the page's words are not all common ones.
   */
  telling: number;
  tellingRight: number;
}

/** Words a quotation needs for a perturbation to make sense of it (a fragment of 8 words needs more than 8). */
const MIN_WORDS: Partial<Record<Perturbation, number>> = {
  'fragment-8+': 10,
  'fragment-6': 8,
  elision: 14,
  split: 14,
};

/**
 * Cases for each perturbation and each kind of negative. `others` are quotations of articles the index
 * does not hold (real ones, for an index of real quotations): then the negatives are made of them.
 */
export function makeCases(syn: SyntheticIndex, perKind: number, seed = 3, others?: readonly string[]): Case[] {
  const r = rng(seed);
  const out: Case[] = [];
  const n = syn.clean.length;
  for (const kind of PERTURBATIONS) {
    if (kind === 'typo-corrected' && syn.misspelt.length === 0) continue;
    for (let k = 0; k < perKind; k++) {
      const q = kind === 'typo-corrected' ? syn.misspelt[k % syn.misspelt.length]! : int(r, 0, n - 1);
      if (kind !== 'typo-corrected' && syn.misspelt.includes(q)) continue;
      const text = syn.clean[q]!;
      if (text.split(' ').length < (MIN_WORDS[kind] ?? MIN_QUERY_WORDS)) continue;
      const texts = perturb(kind, text, r);
      // A perturbation that finds nothing to change in this quotation (no compound to write otherwise).
      if (kind !== 'exact' && kind !== 'typo-corrected' && texts.length === 1 && texts[0] === text) continue;
      out.push({ kind, texts, expected: q });
    }
  }
  for (const kind of NEGATIVES) {
    for (let k = 0; k < perKind; k++) out.push({ kind, texts: [negative(kind, syn.clean, r, others)], expected: null });
  }
  return out;
}

export function evaluate(matcher: Matcher, cases: Case[], threshold: number, clean?: readonly string[]): Row[] {
  const rows = new Map<string, Row>();
  const wholeFound = new Map<number, boolean>();
  for (const c of cases) {
    const row = rows.get(c.kind) ?? {
      kind: c.kind,
      negative: c.expected === null,
      cases: 0,
      right: 0,
      wrong: 0,
      telling: 0,
      tellingRight: 0,
    };
    rows.set(c.kind, row);
    row.cases++;
    const matched = matcher.matchUtterance(c.texts, threshold).map((m) => m?.quote.id ?? null);
    const expected = c.expected === null ? null : `q${c.expected}`;
    const right = matched.every((m) => m === expected);
    if (right) row.right++;
    else if (matched.some((m) => m !== null && m !== expected)) row.wrong++;
    if (c.expected === null || !clean) continue;
    if (!wholeFound.has(c.expected))
      wholeFound.set(c.expected, matcher.match(clean[c.expected]!, threshold)?.quote.id === expected);
    const uncommon = c.texts.some((t) => foldWords(t).some((w) => !COMMON_WORDS.has(w)));
    if (wholeFound.get(c.expected) && uncommon) {
      row.telling++;
      if (right) row.tellingRight++;
    }
  }
  return [...rows.values()];
}

export function formatRows(rows: Row[]): string {
  const telling = rows.some((r) => r.telling > 0);
  const lines = telling
    ? [
        'kind               cases   recall   telling   recall   wrong entry',
        '-----------------  -----   ------   -------   ------   -----------',
      ]
    : ['kind               cases   recall   wrong entry', '-----------------  -----   ------   -----------'];
  const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(3) : '–').padStart(6);
  for (const r of rows.filter((x) => !x.negative)) {
    lines.push(
      `${r.kind.padEnd(17)}  ${String(r.cases).padStart(5)}   ${ratio(r.right, r.cases)}   ` +
        (telling ? `${String(r.telling).padStart(7)}   ${ratio(r.tellingRight, r.telling)}   ` : '') +
        `${String(r.wrong).padStart(11)}`,
    );
  }
  lines.push('', 'negative           cases   false matches', '-----------------  -----   -------------');
  for (const r of rows.filter((x) => x.negative)) {
    lines.push(
      `${r.kind.padEnd(17)}  ${String(r.cases).padStart(5)}   ${String(r.wrong).padStart(6)} (${((100 * r.wrong) / r.cases).toFixed(2)} %)`,
    );
  }
  const neg = rows.filter((x) => x.negative);
  const total = neg.reduce((s, x) => s + x.cases, 0);
  const wrong = neg.reduce((s, x) => s + x.wrong, 0);
  lines.push(
    `${'all negatives'.padEnd(17)}  ${String(total).padStart(5)}   ${String(wrong).padStart(6)} (${((100 * wrong) / total).toFixed(3)} %)`,
  );
  return lines.join('\n');
}
