// The popup's search over the index: whole words before character fuzz.
import { describe, expect, it } from 'vitest';
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
