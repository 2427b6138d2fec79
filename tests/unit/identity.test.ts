// Speaker identity across a corpus: the forms of one name are one speaker, and different people (who
// share a family name or a given name) are never one.

import { describe, expect, it } from 'vitest';
import { resolveIdentities } from '../../src/index/identity';
import type { NamedSpeaker } from '../../src/index/schema';
import { parsePersonName, samePerson } from '../../src/text/person-name';

const person = (name: string, aliases: string[] = []): NamedSpeaker => ({ name, kind: 'person', aliases });

/** The speakers of named mentions, one a document unless given, as groups of the names printed. */
function groups(mentions: (NamedSpeaker | [NamedSpeaker, number])[]): string[][] {
  const occ = mentions.map((m, doc) => (Array.isArray(m) ? { named: m[0], doc: m[1] } : { named: m, doc }));
  const { of } = resolveIdentities(occ);
  const out = new Map<number, string[]>();
  occ.forEach((o, i) => {
    out.set(of[i]!, [...(out.get(of[i]!) ?? []), o.named.name]);
  });
  return [...out.values()].map((g) => [...new Set(g)].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe('reading a name', () => {
  it('parts titles, initials, particles and suffixes from the name', () => {
    expect(parsePersonName('U.S. President-elect Donald J. Trump')).toEqual({
      titles: ['u-s', 'president-elect'],
      gender: null,
      given: ['donald', 'j'],
      surname: 'trump',
      suffix: null,
    });
    expect(parsePersonName('Rep. Elijah E. Cummings Jr.')).toMatchObject({ given: ['elijah', 'e'], suffix: 'jr' });
    expect(parsePersonName('Erik van Sebille')).toMatchObject({ given: ['erik'], surname: 'sebille' });
    expect(parsePersonName('Mrs Thatcher')).toMatchObject({ gender: 'f', given: [], surname: 'thatcher' });
    expect(parsePersonName('WSJ’s Nick Timiraos')).toMatchObject({ given: ['nick'], surname: 'timiraos' });
    expect(parsePersonName('S.B. Supriyadi')).toMatchObject({ given: ['s', 'b'] });
  });

  it('tells when two forms can be one person', () => {
    const same = (a: string, b: string) => samePerson(parsePersonName(a)!, parsePersonName(b)!);
    expect(same('J. David Cox Sr.', 'David Cox')).toBe(true);
    expect(same('John F. Kennedy', 'John Kennedy')).toBe(true);
    expect(same('J. Smith', 'John Smith')).toBe(true);
    expect(same('Dr. Maulana Karenga', 'Karenga')).toBe(true);
    expect(same('D. Joshua Taylor', 'David Taylor')).toBe(false);
    expect(same('John F. Kennedy', 'John K. Kennedy')).toBe(false);
    expect(same('David Cox Jr.', 'David Cox Sr.')).toBe(false);
    expect(same('Mr. Roe', 'Ms. Roe')).toBe(false);
    expect(same('Mr. Roe', 'Jane Roe')).toBe(false);
    expect(same('Jane Roe', 'Jane Doe')).toBe(false);
  });
});

describe('one speaker across the corpus', () => {
  it('joins the forms of one name: middle names and initials, suffixes, titles, the family name alone', () => {
    expect(
      groups([
        person('Jane A. Roe'),
        person('Jane Roe'),
        person('Sen. Jane Roe'),
        person('Roe'),
        person('Owen Lee Park'),
        person('Owen Park'),
        person('Park'),
        person('J. David Cox Sr.'),
        person('David Cox'),
      ]),
    ).toEqual([
      ['David Cox', 'J. David Cox Sr.'],
      ['Jane A. Roe', 'Jane Roe', 'Roe', 'Sen. Jane Roe'],
      ['Owen Lee Park', 'Owen Park', 'Park'],
    ]);
  });

  it('never joins different people who share a family name', () => {
    expect(
      groups([
        person('Alexander Stodden'),
        person('Brigitta Stodden'),
        person('Stodden'),
        person('John Smith'),
        person('Jane Smith'),
        person('J. Smith'),
        person('Smith'),
        person('David Taylor'),
        person('D. Joshua Taylor'),
        person('John F. Kennedy'),
        person('John K. Kennedy'),
        person('John Kennedy'),
        person('David Cox Jr.'),
        person('David Cox Sr.'),
      ]),
    ).toEqual([
      ['Alexander Stodden'],
      ['Brigitta Stodden'],
      ['D. Joshua Taylor'],
      ['David Cox Jr.'],
      ['David Cox Sr.'],
      ['David Taylor'],
      ['J. Smith'],
      ['Jane Smith'],
      ['John F. Kennedy'],
      ['John K. Kennedy'],
      ['John Kennedy'],
      ['John Smith'],
      ['Smith'],
      ['Stodden'],
    ]);
  });

  it('never joins different people who share a given name', () => {
    expect(groups([person('Mark Wright'), person('Mark Twain'), person('Mark'), person('Jennifer Cook')])).toEqual([
      ['Jennifer Cook'],
      ['Mark'],
      ['Mark Twain'],
      ['Mark Wright'],
    ]);
  });

  it('takes a shared family name alone as the one its article names, or its title or honorific fits alone', () => {
    expect(
      groups([
        person('Barack Obama'),
        person('President Barack Obama'),
        person('Michelle Obama', ['First Lady Michelle Obama']),
        // The article names Michelle Obama in full, and then by her family name alone.
        [person('Michelle Obama', ['Obama']), 3],
        [person('Obama'), 3],
        person('Obama', ['President Obama']),
        person('Obama', ['Mrs. Obama']),
        person('Obama'),
      ]),
    ).toEqual([['Barack Obama', 'Obama', 'President Barack Obama'], ['Michelle Obama', 'Obama'], ['Obama']]);
  });

  it('keeps each form with the documents that print it, and descriptions within their article', () => {
    const { identities, of } = resolveIdentities([
      { doc: 0, named: person('Jane Roe', ['Ms. Roe']) },
      { doc: 1, named: person('Roe') },
      { doc: 0, named: { name: 'a spokesman', kind: 'description', aliases: [] } },
      { doc: 1, named: { name: 'a spokesman', kind: 'description', aliases: [] } },
    ]);
    expect(of[0]).toBe(of[1]);
    expect(of[2]).not.toBe(of[3]);
    const roe = identities[of[0]!]!;
    expect(roe.name).toBe('Jane Roe');
    expect(Object.fromEntries([...roe.forms].map(([f, d]) => [f, [...d]]))).toEqual({
      'Jane Roe': [0],
      'Ms. Roe': [0],
      Roe: [1],
    });
  });
});
