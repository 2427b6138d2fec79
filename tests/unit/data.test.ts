// The word data attribution reads is what its data packages give (src/attribution/data/generate.ts): run
// `npm run data` after upgrading one of them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishWords, germanWords, givenNames, romanceWords } from '../../src/attribution/data/generate';
import { givenName } from '../../src/attribution/given-names';
import { neverNominal, onlyPlural } from '../../src/attribution/lexicon';

const committed = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../src/attribution/data/${file}`, import.meta.url), 'utf8'));

describe('word data', () => {
  it('is what the installed data packages give', () => {
    expect(committed('given-names.json')).toEqual(givenNames());
    expect(committed('english.json')).toEqual(englishWords());
    expect(committed('german.json')).toEqual(germanWords());
    expect(committed('romance.json')).toEqual(romanceWords());
  });

  it('genders given names by who bears them, and leaves names of either gender open', () => {
    expect([givenName('Donald'), givenName('Linda'), givenName('Jamie'), givenName('Lou')]).toEqual([
      'm',
      'f',
      null,
      null,
    ]);
    // A word seldom given as a name is none: "Judge Ann Lee", "King Abdullah".
    expect([givenName('Judge'), givenName('King'), givenName('Grant')]).toEqual([undefined, undefined, 'm']);
  });

  it('genders French, Spanish and Portuguese given names as these languages do', () => {
    const { givenNames } = romanceWords();
    const has = (gender: 'm' | 'f', name: string) => givenNames[gender].split(' ').includes(name);
    expect([has('f', 'martine'), has('m', 'arnaud'), has('f', 'constança'), has('m', 'andrés')]).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('knows the words that open sentences but never names, and the plural nouns', () => {
    expect(['Ask', 'Would', 'Here', 'Meanwhile'].map(neverNominal)).toEqual([true, true, true, false]);
    expect(['Teachers', 'Critics', 'Smith'].map(onlyPlural)).toEqual([true, true, false]);
  });
});
