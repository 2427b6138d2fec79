import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, whosaid } from '../helpers/cli';

const tmp = () => mkdtempSync(join(tmpdir(), 'whosaid-cli-'));
const SEEDS = ['corpus/000_caf2102a04d5f112.txt', 'corpus/001_c1a602c81d3a1cd0.txt'];

describe('arguments', () => {
  it('without a command, prints usage and fails', () => {
    const r = whosaid([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Usage: whosaid <command>/);
  });

  it('names an unknown command', () => {
    const r = whosaid(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/whosaid: unknown command "frobnicate"/);
  });

  it('names an unknown option', () => {
    const r = whosaid(['extract', '--jsn', SEEDS[0]!]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Unknown option '--jsn'/);
    expect(r.stderr).toMatch(/usage: whosaid extract FILE… \[--json\]/);
  });

  it('asks for a file to extract from', () => {
    const r = whosaid(['extract']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no file given/);
  });
});

describe('whosaid extract', () => {
  it('lists quotations for a person to read', () => {
    const r = whosaid(['extract', SEEDS[0]!]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('“It’s not enough simply to take the sites down,”');
    expect(r.stdout).toContain('— Richard Downing, acting Deputy Assistant Attorney General');
    expect(r.stdout).toContain('not quotations: “targets,”');
  });

  it('reports a missing file by name, still extracts the others, and fails', () => {
    const r = whosaid(['extract', 'no-such-article.txt', SEEDS[1]!, '--json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/whosaid: no-such-article\.txt: unreadable/);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });
});

describe('whosaid index', () => {
  it('builds the index and summarises it, with each refused file and its reason', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0, 1, 2, 3]));
    const out = join(dir, 'out', 'index.json');
    const r = whosaid(['index', 'corpus', join(dir, 'bad.txt'), '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/documents\s+2/);
    expect(r.stdout).toMatch(/quotes\s+8 \(from 11 quotations\)/);
    expect(r.stdout).toMatch(/speakers\s+10/);
    expect(r.stdout).toMatch(/paraphrases\s+5 \(reported speech, never shown as quotations\)/);
    expect(r.stdout).toMatch(/quotes without speaker 0/);
    expect(r.stdout).toMatch(/files refused\s+1\n\s+.*bad\.txt: binary file/);
    expect(existsSync(out)).toBe(true);
    // Not on a terminal: no progress bar in what a script reads.
    expect(r.stderr).toBe('');
  });

  it('leaves the previous index as it was when a run fails', () => {
    const dir = tmp();
    const out = join(dir, 'index.json');
    expect(whosaid(['index', 'corpus', '-o', out]).status).toBe(0);
    const before = readFileSync(out, 'utf8');
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = whosaid(['index', join(dir, 'empty.txt'), '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no article could be read .* is left as it was\n\s+.*empty\.txt: empty/);
    expect(readFileSync(out, 'utf8')).toBe(before);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('whosaid find', () => {
  const index = () => {
    const out = join(tmp(), 'index.json');
    whosaid(['index', 'corpus', '-o', out]);
    return out;
  };

  it('finds who said a trimmed, elided quotation, with its sources', () => {
    const r = whosaid([
      'find',
      'Vendors look for another opportunity … where they can go sell their drugs',
      '--index',
      index(),
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^“Vendors look for another opportunity, another site, another place/);
    expect(r.stdout).toContain('— Richard Downing');
    expect(r.stdout).toContain('Northwest Arkansas Democrat-Gazette · New team targets online opioid sales');
    expect(r.stdout).toContain('2018-11-04');
  });

  it('lists the sources by date, the earliest marked as the first report', () => {
    const dir = tmp();
    const article =
      'Mayor Ann Lee spoke on Tuesday.\n\n“We will rebuild every bridge in this county before winter comes,” said Mayor Ann Lee.\n';
    for (const [file, meta] of [
      ['a', { publication: 'The Daily Ledger', date: '2020-03-02', headline: 'Bridges' }],
      ['b', { publication: 'Morning Courier', date: '2020-03-01', headline: 'Mayor vows' }],
    ] as const) {
      writeFileSync(join(dir, `${file}.txt`), article);
      writeFileSync(join(dir, `${file}.meta.json`), JSON.stringify(meta));
    }
    const out = join(tmp(), 'index.json');
    whosaid(['index', dir, '-o', out]);
    const r = whosaid(['find', 'We will rebuild every bridge in this county', '--index', out]);
    expect(r.stdout).toContain(
      '    Morning Courier · Mayor vows · 2020-03-01   (first report)\n    The Daily Ledger · Bridges · 2020-03-02\n',
    );
  });

  it('prints JSON, and fails when nothing matches', () => {
    const path = index();
    const hit = JSON.parse(
      whosaid(['find', 'pouring fuel on the fire of the national drug epidemic', '--index', path, '--json']).stdout,
    );
    expect(hit.matches[0]).toMatchObject({ speaker: { name: 'Jeff Sessions', role: 'Attorney General' } });
    const miss = whosaid(['find', 'the weather will be mild on Thursday afternoon', '--index', path]);
    expect(miss.status).toBe(1);
    expect(miss.stdout).toBe('no match in the index\n');
  });

  it('refuses a broken index file with the reason', () => {
    const bad = join(tmp(), 'index.json');
    writeFileSync(bad, '{"format": "whosaid-index", "version": 1}');
    const r = whosaid(['find', 'anything at all here', '--index', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/index\.json: refused: builtAt: /);
  });
});

describe('whosaid check', () => {
  const page = [
    'Crackdown widens',
    '',
    'The attorney general said online vendors were “pouring fuel on the fire of the national drug epidemic.”',
    '',
    '“It’s not enough simply to take the sites down,” said Emily Odom, a federal official.',
    '',
    '“We have to do a better job,” the mayor said.',
  ].join('\n');

  it('prints each quotation with its match, the article’s speaker, and whether they disagree', () => {
    const out = join(tmp(), 'index.json');
    whosaid(['index', 'corpus', '-o', out]);
    const r = whosaid(['check', '-', '--index', out, '--json'], { input: page });
    expect(r.status).toBe(0);
    const { quotes } = JSON.parse(r.stdout);
    expect(quotes).toHaveLength(3);
    for (const q of quotes) expect(page.slice(q.start, q.end)).toBe(q.text);
    expect(quotes[0]).toMatchObject({
      match: { speaker: { name: 'Jeff Sessions', role: 'Attorney General' } },
      attributedTo: null,
      disagrees: false,
    });
    // Sources come as the card orders them: the dated one first, then the undated one.
    expect(quotes[0].match.sources.map((s: { date: string | null }) => s.date)).toEqual(['2018-11-04', null]);
    expect(quotes[0].match.sources[1]).toMatchObject({
      publication: 'Northwest Arkansas Democrat-Gazette',
      headline: 'New team targets online opioid sales',
    });
    expect(quotes[1]).toMatchObject({
      match: { speaker: { name: 'Richard Downing' } },
      attributedTo: 'Emily Odom',
      disagrees: true,
    });
    expect(quotes[2]).toMatchObject({ match: null, disagrees: false });
  });

  it('asks for exactly one article', () => {
    const r = whosaid(['check']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/give one article file, or - for standard input/);
  });
});

describe('the command line’s manners', () => {
  it('ends quietly when the reader closes its output (… | head -1)', async () => {
    const child = spawn(process.execPath, [BIN, 'extract', ...Array(40).fill(SEEDS[0]!)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('prints paths as they were given', () => {
    const dir = tmp();
    const relative = whosaid(['index', join(ROOT, 'corpus'), '-o', 'out/index.json'], { cwd: dir });
    expect(relative.stdout).toMatch(/^wrote out\/index\.json \(/);
    const absolute = whosaid(['index', 'corpus', '-o', join(dir, 'index.json')]);
    expect(absolute.stdout).toMatch(new RegExp(`^wrote ${join(dir, 'index.json')} \\(`));
  });
});
