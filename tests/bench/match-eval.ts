// The matcher's evaluation: `npm run eval:match [-- QUOTES [CASES_PER_KIND [STRICTNESS]]] [--polnear DIR]`
// (default 10,000 quotes, 500 cases of each perturbation and each kind of negative, "balanced"). On a
// synthetic index, and, given a PolNeAR checkout (or WHOSAID_POLNEAR), on an index of its real quotations.

import { parseArgs } from 'node:util';
import { realQuotations } from '../../src/eval/quotations';
import { Matcher, type Strictness, THRESHOLDS } from '../../src/match/matcher';
import { evaluate, formatRows, makeCases } from '../../src/synth/evaluate';
import { syntheticIndex } from '../../src/synth/index';

const { values, positionals } = parseArgs({ options: { polnear: { type: 'string' } }, allowPositionals: true });
const quotes = Number(positionals[0] ?? 10_000);
const perKind = Number(positionals[1] ?? 500);
const strictness = (positionals[2] ?? 'balanced') as Strictness;
const threshold = THRESHOLDS[strictness];

const syn = syntheticIndex(quotes);
console.log(`synthetic index of ${quotes.toLocaleString('en-US')} quotes; threshold ${threshold} (${strictness})\n`);
console.log(formatRows(evaluate(new Matcher(syn.index), makeCases(syn, perKind), threshold)));

const polnear = values.polnear ?? process.env.WHOSAID_POLNEAR;
if (polnear) {
  const real = realQuotations(polnear);
  console.log(
    `\nreal quotations: PolNeAR train and dev, ${real.syn.clean.length.toLocaleString('en-US')} quotations of ` +
      `${real.articles - Math.floor(real.articles / 5)} articles indexed; negatives from the other ` +
      `${Math.floor(real.articles / 5)} articles' ${real.others.length.toLocaleString('en-US')} quotations\n`,
  );
  const cases = makeCases(real.syn, perKind, 3, real.others);
  console.log(formatRows(evaluate(new Matcher(real.syn.index), cases, threshold, real.syn.clean)));
  console.log(
    '\ntelling: the quotation, quoted whole, is matched (no stock phrase, not too short), and the page gives ' +
      'one word or more outside the common words of news English (src/text/common-words.ts)',
  );
} else console.log('\n(real quotations: give --polnear DIR, a checkout of PolNeAR, or set WHOSAID_POLNEAR)');
