import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/attribution/extract';
import { listCorpus, MAX_FILE_BYTES, readArticle } from '../../src/corpus/files';

function corpus(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-corpus-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

function read(dir: string, name: string) {
  return readArticle({ path: join(dir, name), id: name });
}

const WIRE = `The Valley Herald

City council approves new bridge

By Maria Santos

SPRINGFIELD, Ill. — The council voted 7-2 on Monday to fund the bridge.

“This is a good day for the east side,” said Mayor Tom Reilly.
`;

describe('plain text', () => {
  it('reads the masthead, headline, byline and dateline the text carries', () => {
    const dir = corpus({ 'a.txt': WIRE });
    const r = read(dir, 'a.txt');
    if (!r.ok) throw new Error(r.refusal.reason);
    expect(r.article.meta).toMatchObject({
      publication: 'The Valley Herald',
      headline: 'City council approves new bridge',
      author: 'Maria Santos',
      dateline: 'SPRINGFIELD, Ill.',
    });
    expect(r.article.format).toBe('text');
  });

  it('reads a labelled date, and a sidecar overrides what the text says', () => {
    const dir = corpus({
      'b.txt': ' date 2018-11-04 A new battlefront has emerged.',
      'c.txt': WIRE,
      'c.meta.json': JSON.stringify({
        publication: 'Valley Herald (print)',
        date: '2024-05-06',
        url: 'https://herald.example/bridge',
      }),
    });
    const b = read(dir, 'b.txt');
    const c = read(dir, 'c.txt');
    expect(b.ok && b.article.meta.date).toBe('2018-11-04');
    expect(c.ok && c.article.meta).toMatchObject({
      publication: 'Valley Herald (print)',
      headline: 'City council approves new bridge',
      date: '2024-05-06',
      url: 'https://herald.example/bridge',
    });
  });

  it('keeps the article, with a warning, when its sidecar is broken', () => {
    const dir = corpus({ 'd.txt': WIRE, 'd.meta.json': '{"date": "someday"}' });
    const r = read(dir, 'd.txt');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings[0]).toMatch(/d\.meta\.json: date: is not a date; its metadata is ignored/);
  });
});

describe('Markdown', () => {
  const md = `---
title: Council approves bridge
publication: The Valley Herald
date: 2024-05-06
author: Maria Santos
---

# Council approves bridge

“This is a **good day** for the [east side](https://example.com),” said Mayor Tom Reilly.
`;
  it('uses front matter, and offsets into the text are offsets into the file', () => {
    const dir = corpus({ 'e.md': md });
    const r = read(dir, 'e.md');
    if (!r.ok) throw new Error(r.refusal.reason);
    expect(r.article.meta).toMatchObject({
      publication: 'The Valley Herald',
      headline: 'Council approves bridge',
      date: '2024-05-06',
      author: 'Maria Santos',
    });
    expect(r.article.text).toHaveLength(md.length);
    const [q] = extract(r.article.text, r.article.paragraphs).quotes;
    expect(q!.speaker).toEqual({ name: 'Tom Reilly', role: 'Mayor' });
    expect(md.slice(q!.start, q!.end)).toBe('This is a **good day** for the [east side](https://example.com),');
  });
});

describe('HTML', () => {
  const page = `<!doctype html><html lang="en"><head><title>Bridge | Herald</title>
<meta property="og:site_name" content="The Valley Herald"><meta property="og:title" content="Council approves bridge">
<meta property="article:published_time" content="2024-05-06T09:00:00Z"><link rel="canonical" href="https://herald.example/bridge">
<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Maria Santos"}}</script></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav><article><h1>Council approves bridge</h1>
<p>SPRINGFIELD — The council voted 7-2 on Monday to fund the long-awaited bridge over the river, ending years of debate.</p>
<p>“This is a good day for the east side,” said Mayor Tom Reilly, who had pushed for the project since his first campaign.</p>
<p>Opponents said the cost was too high. “We will be paying for this for thirty years,” said council member Ann Cole.</p>
</article><footer>© Herald</footer><script>document.write("“not article text,” said nobody")</script></body></html>`;

  it('reads the article text and the page’s metadata', () => {
    const dir = corpus({ 'f.html': page });
    const r = read(dir, 'f.html');
    if (!r.ok) throw new Error(r.refusal.reason);
    expect(r.article.meta).toEqual({
      publication: 'The Valley Herald',
      headline: 'Council approves bridge',
      author: 'Maria Santos',
      date: '2024-05-06',
      dateline: 'SPRINGFIELD',
      url: 'https://herald.example/bridge',
      language: 'en',
    });
    expect(r.article.text).not.toMatch(/Home|not article text|©/);
    const speakers = extract(r.article.text).quotes.map((q) => q.speaker?.name);
    expect(speakers).toEqual(['Tom Reilly', 'Ann Cole']);
  });
});

