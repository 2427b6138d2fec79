// What a speaker's name and role must look like before a reader sees them (src/attribution/shape.ts), on
// the kinds of junk an index of real saved pages held.
import { describe, expect, it } from 'vitest';
import { cleanRole, fittingRole, isAlias, shapeSpeaker } from '../../src/attribution/shape';

const person = (name: string, role: string | null = null) => shapeSpeaker({ name, role, kind: 'person' });

describe('names', () => {
  it('are no one when they are a pronoun, a function word, a word that is never a noun, a dateline, a credit or a label', () => {
    for (const name of [
      'Someone',
      'Another',
      'Few',
      'he’d',
      'we’ll',
      'Would',
      'LONDON (Reuters)',
      'Craig McDean/GQ',
      'BEIJING',
      'The',
      'November',
    ]) {
      expect(person(name), name).toBeNull();
    }
  });

  it('lose the words of the sentence glued before them, and a job written as a title becomes the role', () => {
    expect(person('Citing John Locke')).toEqual({ name: 'John Locke', role: null, kind: 'person' });
    expect(person('Longtime Donald Trump')).toMatchObject({ name: 'Donald Trump' });
    expect(person('Our Declan Harty')).toMatchObject({ name: 'Declan Harty' });
    expect(person('Realtor Ghulam')).toEqual({ name: 'Ghulam', role: 'Realtor', kind: 'person' });
    expect(person('Sociologist Elizabeth Sweet')).toEqual({
      name: 'Elizabeth Sweet',
      role: 'Sociologist',
      kind: 'person',
    });
  });

  it('lose the titles before a given name that opens a full name, which become the role', () => {
    expect(shapeSpeaker({ name: 'VP Marni Walden', role: 'Verizon executive', kind: 'person' })).toEqual({
      name: 'Marni Walden',
      role: 'Verizon executive VP',
      kind: 'person',
    });
    expect(shapeSpeaker({ name: 'Condor-Sprecherin Magdalena Hauser', role: null, kind: 'person' })?.name).toBe(
      'Magdalena Hauser',
    );
    // Given names and names that are no title stay.
    expect(shapeSpeaker({ name: 'Mary Jo White', role: null, kind: 'person' })?.name).toBe('Mary Jo White');
    expect(shapeSpeaker({ name: 'Henry Bambang Soelistyo', role: null, kind: 'person' })?.name).toBe(
      'Henry Bambang Soelistyo',
    );
  });

  it('after a possessive are a person’s when a given name opens them ("Our Declan Harty writes")', () => {
    expect(shapeSpeaker({ name: 'Our Declan Harty', role: null, kind: 'description' })).toEqual({
      name: 'Declan Harty',
      role: null,
      kind: 'person',
    });
    expect(shapeSpeaker({ name: 'his lawyers', role: null, kind: 'description' })?.kind).toBe('description');
  });

  it('of a body keep their title words and acronyms', () => {
    expect(shapeSpeaker({ name: 'National Book Award', role: null, kind: 'organization' })?.name).toBe(
      'National Book Award',
    );
    expect(shapeSpeaker({ name: 'US Airways Express', role: null, kind: 'organization' })?.name).toBe(
      'US Airways Express',
    );
  });

  it('printed twice by the page’s markup are printed once', () => {
    expect(person('Jennifer Rubin Jennifer Rubin')).toMatchObject({ name: 'Jennifer Rubin' });
  });

  it('an acronym is a body’s; a lone plural, a place or an owner’s name is no person', () => {
    expect(person('AP')).toMatchObject({ name: 'AP', kind: 'organization' });
    expect(person('Teachers')).toBeNull();
    expect(person('Alabama')).toBeNull();
    expect(person('John Carney’s')).toBeNull();
    // An adjective alone, left of "Democratic source", "Small groups of protesters".
    expect(person('Democratic')).toBeNull();
    expect(person('Small')).toBeNull();
  });

  it('of one word the article also writes in lower case are a label or a piece of the sentence', () => {
    // "Production: ‘Coney Island’", "Coming from someone who …", "Staff on short-term contracts said …"
    const ordinary = (name: string) => shapeSpeaker({ name, role: null, kind: 'person' }, { ordinary: true });
    for (const name of ['Production', 'Coming', 'Staff']) expect(ordinary(name), name).toBeNull();
    // Unless a given name or what the article says of it ("Mr. Pence", "he") makes it a person's.
    expect(ordinary('Grant')).toMatchObject({ name: 'Grant' });
    expect(
      shapeSpeaker({ name: 'Pence', role: null, kind: 'person' }, { ordinary: true, gendered: true }),
    ).toMatchObject({ name: 'Pence' });
  });

  it('keeps a real name as it is', () => {
    for (const name of [
      'Ludwig van Beethoven',
      'J. David Cox Sr.',
      'Downing',
      'Linda Black Elk',
      'Bernhard von Bülow',
    ]) {
      expect(person(name)?.name, name).toBe(name);
    }
  });

  it('a description is someone when its head is a noun: not "the new", not "that"', () => {
    const description = (name: string) => shapeSpeaker({ name, role: null, kind: 'description' });
    expect(description('one person with knowledge of the talks')).not.toBeNull();
    expect(description('the Utah Republican')).not.toBeNull();
    expect(description('a statement')).not.toBeNull();
    expect(description('the new')).toBeNull();
    expect(description('that')).toBeNull();
  });
});

