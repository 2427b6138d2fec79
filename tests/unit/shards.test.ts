// Indexes built apart and put together: `whosaid index --jobs N`, `whosaid merge`, and `whosaid import
// quotebank` (plain, .gz and .bz2 files, bad lines and broken archives, its filters).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { emptyMeta } from '../../src/corpus/article';
import { outletOf } from '../../src/corpus/outlets';
import { buildIndex } from '../../src/index/build';
import { mergeIndexes } from '../../src/index/merge';
import { readQuotebankLine } from '../../src/index/quotebank';
import type { QuoteIndex } from '../../src/index/schema';
import { ROOT, whosaid } from '../helpers/cli';
import { writeQuotebankFile } from '../helpers/quotebank';

// Each test runs the CLI several times, each a process that compiles the engine: on a busy machine that takes
// minutes, which is no failure (nothing here measures time).
vi.setConfig({ testTimeout: 180_000 });

const dir = mkdtempSync(join(tmpdir(), 'whosaid-shards-'));
const read = (file: string): QuoteIndex => JSON.parse(readFileSync(file, 'utf8'));
/** An index without its build time, to compare with another. */
const content = ({ builtAt: _, ...rest }: QuoteIndex) => rest;

const NEWS = join(ROOT, 'tests/fixtures/news/en');
const pages = readdirSync(NEWS)
  .filter((f) => f.endsWith('.html'))
  .slice(0, 12)
  .map((f) => join(NEWS, f));
// Two short articles that report the same words, put in different shards.
const FLOOD = '“We will rebuild every home that the river took from this town,” Governor Anne Park said on Monday.';
writeFileSync(join(dir, 'herald.txt'), `The Herald\n\n${FLOOD}\n\nThe state will pay for it.`);
writeFileSync(
  join(dir, 'post.txt'),
  `The Post\n\nPark told residents: ${FLOOD.replace(' Governor Anne Park said on Monday.', '')}`,
);
const shards = [
  [...pages.slice(0, 4), join(dir, 'herald.txt')],
  pages.slice(4, 8),
  [...pages.slice(8), join(dir, 'post.txt')],
];
/** All the shards' articles, in the order the merge takes them. */
const all = shards.flat();

