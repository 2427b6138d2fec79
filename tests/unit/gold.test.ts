// The hand annotation of the seed articles, reproduced exactly by `whosaid extract` and by the index.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIndexText, type QuoteIndex } from '../../src/index/schema';
import { ROOT, whosaid } from '../helpers/cli';

interface Gold {
  documents: Record<
    string,
    { publication: string | null; headline: string | null; dateline: string | null; date: string | null }
  >;
  speakers: Record<string, { roles: string[]; aliases: string[] }>;
  quotes: { doc: string; utterance: string; kind: string; speaker: string; text: string }[];
  not_quotes: { doc: string; text: string }[];
  indirect: { doc: string; speaker: string; text: string }[];
}
const gold: Gold = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/gold/seeds.json'), 'utf8'));
const docs = Object.keys(gold.documents);

describe('whosaid extract --json on the seeds', () => {
  const files = docs.map((d) => join('corpus', d));
  const run = whosaid(['extract', ...files, '--json']);
  const lines = run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

  it('prints one JSON line per file', () => {
    expect(run.status).toBe(0);
    expect(lines.map((l) => l.file)).toEqual(files);
  });

  it.each(docs)('finds exactly the annotated quotes of %s, with speaker, role and kind', (doc) => {
    const line = lines.find((l) => l.file.endsWith(doc));
    const text = readFileSync(join(ROOT, 'corpus', doc), 'utf8');
    const expected = gold.quotes.filter((q) => q.doc === doc);
    expect(line.quotes.map((q: { text: string }) => q.text)).toEqual(expected.map((q) => q.text));
    line.quotes.forEach(
      (
        q: { start: number; end: number; text: string; kind: string; speaker: { name: string; role: string } },
        i: number,
      ) => {
        expect(text.slice(q.start, q.end)).toBe(q.text);
        expect(q.kind).toBe(expected[i]!.kind);
        expect(q.speaker.name).toBe(expected[i]!.speaker);
        expect(gold.speakers[q.speaker.name]!.roles).toContain(q.speaker.role);
      },
    );
    for (const nq of gold.not_quotes.filter((n) => n.doc === doc)) {
      expect(line.quotes.map((q: { text: string }) => q.text)).not.toContain(nq.text);
    }
  });

  it.each(docs)('finds exactly the annotated reported speech of %s, with its speaker', (doc) => {
    const line = lines.find((l) => l.file.endsWith(doc));
    const text = readFileSync(join(ROOT, 'corpus', doc), 'utf8');
    const expected = gold.indirect.filter((q) => q.doc === doc);
    const reports = line.reports as { start: number; end: number; text: string; speaker: { name: string } }[];
    expect(reports.map((r) => [r.text, r.speaker.name]).sort()).toEqual(
      expected.map((r) => [r.text, r.speaker]).sort(),
    );
    for (const r of reports) expect(text.slice(r.start, r.end)).toBe(r.text);
  });
});

describe('the index of the seeds', () => {
  let index: QuoteIndex;
  beforeAll(() => {
    const out = join(mkdtempSync(join(tmpdir(), 'whosaid-')), 'index.json');
    const run = whosaid(['index', 'corpus', '-o', out]);
    expect(run.status, run.stderr).toBe(0);
    const parsed = parseIndexText(readFileSync(out, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.reason);
    index = parsed.index;
  });

  it('carries each document’s metadata', () => {
    for (const [file, meta] of Object.entries(gold.documents)) {
      const d = index.documents.find((x) => x.file === file)!;
      expect({ publication: d.publication, headline: d.headline, dateline: d.dateline, date: d.date }).toEqual(meta);
    }
  });

  it('holds each utterance as one entry, with every wording and both sources', () => {
    const utterances = [...new Set(gold.quotes.map((q) => q.utterance))];
    expect(index.quotes).toHaveLength(utterances.length);
    for (const u of utterances) {
      const reports = gold.quotes.filter((q) => q.utterance === u);
      const entries = index.quotes.filter((e) => reports.some((r) => e.variants.some((v) => v.text === r.text)));
      expect(entries, u).toHaveLength(1);
      const entry = entries[0]!;
      const speaker = index.speakers.find((s) => s.id === entry.speaker)!;
      expect(speaker.name).toBe(reports[0]!.speaker);
      expect(new Set(entry.sources.map((s) => index.documents.find((d) => d.id === s.doc)!.file))).toEqual(
        new Set(reports.map((r) => r.doc)),
      );
      for (const r of reports) {
        const docId = index.documents.find((d) => d.file === r.doc)!.id;
        expect(entry.variants.find((v) => v.text === r.text)?.docs).toContain(docId);
      }
    }
  });

  it('knows each speaker with the roles and aliases the articles give', () => {
    const quoted = new Set(index.quotes.map((q) => q.speaker));
    for (const s of index.speakers.filter((x) => quoted.has(x.id))) expect(gold.speakers[s.name], s.name).toBeDefined();
    for (const [name, g] of Object.entries(gold.speakers)) {
      const s = index.speakers.find((x) => x.name === name)!;
      expect(s, name).toBeDefined();
      expect(new Set(s.roles)).toEqual(new Set(g.roles));
      for (const alias of g.aliases) expect(s.aliases).toContain(alias);
    }
  });

  it('holds the reported speech as paraphrases, apart from the quotations', () => {
    const paraphrases = index.paraphrases.map((p) => [p.text, index.speakers.find((s) => s.id === p.speaker)!.name]);
    expect(paraphrases.sort()).toEqual(gold.indirect.map((r) => [r.text, r.speaker]).sort());
    expect(index.paraphrases.every((p) => p.kind === 'paraphrase')).toBe(true);
    const quoted = index.quotes.flatMap((q) => q.variants.map((v) => v.text));
    for (const r of gold.indirect) expect(quoted).not.toContain(r.text);
  });

  it('does not hold the scare-quoted “targets,”', () => {
    expect(index.quotes.flatMap((q) => q.variants.map((v) => v.text))).not.toContain('targets,');
  });
});
