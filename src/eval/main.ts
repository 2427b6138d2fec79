// `npm run eval -- [--polnear DIR] [--german DIR] [--split train,dev] [--json FILE] [--errors N]`: attribution
// quality on the project's own annotated fixtures (the seeds, and the real news pages of tests/fixtures/news/)
// and, given a PolNeAR checkout or the German news quotation corpus, on their train and dev splits (never
// their test splits). Prints a table, the
// reliability of the confidence, and writes the figures as JSON.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '../attribution/extract';
import { ROOT } from '../cli/args';
import { isQuoteChar } from '../quotes/marks';
import { loadGerman } from './german';
import { loadNews, type NewsDoc, namesTheSpeaker, scoreMeta } from './news';
import { type EvalDoc, loadSplit } from './polnear';
import {
  add,
  emptyScore,
  type Judge,
  metrics,
  namesGermanSourceStrictly,
  namesSource,
  namesSourceStrictly,
  reliability,
  type Score,
  type ScoredError,
  score,
} from './score';

const { values } = parseArgs({
  options: {
    polnear: { type: 'string' },
    german: { type: 'string' },
    split: { type: 'string', default: 'train,dev' },
    json: { type: 'string', default: 'eval-results.json' },
    errors: { type: 'string', default: '0' },
  },
});

/** The seed annotation as evaluation cases: each quotation and each report of speech located in its article. */
function fixtures(): EvalDoc[] {
  type Annotated = { doc: string; text: string; speaker: string };
  const gold = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/gold/seeds.json'), 'utf8')) as {
    quotes: Annotated[];
    indirect: Annotated[];
  };
  const docs = [...new Set(gold.quotes.map((q) => q.doc))];
  return docs.map((name) => {
    const text = readFileSync(join(ROOT, 'corpus', name), 'utf8');
    const locate = (list: Annotated[]) =>
      list
        .filter((q) => q.doc === name)
        .map((q) => {
          const start = text.indexOf(q.text);
          return {
            start,
            end: start + q.text.length,
            text: q.text,
            source: q.speaker,
            speaker: q.speaker,
            aliases: [],
          };
        });
    return { name, text, gold: locate(gold.quotes), reports: locate(gold.indirect) };
  });
}

type Kind = 'quotes' | 'reports';

/** Quotations and reported speech of every document, each scored against its annotation. */
function evaluate(docs: (EvalDoc | NewsDoc)[], judge: Judge, strict: Judge): Record<Kind, Score> {
  const total = { quotes: emptyScore(), reports: emptyScore() };
  for (const d of docs) {
    const extraction = extract(d.text, d.paragraphs, d.language ?? null);
    // The annotation holds quotations in quotation marks: a transcript's turns ("TAPPER: …") are not scored,
    // nor what it says is nobody's words.
    const ignored = 'ignored' in d ? d.ignored : [];
    const marked = extraction.quotes.filter(
      (q) => opensWithMark(d.text, q.start) && !ignored.some((x) => x.start <= q.start && q.end <= x.end),
    );
    for (const [kind, s] of [
      ['quotes', score(d.gold, marked, judge, strict)],
      ['reports', score(d.reports, extraction.reports, judge, strict)],
    ] as const) {
      for (const e of s.errors) {
        Object.assign(e, { doc: d.name, context: d.text.slice(Math.max(0, e.at - 120), e.at + e.text.length + 120) });
      }
      add(total[kind], s);
    }
  }
  return total;
}

/** Is the text before `start` (past any spaces) a quotation mark? */
function opensWithMark(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return isQuoteChar(text[i]) || text[i] === '`';
}

const news = loadNews(join(ROOT, 'tests/fixtures/news/en'));
// Each set's judge, and a strict one: the news pages' judge is strict already (the full name, annotated as
// the page's reader would want it); the corpora's lenient one takes any word of the annotated source.
const lenient = { judge: namesSource, strict: namesSourceStrictly };
const strict = { judge: namesTheSpeaker, strict: namesTheSpeaker };
const sets: { name: string; docs: (EvalDoc | NewsDoc)[]; judge: Judge; strict: Judge }[] = [
  { name: 'seed fixtures', docs: fixtures(), ...lenient },
  { name: 'news en', docs: news, ...strict },
];
// French, Spanish and Portuguese pages: those the rules were made on, and those kept aside to check them.
for (const lang of ['fr', 'es', 'pt']) {
  const docs = loadNews(join(ROOT, 'tests/fixtures/news', lang));
  sets.push({ name: `news ${lang}`, docs: docs.filter((d) => !d.annotation.heldOut), ...strict });
  sets.push({ name: `news ${lang} aside`, docs: docs.filter((d) => d.annotation.heldOut), ...strict });
}
if (values.polnear)
  for (const split of values.split!.split(',') as ('train' | 'dev')[])
    sets.push({ name: `PolNeAR ${split}`, docs: loadSplit(values.polnear, split), ...lenient });