describe('whosaid index --jobs', () => {
  it('builds with two threads exactly what one builds', () => {
    const one = join(dir, 'one.json');
    const two = join(dir, 'two.json');
    expect(whosaid(['index', ...pages, '-o', one, '--jobs', '1']).status).toBe(0);
    expect(whosaid(['index', ...pages, '-o', two, '--jobs', '2']).status).toBe(0);
    expect(read(one).quotes.length).toBeGreaterThan(50);
    expect(content(read(two))).toEqual(content(read(one)));
  });

  it('refuses a number of threads that is not one', () => {
    const r = whosaid(['index', 'corpus', '-o', join(dir, 'x.json'), '--jobs', '0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--jobs must be a whole number/);
  });
});

describe('whosaid merge', () => {
  beforeAll(() => {
    shards.forEach((files, i) => {
      expect(whosaid(['index', ...files, '-o', join(dir, `shard${i}.json`), '--jobs', '1']).status).toBe(0);
    });
    expect(whosaid(['index', ...all, '-o', join(dir, 'all.json'), '--jobs', '1']).status).toBe(0);
  }, 120_000);

  it('merges shards into exactly the index of all their articles', () => {
    const out = join(dir, 'merged.json');
    const r = whosaid(['merge', ...shards.map((_, i) => join(dir, `shard${i}.json`)), '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^wrote .+merged\.json .+ from 3 indexes\n$/);
    const all = read(join(dir, 'all.json'));
    expect(content(read(out))).toEqual(content(all));
    // Sharding split at least one quotation reported by several articles, and the merge joined it again.
    expect(all.quotes.some((q) => new Set(q.sources.map((s) => s.doc)).size > 1)).toBe(true);
  });

  it('is associative', () => {
    const [a, b, c] = shards.map((_, i) => read(join(dir, `shard${i}.json`)));
    const left = mergeIndexes([mergeIndexes([a!, b!]), c!]);
    const right = mergeIndexes([a!, mergeIndexes([b!, c!])]);
    expect(content(left)).toEqual(content(right));
    expect(content(left)).toEqual(content(read(join(dir, 'all.json'))));
  });

  it('joins the same words said in two shards, and keeps one document for one article', () => {
    const text = '“We will rebuild every home that the river took from this town,” Governor Anne Park said.';
    const a = buildIndex([{ id: 'a.txt', format: 'text', text, meta: { ...emptyMeta(), publication: 'Herald' } }]);
    const b = buildIndex([
      { id: 'b.txt', format: 'text', text: `Park told them: ${text}`, meta: { ...emptyMeta(), publication: 'Post' } },
    ]);
    const merged = mergeIndexes([a, b, a]);
    expect(merged.documents.map((d) => d.publication)).toEqual(['Herald', 'Post']);
    expect(merged.quotes).toHaveLength(1);
    // The first index twice over is the same articles: their quotations are not counted twice.
    expect(merged.quotes[0]!.sources.map((s) => s.doc)).toEqual(['d0', 'd1']);
  });

  it('says what is wrong with its arguments and inputs', () => {
    expect(whosaid(['merge', join(dir, 'shard0.json')]).stderr).toMatch(/give the merged index's file with -o/);
    const r = whosaid(['merge', join(dir, 'nope.json'), '-o', join(dir, 'm.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/nope\.json: no such index file/);
  });
});

describe('whosaid import quotebank', () => {
  const SAMPLE = join(ROOT, 'tests/fixtures/quotebank/sample.json.bz2');

  it('imports the bz2 sample, attributing only speakers probable enough, sources from the article addresses', () => {
    const out = join(dir, 'sample.json');
    const r = whosaid(['import', 'quotebank', SAMPLE, '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/quotations imported +250\n/);
    expect(r.stdout).toMatch(/skipped, no speaker at --min-proba 0\.7: 52\n/);
    const index = read(out);
    const flood = index.quotes.find((q) => q.text.startsWith('we will not let the river'))!;
    expect(index.speakers.find((s) => s.id === flood.speaker)?.name).toBe('Anne Park');
    const docs = flood.sources.map((s) => index.documents.find((d) => d.id === s.doc)!);
    expect(docs.map((d) => [d.publication, d.date])).toEqual([
      ['The Guardian', '2020-01-28'],
      ['Associated Press', '2020-01-28'],
      ['example-herald.com', '2020-01-28'],
    ]);
    expect(flood.sources[0]).toMatchObject({ confidence: 0.8912, group: '2020-01-28-000082', start: null });
    // An unattributed quotation is left out, never given to its less probable speaker.
    expect(index.quotes.some((q) => q.text.startsWith('Nobody in this room'))).toBe(false);
    expect(index.quotes.every((q) => q.speaker !== null)).toBe(true);
  });

  it('reads plain and gzipped files alike, and merging imports equals importing them together', async () => {
    const plain = join(dir, 'qb.json');
    await writeQuotebankFile(plain, 400, [], 5);
    const text = readFileSync(plain, 'utf8');
    writeFileSync(join(dir, 'qb.json.gz'), gzipSync(text));
    const lines = text.trim().split('\n');
    writeFileSync(join(dir, 'qb-a.json'), `${lines.slice(0, 250).join('\n')}\n`);
    writeFileSync(join(dir, 'qb-b.json'), `${lines.slice(250).join('\n')}\n`);
    for (const [input, output] of [
      [[plain], 'i-plain.json'],
      [[join(dir, 'qb.json.gz')], 'i-gz.json'],
      [[join(dir, 'qb-a.json')], 'i-a.json'],
      [[join(dir, 'qb-b.json')], 'i-b.json'],
    ] as const)
      expect(whosaid(['import', 'quotebank', ...input, '-o', join(dir, output)]).status).toBe(0);
    const whole = read(join(dir, 'i-plain.json'));
    expect(content(read(join(dir, 'i-gz.json')))).toEqual(content(whole));
    expect(whosaid(['merge', join(dir, 'i-a.json'), join(dir, 'i-b.json'), '-o', join(dir, 'i-ab.json')]).status).toBe(
      0,
    );
    expect(content(read(join(dir, 'i-ab.json')))).toEqual(content(whole));
  });

  it('reports each bad line with its number and a broken archive where it breaks, and imports the rest', () => {
    const bad = join(dir, 'bad.json');
    const good = readFileSync(join(dir, 'qb.json'), 'utf8').split('\n').slice(0, 3);
    writeFileSync(bad, [good[0], '{"quoteID": "x"', good[1], '{"quoteID":"y","quotation":"q"}', good[2]].join('\n'));
    const r = whosaid(['import', 'quotebank', bad, '-o', join(dir, 'bad-idx.json'), '--min-proba', '0']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/bad\.json: line 2: not JSON/);
    expect(r.stderr).toMatch(/bad\.json: line 4: speaker: /);
    expect(r.stdout).toMatch(/bad lines +2\n/);

    // An archive of several 100 kB blocks (bzip2 -1), cut in the middle of one.
    const archive = readFileSync(join(ROOT, 'tests/fixtures/quotebank/blocks.json.bz2'));
    const cut = join(dir, 'cut.json.bz2');
    writeFileSync(cut, archive.subarray(0, Math.floor(archive.length * 0.6)));
    const c = whosaid(['import', 'quotebank', cut, '-o', join(dir, 'cut-idx.json')]);
    expect(c.stderr).toMatch(/cut\.json\.bz2: after line \d+: the archive breaks off/);
    expect(c.status).toBe(0);
    expect(read(join(dir, 'cut-idx.json')).quotes.length).toBeGreaterThan(0);
  });

  it('filters by probability, occurrences, date and speaker; importing nothing is an error', () => {
    const out = join(dir, 'f.json');
    const run = (...args: string[]) => whosaid(['import', 'quotebank', SAMPLE, '-o', out, ...args]);
    expect(run('--speaker', 'Anne Park').status).toBe(0);
    expect(read(out).quotes.map((q) => q.text)).toEqual([
      'we will not let the river decide who gets to stay in this valley and who has to leave',
    ]);
    expect(run('--since', '2020-01-28', '--until', '2020-01-28', '--min-proba', '0.85').status).toBe(0);
    expect(read(out).quotes.every((q) => q.sources.every((s) => s.confidence >= 0.85))).toBe(true);
    const none = run('--min-occurrences', '1000');
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/no quotation could be imported .+ left out by the filters.+is left as it was/);
    expect(run('--since', 'yesterday').stderr).toMatch(/--since: "yesterday" is not a YYYY-MM-DD date/);
    expect(run('--min-proba', '2').stderr).toMatch(/--min-proba: "2" is not allowed/);
  });

  it('reads a line’s speaker only at or above the probability asked for', () => {
    const line = JSON.stringify({
      quoteID: 'q',
      quotation: 'words',
      speaker: 'Tom Reyes',
      qids: [],
      date: '2020-02-01 00:00:00',
      numOccurrences: 1,
      probas: [
        ['Tom Reyes', '0.6000'],
        ['None', '0.4000'],
      ],
      urls: ['https://example.com/a'],
      phase: 'E',
    });
    const filter = { minProba: 0.7, minOccurrences: 1, since: null, until: null, speakers: [] };
    expect(readQuotebankLine(line, filter).kind).toBe('unattributed');
    expect(readQuotebankLine(line, { ...filter, minProba: 0.6 }).kind).toBe('kept');
  });
});

describe('outlets', () => {
  it('names a news site by its table, else by its registrable domain', () => {
    expect(outletOf('https://www.nytimes.com/2020/01/01/us/x.html')).toBe('The New York Times');
    expect(outletOf('https://news.bbc.co.uk/2/hi/uk_news/1.stm')).toBe('BBC');
    expect(outletOf('https://edition.cnn.com/2020/01/29/politics/x')).toBe('CNN');
    expect(outletOf('http://www.example-herald.co.uk/a')).toBe('example-herald.co.uk');
    expect(outletOf('not a url')).toBeNull();
  });
});
