// `npm run eval -- [--polnear DIR] [--split train,dev] [--json FILE] [--errors N]`: attribution quality on
// the project's own annotated fixtures and, given a PolNeAR checkout, on its train and dev splits (never its
// test split). Prints a table and writes the figures as JSON.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '../extract';
import { ROOT } from '../cli/args';
import { loadSplit, type EvalDoc } from './polnear';
import { add, emptyScore, metrics, score, type Score, type ScoredError } from './score';

const { values } = parseArgs({
  options: {
    polnear: { type: 'string' },
    split: { type: 'string', default: 'train,dev' },
    json: { type: 'string', default: 'eval-results.json' },
    errors: { type: 'string', default: '0' },
  },
});

/** The seed annotation as evaluation cases: each quotation located in its article. */
function fixtures(): EvalDoc[] {
  const gold = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/gold/seeds.json'), 'utf8')) as { quotes: { doc: string; text: string; speaker: string }[] };
  const docs = [...new Set(gold.quotes.map((q) => q.doc))];
  return docs.map((name) => {
    const text = readFileSync(join(ROOT, 'corpus', name), 'utf8');
    const quotes = gold.quotes.filter((q) => q.doc === name).map((q) => {
      const start = text.indexOf(q.text);
      return { start, end: start + q.text.length, text: q.text, source: q.speaker, speaker: q.speaker, aliases: [] };
    });
    return { name, text, gold: quotes };
  });
}

function evaluate(docs: EvalDoc[]): Score {
  const total = emptyScore();
  for (const d of docs) {
    const s = score(d.gold, extract(d.text).quotes);
    s.errors.forEach((e) => Object.assign(e, { doc: d.name, context: d.text.slice(Math.max(0, e.at - 120), e.at + e.text.length + 120) }));
    add(total, s);
  }
  return total;
}

const sets: { name: string; docs: EvalDoc[] }[] = [{ name: 'seed fixtures', docs: fixtures() }];
if (values.polnear) for (const split of values.split!.split(',') as ('train' | 'dev')[]) sets.push({ name: `PolNeAR ${split}`, docs: loadSplit(values.polnear, split) });

const results: Record<string, ReturnType<typeof metrics> & { documents: number }> = {};
console.log('corpus           documents  quotations  predicted  precision  recall   F1      speaker accuracy (judged)');
for (const set of sets) {
  const s = evaluate(set.docs);
  const m = metrics(s);
  results[set.name] = { documents: set.docs.length, ...m };
  console.log(
    [
      set.name.padEnd(16),
      String(set.docs.length).padStart(9),
      String(m.quotes).padStart(11),
      String(m.predicted).padStart(10),
      m.precision.toFixed(3).padStart(10),
      m.recall.toFixed(3).padStart(7),
      m.f1.toFixed(3).padStart(6),
      `${m.speakerAccuracy.toFixed(3)} (${m.judged})`.padStart(17),
    ].join('  '),
  );
  const shown = Number(values.errors);
  if (shown > 0) printErrors(s.errors, shown);
}
writeFileSync(values.json!, JSON.stringify(results, null, 2) + '\n');
console.log(`\nfigures written to ${values.json}`);

function printErrors(errors: ScoredError[], n: number): void {
  const byKind = new Map<string, ScoredError[]>();
  for (const e of errors) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e]);
  for (const [kind, list] of byKind) {
    console.log(`\n  ${kind}: ${list.length}`);
    for (const e of list.slice(0, n)) {
      const ctx = (e as ScoredError & { context?: string; doc?: string }).context?.replace(/\s+/g, ' ');
      console.log(`    [${(e as { doc?: string }).doc}] “${e.text.slice(0, 80)}” gold=${e.gold ?? '-'} predicted=${e.predicted ?? '-'}\n      … ${ctx} …`);
    }
  }
}
