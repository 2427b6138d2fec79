// The matcher's evaluation: `npm run eval:match [-- QUOTES [CASES_PER_KIND]]` (default 10,000 quotes, 500
// cases of each perturbation and each kind of negative), at the default ("balanced") threshold.

import { Matcher, type Strictness, THRESHOLDS } from '../../src/match/matcher';
import { evaluate, formatRows, makeCases } from '../../src/synth/evaluate';
import { syntheticIndex } from '../../src/synth/index';

const quotes = Number(process.argv[2] ?? 10_000);
const perKind = Number(process.argv[3] ?? 500);
const strictness = (process.argv[4] ?? 'balanced') as Strictness;
const syn = syntheticIndex(quotes);
const matcher = new Matcher(syn.index);
const cases = makeCases(syn, perKind);
console.log(
  `synthetic index of ${quotes.toLocaleString('en-US')} quotes; threshold ${THRESHOLDS[strictness]} (${strictness})\n`,
);
console.log(formatRows(evaluate(matcher, cases, THRESHOLDS[strictness])));
