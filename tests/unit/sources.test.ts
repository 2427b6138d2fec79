// @vitest-environment jsdom
// The card's sources: by date, the first report marked where it can be told, an unknown outlet said so.
import { describe, expect, it } from 'vitest';
import { renderCard } from '../../src/browser/card-view';
import { emptyMeta } from '../../src/corpus/article';
import { buildIndex } from '../../src/index/build';
import { byDate, type CardModel, cardFor, firstReport } from '../../src/match/card';
import { Matcher } from '../../src/match/matcher';

const words = 'We will keep the maternity ward open through the winter, whatever the board decides';
const article = (id: string, publication: string | null, date: string | null) => ({
  id,
  format: 'text' as const,
  text: `“${words},” said Mayor Ruth Okafor on Sunday.`,
  meta: { ...emptyMeta(), publication, date },
});

describe('sources by date', () => {
  it('lists the earliest first and the undated last, in the order they came', () => {
    const sorted = byDate([
      { id: 'a', date: null },
      { id: 'b', date: '2020-01-03' },
      { id: 'c', date: '2020-01-01' },
      { id: 'd', date: null },
      { id: 'e', date: '2020-01-03' },
    ]);
    expect(sorted.map((s) => s.id)).toEqual(['c', 'b', 'e', 'a', 'd']);
  });

  it('marks the first report only where every source is dated and one day is the earliest', () => {
    expect(firstReport([{ date: '2020-01-01' }, { date: '2020-01-02' }])).toEqual({ date: '2020-01-01' });
    expect(firstReport([{ date: '2020-01-01' }, { date: '2020-01-01' }])).toBeNull();
    expect(firstReport([{ date: '2020-01-01' }, { date: null }])).toBeNull();
    expect(firstReport([{ date: '2020-01-01' }])).toBeNull();
  });

  it('the card lists an index’s sources so', () => {
    const index = buildIndex([
      article('late.txt', 'The Herald', '2020-01-05'),
      article('early.txt', 'Valley Post', '2020-01-02'),
      article('middle.txt', null, '2020-01-03'),
    ]);
    const card = cardFor(new Matcher(index).match(words)!, words, null, false);
    expect(card.sources.map((s) => [s.publication, s.date, s.firstReport ?? false])).toEqual([
      ['Valley Post', '2020-01-02', true],
      [null, '2020-01-03', false],
      ['The Herald', '2020-01-05', false],
    ]);
  });
});

describe('the card’s sources', () => {
  const card: CardModel = {
    quoteId: 'q0',
    speaker: { name: 'Ruth Okafor', role: 'Mayor' },
    wording: [{ text: words, kind: 'same' }],
    added: [],
    bracketed: [],
    changes: { trimmed: 0, elided: 0, dropped: 0, changed: 0, typos: 0, added: 0 },
    confidence: 1,
    attribution: 0.95,
    attributions: null,
    sources: [
      { publication: null, headline: null, date: '2020-01-02', url: null, firstReport: true },
      {
        publication: 'The Herald',
        headline: 'Ward stays open',
        date: '2020-01-05',
        url: 'https://herald.example/ward',
      },
    ],
    moreSources: 0,
    warning: null,
    pageSpeaker: null,
  };

  it('say an outlet is unknown, not that the source is unnamed, and which reported the words first', () => {
    const el = renderCard(document, { card }, () => {});
    expect([...el.querySelectorAll('.sources li')].map((li) => li.textContent)).toEqual([
      'outlet unknown (2020-01-02) · first report',
      'The Herald — Ward stays open (2020-01-05)',
    ]);
    expect(el.textContent).not.toMatch(/unnamed/i);
  });
});