describe('roles', () => {
  it('are none when they open as no role does, or are a place', () => {
    expect(cleanRole('and Thomas Jefferson')).toBeNull();
    expect(cleanRole('at the free throw line')).toBeNull();
    expect(cleanRole('either')).toBeNull();
    expect(cleanRole('Does DC Comics president')).toBeNull();
    expect(cleanRole('will be the new head of sales')).toBeNull();
    expect(cleanRole('South Africa')).toBeNull();
  });

  it('of a person name a job, a rank, a tie or an affiliation, not a piece of the sentence', () => {
    expect(cleanRole('likes flowers')).toBeNull();
    expect(cleanRole('haven’t used')).toBeNull();
    expect(cleanRole('unseen papers show')).toBeNull();
    expect(cleanRole('his role')).toBeNull();
    expect(cleanRole('my friend')).toBeNull();
    expect(cleanRole('screenwriter and author of')).toBeNull();
    expect(cleanRole('s CTO')).toBe('CTO');
    expect(cleanRole('co-owner of Taylor International Corp.')).toBe('co-owner of Taylor International Corp.');
    expect(cleanRole('Kabul-based political analyst')).toBe('Kabul-based political analyst');
    expect(cleanRole('New York Daily News')).toBe('New York Daily News');
    // An organisation's role says what it is; another language's is left as the article gives it.
    expect(cleanRole('popular work messaging app', 'organization')).toBe('popular work messaging app');
    expect(cleanRole('vicepresidenta del Gobierno')).toBe('vicepresidenta del Gobierno');
  });

  it('stop before a second person or a verb that runs on', () => {
    expect(cleanRole('former envoy to Kyiv, and John Doe')).toBe('former envoy to Kyiv');
    expect(cleanRole('campaign manager, who took the job in August')).toBe('campaign manager');
    expect(cleanRole('senior director of mechanical engineering at Microsoft')).toBe(
      'senior director of mechanical engineering at Microsoft',
    );
  });

  it('keep an abbreviated title with its stop ("L.A. schools Supt.")', () => {
    expect(cleanRole('L.A. schools Supt.')).toBe('L.A. schools Supt.');
  });

  it('in English, have a head that names a job, a tie or a body, and lose the parts that do not', () => {
    expect(fittingRole('lawsuit of Fox anchor', 'person')).toBeNull();
    expect(fittingRole('support', 'person')).toBeNull();
    // People, not one person's role ("according to Fran Finney, the FBI agents working the case believe").
    expect(fittingRole('FBI agents', 'person')).toBeNull();
    expect(fittingRole('FBI agent', 'person')).toBe('FBI agent');
    expect(fittingRole('trundled up to the Marine compound on a donkey', 'person')).toBeNull();
    expect(fittingRole('iron minerals oxidize', 'organization')).toBeNull();
    expect(fittingRole('Looking forward', 'organization')).toBeNull();
    expect(fittingRole('daughter, at the age', 'person')).toBe('daughter');
    expect(fittingRole('campaign manager, to the position of counselor to the president', 'person')).toBe(
      'campaign manager',
    );
    // A noun with a sense for a person, a compound of one, an age, an affiliation, a title's parts.
    expect(fittingRole('Ghostbusters star', 'person')).toBe('Ghostbusters star');
    expect(fittingRole('radioastronomer at West Virginia University', 'person')).toBe(
      'radioastronomer at West Virginia University',
    );
    expect(fittingRole('61-year-old', 'person')).toBe('61-year-old');
    expect(fittingRole('WSJ', 'person')).toBe('WSJ');
    expect(fittingRole('Rep., top Democrat on the House Oversight Committee', 'person')).toBe(
      'Rep., top Democrat on the House Oversight Committee',
    );
    expect(fittingRole('school', 'organization')).toBe('school');
    expect(fittingRole('Lagos intelligence firm', 'organization')).toBe('Lagos intelligence firm');
  });
});

describe('aliases', () => {
  it('are ways of writing the name, not stretches of the sentence around it', () => {
    expect(isAlias('Attorney General Jeff Sessions', 'Jeff Sessions')).toBe(true);
    expect(isAlias('Sessions', 'Jeff Sessions')).toBe(true);
    expect(isAlias('Ask Damien Chazelle', 'Damien Chazelle')).toBe(false);
    expect(isAlias('that Putin thinks Clinton', 'Hillary Clinton')).toBe(false);
  });
});
