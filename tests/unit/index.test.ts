import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article';
import { emptyMeta } from '../../src/corpus/article';
import { buildIndex } from '../../src/index/build';
import { INDEX_VERSION, parseIndex, parseIndexText, type QuoteIndex } from '../../src/index/schema';

const article = (id: string, text: string, publication: string | null = null): Article => ({
  id,
  format: 'text',
  text,
  meta: { ...emptyMeta(), publication },
});

describe('merging reports of the same words', () => {
  it('merges a trimmed, reworded or elided report into one entry with every wording', () => {
    const index = buildIndex([
      article(
        'a.txt',
        '“We will rebuild every home that the river took from this town, and we will start this week,” Governor Anne Park said.',
        'Herald',
      ),
      article(
        'b.txt',
        'Governor Anne Park promised: “We will rebuild every home the river took from this town … this week.”',
        'Courier',
      ),
      article('c.txt', 'Park said the state would “rebuild every home that the river took from this town.”', 'Post'),
    ]);
    expect(index.quotes).toHaveLength(1);
    const [entry] = index.quotes;
    expect(entry!.variants).toHaveLength(3);
    expect(entry!.sources.map((s) => s.doc)).toEqual(['d0', 'd1', 'd2']);
    expect(entry!.text).toBe(
      'We will rebuild every home that the river took from this town, and we will start this week',
    );
    expect(index.speakers).toEqual([expect.objectContaining({ name: 'Anne Park', roles: ['Governor'] })]);
  });

  it('keeps the same words that outlets give to different speakers as one entry with both', () => {
    const index = buildIndex([
      article('a.txt', '“The budget does nothing for working families in this state,” said Senator Paul Grant.'),
      article('b.txt', '“The budget does nothing for working families in this state,” said Senator Ruth Olsen.'),
      article('c.txt', '“The budget does nothing for working families in this state,” Senator Ruth Olsen said.'),
    ]);
    expect(index.quotes).toHaveLength(1);
    const [entry] = index.quotes;
    const name = (id: string | null) => index.speakers.find((s) => s.id === id)?.name;
    // The speaker two articles name is the entry's; each source keeps the one its article names.
    expect(name(entry!.speaker)).toBe('Ruth Olsen');
    expect(entry!.sources.map((s) => name(s.speaker))).toEqual(['Paul Grant', 'Ruth Olsen', 'Ruth Olsen']);
  });

  it('keeps the same few words from two speakers, or two speakers of them in one article, apart', () => {
    const few = buildIndex([
      article('a.txt', '“We are deeply saddened,” said Senator Paul Grant.'),
      article('b.txt', '“We are deeply saddened,” said Senator Ruth Olsen.'),
    ]);
    expect(few.quotes).toHaveLength(2);
    const one = buildIndex([
      article(
        'a.txt',
        '“The budget does nothing for working families in this state,” said Senator Paul Grant. Later, ' +
          'Senator Ruth Olsen said: “The budget does nothing for working families in this state.”',
      ),
    ]);
    expect(one.quotes).toHaveLength(2);
  });

  it('keeps apart two quotations that only share a common phrase', () => {
    const index = buildIndex([
      article('a.txt', '“We have to do a better job of protecting our children online,” said Senator Paul Grant.'),
      article('b.txt', '“We have to do a better job,” Coach Lisa Tran said after the loss.'),
    ]);
    expect(index.quotes).toHaveLength(2);
  });

  it('joins a surname in one article to the full name in another', () => {
    const index = buildIndex([
      article(
        'a.txt',
        '“The pipeline will not be built on tribal land as long as I hold this office,” said Governor Anne Park.',
      ),
      article(
        'b.txt',
        'Park told reporters: “The pipeline will not be built on tribal land as long as I hold this office.”',
      ),
    ]);
    expect(index.quotes).toHaveLength(1);
    expect(index.speakers).toHaveLength(1);
    expect(index.speakers[0]!.name).toBe('Anne Park');
    expect(index.speakers[0]!.aliases).toContain('Park');
  });

  it('ties the parts of one utterance in an article with one group', () => {
    const index = buildIndex([
      article('a.txt', '“We did everything we could,” the coach, Ray Dunn, said, “but it was not our night.”'),
    ]);
    const groups = index.quotes.flatMap((q) => q.sources.map((s) => s.group));
    expect(new Set(groups).size).toBe(1);
  });
});