describe('a page in another character set than UTF-8', () => {
  it('is read in the one its head declares', () => {
    const html =
      '<!doctype html><html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">' +
      '<title>Schule</title></head><body><article><p>„Wir müssen die Schüler stärken“, sagte Anna Groß, die Schulleiterin. ' +
      'Die Stadt prüft den Antrag. Der Träger will im Frühjahr über die Größe der Klassen entscheiden.</p></article></body></html>';
    // As such pages are written: in windows-1252, which labels "iso-8859-1" stand for („ is 0x84, “ 0x93).
    const bytes = Buffer.from(html.replace('„', '\x84').replace('“', '\x93'), 'latin1');
    const dir = corpus({ 'schule.html': bytes });
    const r = read(dir, 'schule.html');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.article.text).toContain('„Wir müssen die Schüler stärken“');
  });
});

describe('files that cannot be read', () => {
  it.each([
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), /binary/],
    [
      'invalid UTF-8',
      Buffer.from([0x48, 0x69, 0x20, 0xc3, 0x28, 0x21]),
      /not valid UTF-8 \(first bad byte at offset 3\)/,
    ],
    ['empty', '   \n\n ', /empty/],
  ])('%s is refused with its reason', (_, body, reason) => {
    const dir = corpus({ 'x.txt': body });
    const r = read(dir, 'x.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.refusal.reason).toMatch(reason);
  });

  it.each([
    [
      'source code beside the articles',
      'test.js',
      'nock("http://x").reply(200, "OK", { "Set-Cookie": "a=b" });',
      /^not an article \(\.js\)/,
    ],
    [
      'a page the parser cannot make a document of',
      'redirect.html',
      '<script>window.googleJavaScriptRedirect = 1</script><script>n.navigateTo(window.parent, window, "https://example.com/");</script>',
      /^not a page that can be read/,
    ],
  ])('%s is refused, not read as text', (_, name, body, reason) => {
    const dir = corpus({ [name]: body });
    const r = read(dir, name);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.refusal.reason).toMatch(reason);
  });

  it('a file over the size limit is refused', () => {
    const dir = corpus({ 'big.txt': Buffer.alloc(MAX_FILE_BYTES + 1, 0x61) });
    const r = read(dir, 'big.txt');
    expect(!r.ok && r.refusal.reason).toMatch(/too large/);
  });

  it('an unreadable file is refused and the rest of the folder is listed', () => {
    const dir = corpus({ 'good.txt': WIRE });
    symlinkSync(join(dir, 'missing-target.txt'), join(dir, 'dangling.txt'));
    const { files } = listCorpus([dir]);
    expect(files.map((f) => f.id).sort()).toEqual(['dangling.txt', 'good.txt']);
    const r = read(dir, 'dangling.txt');
    expect(!r.ok && r.refusal.reason).toMatch(/unreadable|no such file/);
  });

  it('lists folders recursively, leaving out sidecars and hidden files', () => {
    const dir = corpus({ 'a.txt': WIRE, 'a.meta.json': '{}', '.hidden.txt': WIRE, 'sub/b.md': '# B\n\ntext' });
    const { files } = listCorpus([dir]);
    expect(files.map((f) => f.id)).toEqual(['a.txt', 'sub/b.md']);
  });

  it('a path that does not exist is refused by name', () => {
    const { refused } = listCorpus(['/no/such/corpus']);
    expect(refused).toEqual([{ file: '/no/such/corpus', reason: 'no such file or directory' }]);
  });
});
