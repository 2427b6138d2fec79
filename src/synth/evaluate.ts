// The matcher's evaluation on a synthetic index: recall for each perturbation, false matches for each kind
// of negative. Used by `npm run eval:match` and by the tests.

import type { Matcher } from '../match/matcher';
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
}

export function makeCases(syn: SyntheticIndex, perKind: number, seed = 3): Case[] {
  const r = rng(seed);
  const out: Case[] = [];
  const n = syn.clean.length;
  for (const kind of PERTURBATIONS) {
    for (let k = 0; k < perKind; k++) {
      const q = kind === 'typo-corrected' ? syn.misspelt[k % syn.misspelt.length]! : int(r, 0, n - 1);
      if (kind !== 'typo-corrected' && syn.misspelt.includes(q)) continue;
      const text = syn.clean[q]!;
      if ((kind === 'split' && text.split(' ').length < 14) || (kind === 'elision' && text.split(' ').length < 14))
        continue;
      out.push({ kind, texts: perturb(kind, text, r), expected: q });
    }
  }
  for (const kind of NEGATIVES) {
    for (let k = 0; k < perKind; k++) out.push({ kind, texts: [negative(kind, syn.clean, r)], expected: null });
  }
  return out;
}

export function evaluate(matcher: Matcher, cases: Case[], threshold: number): Row[] {
  const rows = new Map<string, Row>();
  for (const c of cases) {
    const row = rows.get(c.kind) ?? { kind: c.kind, negative: c.expected === null, cases: 0, right: 0, wrong: 0 };
    rows.set(c.kind, row);
    row.cases++;
    const matched = matcher.matchUtterance(c.texts, threshold).map((m) => m?.quote.id ?? null);
    const expected = c.expected === null ? null : `q${c.expected}`;
    if (matched.every((m) => m === expected)) row.right++;
    else if (matched.some((m) => m !== null && m !== expected)) row.wrong++;
  }
  return [...rows.values()];
}

export function formatRows(rows: Row[]): string {
  const lines = ['kind               cases   recall   wrong entry', '-----------------  -----   ------   -----------'];
  for (const r of rows.filter((x) => !x.negative)) {
    lines.push(
      `${r.kind.padEnd(17)}  ${String(r.cases).padStart(5)}   ${(r.right / r.cases).toFixed(3).padStart(6)}   ${String(r.wrong).padStart(11)}`,
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