describe('reading an index', () => {
  const good = buildIndex([
    article(
      'a.txt',
      '“We will rebuild every home that the river took,” said Governor Anne Park. She said the state would pay for it.',
    ),
  ]);
  const roundTrip = () => JSON.parse(JSON.stringify(good));

  it('accepts an index it built', () => {
    const r = parseIndexText(JSON.stringify(good));
    expect(r.ok).toBe(true);
    expect(good.paraphrases.map((p) => p.text)).toEqual(['the state would pay for it']);
  });

  it('reads a version 2 index, which stored its table and did not say whom each source names', () => {
    const old = roundTrip();
    old.version = 2;
    old.search = { scheme: 'bigram-fnv1a/2', buckets: 256, counts: '', postings: '' };
    for (const e of [...old.quotes, ...old.paraphrases])
      for (const s of e.sources) {
        delete s.named;
        delete s.variant;
      }
    const r = parseIndexText(JSON.stringify(old));
    if (!r.ok) throw new Error(r.reason);
    expect(r.index).not.toHaveProperty('search');
    expect(r.index.quotes[0]!.sources[0]).toMatchObject({ variant: 0, named: { name: 'Anne Park', kind: 'person' } });
    expect(r.index.paraphrases[0]!.sources[0]!.named).toMatchObject({ name: 'Anne Park' });
  });

  it('reads a version 3 index, which kept no forms of a name and no speaker of each source', () => {
    const old = roundTrip();
    old.version = 3;
    for (const s of old.speakers) delete s.forms;
    for (const q of old.quotes) for (const s of q.sources) delete s.speaker;
    const r = parseIndexText(JSON.stringify(old));
    if (!r.ok) throw new Error(r.reason);
    const { name, aliases, forms } = r.index.speakers[0]!;
    expect(forms).toEqual([name, ...aliases].map((n) => ({ name: n, docs: [] })));
    expect(r.index.quotes[0]!.sources[0]!.speaker).toBe(r.index.quotes[0]!.speaker);
    // The current version is read as written: a form's documents and a source's speaker must exist.
    const broken = roundTrip();
    broken.speakers[0].forms[0].docs = ['d9'];
    expect(parseIndexText(JSON.stringify(broken))).toMatchObject({
      ok: false,
      reason: 'speakers[0].forms[0].docs: no document has id "d9"',
    });
    const stray = roundTrip();
    stray.quotes[0].sources[0].speaker = 's9';
    expect(parseIndexText(JSON.stringify(stray))).toMatchObject({
      ok: false,
      reason: 'quotes[0].sources[0].speaker: no speaker has id "s9"',
    });
  });

  it('keeps each form of a speaker’s name with the documents that print it', () => {
    const { forms } = good.speakers[0]!;
    expect(forms.map((f) => f.name)).toEqual(expect.arrayContaining(['Anne Park', 'Governor Anne Park', 'Park']));
    expect(forms.every((f) => f.docs.join() === 'd0')).toBe(true);
  });

  it('reads a version 1 index, which had no paraphrases, as one with none', () => {
    const { paraphrases: _, ...v1 } = { ...roundTrip(), version: 1 };
    for (const q of v1.quotes) for (const s of q.sources) delete s.named;
    const r = parseIndexText(JSON.stringify(v1));
    if (!r.ok) throw new Error(r.reason);
    expect(r.index.paraphrases).toEqual([]);
    // What each article named is not known: the entry's speaker stands for it.
    const unnamed = (q: QuoteIndex['quotes'][number]) => ({ ...q, sources: q.sources.map(({ named: _, ...s }) => s) });
    expect(r.index.quotes.map(unnamed)).toEqual(good.quotes.map(unnamed));
    expect(r.index.quotes[0]!.sources[0]!.named).toEqual({ name: 'Anne Park', kind: 'person', aliases: [] });
  });

  it.each([
    ['not JSON', () => '{"format": "whosaid-index",', /^not JSON/],
    ['not an object', () => '[1, 2]', /not a Whosaid index: expected a JSON object/],
    [
      'another format',
      () => JSON.stringify({ format: 'something-else' }),
      /not a Whosaid index: "format" is "something-else"/,
    ],
    [
      'a newer version',
      () => JSON.stringify({ ...roundTrip(), version: INDEX_VERSION + 1 }),
      /is newer than a version this Whosaid reads \(1 to 4\); update Whosaid/,
    ],
    [
      'no version',
      () => JSON.stringify({ ...roundTrip(), version: undefined }),
      /index version undefined is not a version this Whosaid reads \(1 to 4\); rebuild it/,
    ],
    [
      'a paraphrase of nobody',
      () => {
        const x = roundTrip();
        x.paraphrases[0].speaker = 's99';
        return JSON.stringify(x);
      },
      /paraphrases\[0\]\.speaker: no speaker has id "s99"/,
    ],
    [
      'a paraphrase that is not flagged as one',
      () => {
        const x = roundTrip();
        delete x.paraphrases[0].kind;
        return JSON.stringify(x);
      },
      /^paraphrases\[0\]\.kind: /,
    ],
    [
      'a missing field',
      () => {
        const x = roundTrip();
        delete x.quotes[0].text;
        return JSON.stringify(x);
      },
      /^quotes\[0\]\.text: /,
    ],
    [
      'a wrong type',
      () => {
        const x = roundTrip();
        x.documents[0].date = 20240506;
        return JSON.stringify(x);
      },
      /^documents\[0\]\.date: /,
    ],
    [
      'a dangling speaker',
      () => {
        const x = roundTrip();
        x.quotes[0].speaker = 's99';
        return JSON.stringify(x);
      },
      /quotes\[0\]\.speaker: no speaker has id "s99"/,
    ],
    [
      'a duplicate id',
      () => {
        const x = roundTrip();
        x.documents.push({ ...x.documents[0] });
        return JSON.stringify(x);
      },
      /documents\[1\]\.id: "d0" is used twice/,
    ],
    [
      'a source printing a wording the entry does not have',
      () => {
        const x = roundTrip();
        x.quotes[0].sources[0].variant = 5;
        return JSON.stringify(x);
      },
      /quotes\[0\]\.sources\[0\]\.variant: there is no wording 5/,
    ],
  ])('refuses %s, saying why', (_, make, reason) => {
    const r = parseIndexText(make());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('refuses what is not an object at all', () => {
    expect(parseIndex(null)).toEqual({ ok: false, reason: 'not a Whosaid index: expected a JSON object' });
  });
});
