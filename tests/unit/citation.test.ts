import { describe, expect, it } from 'vitest';
import { citation } from '../../src/match/citation';

describe('a citation', () => {
  it('gives the words, the speaker and role, and the first report’s outlet and date', () => {
    expect(
      citation({
        text: 'We will rebuild',
        speaker: 'Anne Park',
        role: 'Governor',
        outlet: 'Herald',
        date: '2020-01-28',
      }),
    ).toBe('“We will rebuild” — Anne Park, Governor (Herald, 2020-01-28)');
    expect(citation({ text: 'We will rebuild', speaker: 'Anne Park', role: null, outlet: null, date: null })).toBe(
      '“We will rebuild” — Anne Park (outlet unknown)',
    );
    expect(citation({ text: 'No', speaker: null, role: null, outlet: 'Post', date: null })).toBe(
      '“No” — speaker unknown (Post)',
    );
  });
});
