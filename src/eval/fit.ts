// `npm run fit -- --polnear DIR [--german DIR]`: fits the attribution confidence model
// (src/attribution/confidence.ts) on PolNeAR's train split (and the German corpus's), and on the French,
// Spanish and Portuguese news pages not kept aside: every quotation and report whose annotated speaker is
// known, with whether the predicted one is right, and writes the weights to
// src/attribution/data/confidence.json. The dev splits, the English news pages and the pages kept aside check
// the fit (`npm run eval`).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { features, type Weights } from '../attribution/confidence';
import { extract } from '../attribution/extract';
import { ROOT } from '../cli/args';
import { loadGerman } from './german';
import { loadNews, namesTheSpeaker } from './news';
import { type EvalDoc, loadSplit } from './polnear';
import { type Call, type Judge, namesSource, score } from './score';

/** Samples of a logistic model: named features, and the outcome. */
export interface Sample {
  x: Record<string, number>;
  y: 0 | 1;
}

/**
 * Logistic regression by full-batch gradient descent with an L2 penalty (not on the bias), which keeps
 * weights of rare features small. Deterministic: the same samples give the same weights.
 */
export function fitLogistic(samples: Sample[], { l2 = 1e-3, rate = 0.5, steps = 4000 } = {}): Weights {
  const names = [...new Set(samples.flatMap((s) => Object.keys(s.x)))].sort();
  const w = new Map(names.map((n) => [n, 0]));
  for (let step = 0; step < steps; step++) {
    const grad = new Map(names.map((n) => [n, 0]));
    for (const { x, y } of samples) {
      let z = 0;
      for (const [n, v] of Object.entries(x)) z += w.get(n)! * v;
      const error = 1 / (1 + Math.exp(-z)) - y;
      for (const [n, v] of Object.entries(x)) grad.set(n, grad.get(n)! + error * v);
    }
    for (const n of names) {
      const penalty = n === 'bias' ? 0 : l2 * w.get(n)!;
      w.set(n, w.get(n)! - rate * (grad.get(n)! / samples.length + penalty));
    }
  }
  return Object.fromEntries(names.map((n) => [n, Math.round(w.get(n)! * 1000) / 1000]));
}

/** The judged attributions of train splits' documents, quotations and reports, as samples. */
function samplesOf(docs: EvalDoc[], judge: Judge = namesSource): Sample[] {
  const calls: Call[] = [];
  for (const d of docs) {
    const extraction = extract(d.text, d.paragraphs, d.language ?? null);
    calls.push(...score(d.gold, extraction.quotes, judge).calls);
    calls.push(...score(d.reports, extraction.reports, judge).calls);
  }
  return calls.filter((c) => c.evidence).map((c) => ({ x: features(c.evidence!), y: c.right ? 1 : 0 }));
}

if (process.argv[1]?.endsWith('fit.ts')) {
  const { values } = parseArgs({ options: { polnear: { type: 'string' }, german: { type: 'string' } } });
  if (!values.polnear)
    throw new Error('usage: npm run fit -- --polnear DIR [--german DIR] (PolNeAR; the German quotation corpus)');
  const docs = [...loadSplit(values.polnear, 'train'), ...(values.german ? loadGerman(values.german, 'train') : [])];
  // The other languages' pages are judged as the news pages are; those kept aside stay out.
  const pages = ['fr', 'es', 'pt'].flatMap((lang) =>
    loadNews(join(ROOT, 'tests/fixtures/news', lang)).filter((d) => !d.annotation.heldOut),
  );
  const samples = [...samplesOf(docs), ...samplesOf(pages, namesTheSpeaker)];
  const weights = fitLogistic(samples);
  const out = new URL('../attribution/data/confidence.json', import.meta.url);
  writeFileSync(out, `${JSON.stringify(weights, null, 2)}\n`);
  console.log(
    `fitted on ${samples.length} attributions of ${values.german ? 'PolNeAR and German' : 'PolNeAR'} train and ${pages.length} French, Spanish and Portuguese pages; weights in src/attribution/data/confidence.json`,
  );
}