if (values.german)
  for (const split of values.split!.split(',') as ('train' | 'dev')[])
    sets.push({
      name: `German ${split}`,
      docs: loadGerman(values.german, split),
      judge: namesSource,
      strict: namesGermanSourceStrictly,
    });

const scores = sets.map((set) => ({ set, score: evaluate(set.docs, set.judge, set.strict) }));
const results: Record<string, Record<Kind, ReturnType<typeof metrics>> & { documents: number }> = {};
const shown = Number(values.errors);
for (const kind of ['quotes', 'reports'] as const) {
  console.log(
    `\n${kind === 'quotes' ? 'Quotations in quotation marks' : 'Reported speech (paraphrases, no quotation marks)'}`,
  );
  console.log(
    'corpus           documents  annotated  predicted  precision  recall   F1      speaker accuracy (judged)  strict',
  );
  for (const { set, score: s } of scores) {
    // A set that annotates no reported speech has no row for it.
    if (kind === 'reports' && s.reports.gold === 0) continue;
    const m = metrics(s[kind]);
    results[set.name] = { ...results[set.name]!, documents: set.docs.length, [kind]: m };
    console.log(
      [
        set.name.padEnd(16),
        String(set.docs.length).padStart(9),
        String(m.quotes).padStart(10),
        String(m.predicted).padStart(10),
        m.precision.toFixed(3).padStart(10),
        m.recall.toFixed(3).padStart(7),
        m.f1.toFixed(3).padStart(6),
        `${m.speakerAccuracy.toFixed(3)} (${m.judged})`.padStart(17),
        m.strictAccuracy.toFixed(3).padStart(16),
      ].join('  '),
    );
    if (shown > 0) printErrors(s[kind].errors, shown);
  }
}
console.log('\nHow sure the attribution says it is, against how often it is right (quotations, ten bins)');
for (const { set, score: s } of scores) {
  const r = reliability(s.quotes.calls);
  Object.assign(results[set.name]!, { reliability: r });
  console.log(
    `${set.name.padEnd(16)} ECE ${r.ece.toFixed(3)}; at ≥ 0.9: precision ${r.highPrecision.toFixed(3)} over ${(r.highShare * 100).toFixed(1)} % of judged`,
  );
  for (const b of r.bins.filter((x) => x.n > 0))
    console.log(
      `    ${b.from.toFixed(1)}–${b.to.toFixed(1)}  n ${String(b.n).padStart(5)}  mean confidence ${b.confidence.toFixed(3)}  right ${b.accuracy.toFixed(3)}`,
    );
}
const meta = scoreMeta(news);
console.log(`\nPage metadata (news en, ${meta.pages} pages), as the corpus reader reads each page`);
console.log('field      right  accuracy   as annotated (letter for letter)');
for (const [field, f] of Object.entries(meta.fields)) {
  console.log(
    `${field.padEnd(9)}  ${String(f.right).padStart(5)}  ${((100 * f.right) / meta.pages).toFixed(1).padStart(6)} %   ${String(f.exact).padStart(5)}`,
  );
  for (const w of f.wrong.slice(0, shown))
    console.log(`    [${w.page}] annotated ${JSON.stringify(w.gold)}, read ${JSON.stringify(w.read)}`);
}
Object.assign(results, {
  metadata: {
    pages: meta.pages,
    ...Object.fromEntries(
      Object.entries(meta.fields).map(([k, f]) => [
        k,
        { right: f.right, exact: f.exact, accuracy: f.right / meta.pages },
      ]),
    ),
  },
});
writeFileSync(values.json!, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nfigures written to ${values.json}`);

function printErrors(errors: ScoredError[], n: number): void {
  const byKind = new Map<string, ScoredError[]>();
  for (const e of errors) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e]);
  for (const [kind, list] of byKind) {
    console.log(`\n  ${kind}: ${list.length}`);
    for (const e of list.slice(0, n)) {
      const ctx = (e as ScoredError & { context?: string; doc?: string }).context?.replace(/\s+/g, ' ');
      console.log(
        `    [${(e as { doc?: string }).doc}] “${e.text.slice(0, 80)}” gold=${e.gold ?? '-'} predicted=${e.predicted ?? '-'}\n      … ${ctx} …`,
      );
    }
  }
}
