// The popup's search over the index: whole words before character fuzz.
import { describe, expect, it } from 'vitest';
import type { Found } from '../../src/index/runtime';
import { recordOf } from '../../src/match/records';
import { IndexSearch, type SearchRecord } from '../../src/match/search';

const record = (id: string, text: string, speaker: string, aliases: string[] = []): SearchRecord => ({
  id,
  paraphrase: false,
  text,
  speaker,
  aliases,
  role: '',
  source: '',
  speakerId: '',
  outlet: null,
  date: null,
  attribution: 1,
  outletsDiffer: false,
});

const search = new IndexSearch([
  record('q1', 'The commission will meet again in the spring to review the budget.', 'Dana Holt'),
  record('q2', 'We owe these families compassion, not another hearing.', 'Maria Ortiz'),
  record('q3', 'Compassion is not a line item in a budget, and it never will be.', 'Sam Reyes'),
  record('q4', 'The port will reopen on Monday.', 'Compton Hale', ['Hale']),
]);
const ids = (query: string) => search.search(query).map((r) => r.id);

describe('searching the index', () => {
  it('lists the quotations that hold the words before those that only look like them', () => {
    expect(ids('compassion').slice(0, 2).sort()).toEqual(['q2', 'q3']);
    const all = ids('compassion');
    expect(all.indexOf('q1')).toBeGreaterThan(1);
  });

  it('takes a word being typed as the start of a word, and a speaker’s name before a quotation’s words', () => {
    expect(ids('compa')[0]).toBe('q2');
    expect(ids('comp')[0]).toBe('q4');
    expect(ids('not budget')[0]).toBe('q3');
  });

  it('finds nothing for nothing typed', () => {
    expect(ids('  ')).toEqual([]);
  });
});

describe('what a search lists of an entry', () => {
  const source = (speaker: string | null, confidence: number, kind = 'person') => ({
    doc: 'd0',
    start: 0,
    end: 10,
    sentence: null,
    kind: 'direct' as const,
    role: null,
    confidence,
    group: 'g1',
    variant: 0,
    named: speaker ? { name: speaker, kind: kind as 'person', aliases: [] } : null,
    speaker,
  });
  const found = (sources: ReturnType<typeof source>[]): Found => ({
    kind: 'quote',
    entry: {
      id: 'q0',
      text: 'We will rebuild every bridge',
      speaker: 's0',
      variants: [{ text: '', docs: ['d0'] }],
      sources,
    },
    speaker: { id: 's0', name: 'Ann Lee', kind: 'person', aliases: [], roles: [], forms: [] },
    document: null,
  });

  it('is as sure of the speaker as the card: its surest source, less where outlets name someone else', () => {
    expect(recordOf('i', found([source('s0', 0.95), source('s0', 0.7)]))).toMatchObject({
      attribution: 0.95,
      outletsDiffer: false,
    });
    const disputed = recordOf('i', found([source('s0', 0.95), source('s1', 0.9)]));
    expect(disputed).toMatchObject({ attribution: 0.475, outletsDiffer: true });
    // A description ("the report said") names no one: it neither disputes nor weakens the name.
    expect(recordOf('i', found([source('s0', 0.95), source('s2', 0.9, 'description')]))).toMatchObject({
      attribution: 0.95,
      outletsDiffer: false,
    });
  });
});
