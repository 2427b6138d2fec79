// French, Spanish and Portuguese attribution: one set of rules for the three languages, each with its own
// words. The cues are the English ones, which read «…», the verb before its subject ("a déclaré le ministre",
// "dijo Sánchez"), "dit-il" and selon/según/segundo; what these rules add is who a speaker's words can name.
// No function word is a name, nor opens one ("Pour Javier López" is Javier López, "Mientras" no one); "M.",
// "Mme", "Sr." are titles, not names; a place is no one; a description ("le ministre", "el portavoz") is the
// person the article named with that title ("le ministre russe de la Défense, Andreï Belooussov").

import { escapeRegExp } from '../text/chars';
import type { Token } from '../text/tokens';
import type { Clause, Cue } from './cues';
import romance from './data/romance.json';
import { givenName } from './given-names';
import { FOREIGN_AUXILIARIES } from './lexicon';
import { type Phrase, phraseAt, pronounAt } from './phrases';
import { ROMANCE_VERBS } from './romance-verbs';

export type RomanceLanguage = 'fr' | 'es' | 'pt';
export const ROMANCE = new Set<string>(['fr', 'es', 'pt']);

/** Articles, pronouns, prepositions, conjunctions, adverbs, auxiliaries (stopwords-iso), by language. */
const FUNCTION_WORDS: Record<RomanceLanguage, Set<string>> = {
  fr: new Set(romance.fr.functionWords.split(' ')),
  es: new Set(romance.es.functionWords.split(' ')),
  pt: new Set(romance.pt.functionWords.split(' ')),
};

/** Particles inside names: "Ursula von der Leyen", "Luiz Inácio Lula da Silva", "Pedro de la Rosa". */
const PARTICLES = new Set('de da do das dos del della di du des la le van von der den y e'.split(' '));

/** Titles before a name, written short or in full: "M. Peskov", "Mme Binet", "Sr. Sánchez", "Dra. Silva". */
const HONORIFICS =
  /^(?:m|mm|mme|mmes|mlle|me|mgr|dr|dre|pr|sr|sra|srta|sres|d|dª|dña|don|doña|dom|dona|dra|prof|profa)\.?$/i;

/** Definite articles: a description opens with one ("le ministre", "la portavoz", "o procurador"). */
const ARTICLES: Record<RomanceLanguage, Set<string>> = {
  fr: new Set(['le', 'la', 'les', "l'", 'l’']),
  es: new Set(['el', 'la', 'los', 'las']),
  pt: new Set(['o', 'a', 'os', 'as']),
};
/** Indefinite articles: "Un Etat", "una portavoz". */
const INDEFINITE: Record<RomanceLanguage, Set<string>> = {
  fr: new Set(['un', 'une', 'des']),
  es: new Set(['un', 'una', 'unos', 'unas']),
  pt: new Set(['um', 'uma', 'uns', 'umas']),
};

/** Words before a place, never before a person: "en France", "desde Washington", "no Brasil". */
const PLACE_BEFORE: Record<RomanceLanguage, string> = {
  fr: 'en|au|aux|dans|depuis|vers',
  es: 'en|desde|hacia',
  pt: 'em|no|na|nos|nas|desde',
};

/** First-person plural imperatives open French, Spanish and Portuguese sentences: "Rappelons", "Recordemos". */
const IMPERATIVE: Record<RomanceLanguage, RegExp> = {
  fr: /ons$/,
  es: /(?:emos|amos)$/,
  pt: /(?:emos|amos)$/,
};

/** Titles that tell a person's gender: "Mme Binet", "M. Peskov", "la Sra. Díaz", "a Dra. Silva". */
const HONORIFIC_GENDER: Record<string, 'm' | 'f'> = {
  m: 'm',
  mme: 'f',
  mlle: 'f',
  sr: 'm',
  sra: 'f',
  srta: 'f',
  don: 'm',
  doña: 'f',
  dña: 'f',
  dª: 'f',
  dom: 'm',
  dona: 'f',
  dra: 'f',
  profa: 'f',
};

const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

let romanceGivenNames: Map<string, 'm' | 'f'> | null = null;

/**
 * The gender a given name carries: as French, Spanish and Portuguese name people ("Martine", "Joan" and
 * "Andrea" are not what US births make them), else as the US births do; written with or without its accents.
 */
export function givenGender(word: string): 'm' | 'f' | null | undefined {
  if (!romanceGivenNames) {
    romanceGivenNames = new Map();
    for (const gender of ['m', 'f'] as const)
      for (const name of romance.givenNames[gender].split(' ')) {
        romanceGivenNames.set(name, gender);
        romanceGivenNames.set(fold(name), gender);
      }
  }
  return romanceGivenNames.get(word.toLowerCase()) ?? romanceGivenNames.get(fold(word)) ?? givenName(word);
}

/**
 * What the discourse records of a speaker or subject phrase in French, Spanish or Portuguese: a person's
 * name past its title and function words, with the gender its title or its given name gives ("Mme Binet"
 * is a woman, "Martine Aubry" too); an acronym is a body's name ("la CGT", "el FMI"); null for what names
 * no one ("Depuis Washington", "Mientras"), so that no later pronoun is taken to mean it.
 */
export function romanceMention(lang: RomanceLanguage, phrase: Phrase, text: string, pos: number): Phrase | null {
  if (phrase.kind !== 'person') return phrase;
  const name = romanceName(lang, phrase.name, text) ?? afterSetting(lang, phrase.name, text, pos);
  if (!name) return null;
  if (/^\p{Lu}{2,}$/u.test(name)) return { ...phrase, kind: 'organization', name, gender: 'p' };
  const title = phrase.name.split(/\s+/).find((w) => HONORIFICS.test(w));
  const gender =
    (title && HONORIFIC_GENDER[title.replace(/\.$/, '').toLowerCase()]) || givenGender(name.split(' ')[0]!) || null;
  return { ...phrase, name, gender: gender ?? phrase.gender };
}

/**
 * A sentence that opens with its setting names its subject after the comma: "Depuis Washington, Christine
 * Lagarde, directrice générale du FMI, a jugé …", "Desde Bruselas, Ursula von der Leyen …". The person's
 * full name right after the setting (opening with a given name), or null.
 */
function afterSetting(lang: RomanceLanguage, name: string, text: string, pos: number): string | null {
  const first = name.split(/\s+/)[0]!.toLowerCase();
  if (!new RegExp(`^(?:${PLACE_BEFORE[lang]})$`).test(first)) return null;
  const m = new RegExp(`^[^,.;:!?\\n]{1,60},[^\\S\\n]+(${FULL_NAME})(?![\\p{L}])`, 'u').exec(text.slice(pos));
  const person = m && romanceName(lang, m[1]!, text);
  return person?.includes(' ') && givenGender(person.split(' ')[0]!) !== undefined ? person : null;
}

/** A given name, with or without its accents ("Ángel", "José"). */
const isGivenName = (word: string) =>
  givenName(word) !== undefined || givenName(word.normalize('NFD').replace(/\p{M}/gu, '')) !== undefined;

const isFunctionWord = (lang: RomanceLanguage, word: string) =>
  FUNCTION_WORDS[lang].has(word.toLowerCase()) && !PARTICLES.has(word.toLowerCase());

/**
 * The name a speaker's words can be, in French, Spanish or Portuguese text: past any title ("M.", "Sra.")
 * and any function word that opens it ("Pour Javier López" → "Javier López"); null when nothing is left that
 * can name someone ("Mientras", "Son adversaire est", "Analyse Après"), when it is an article's noun ("Le
 * Monde", "La Russie": a description), or a sentence's imperative ("Rappelons").
 */
export function romanceName(lang: RomanceLanguage, name: string, text: string): string | null {
  const words = name.split(/\s+/).filter(Boolean);
  // A capitalised noun after an article is a description, not a name: "La Russie", "Un Etat", "El Gobierno".
  const first = words[0]?.toLowerCase() ?? '';
  // French elides its article into the noun: "L’AG Éducation", "L’ONG Faune".
  if (ARTICLES[lang].has(first) || INDEFINITE[lang].has(first) || /^l[’']\p{L}/u.test(first)) return null;
  while (words.length > 0 && (HONORIFICS.test(words[0]!) || isFunctionWord(lang, words[0]!))) words.shift();
  if (words.length === 0 || !/^\p{Lu}/u.test(words[0]!) || words.every((w) => PARTICLES.has(w.toLowerCase())))
    return null;
  // Two people joined, not one name: "Antonio Palocci e Marcelo Odebrecht" ("Ortega y Gasset" is one).
  if (words.some((w, i) => /^(?:e|y|et)$/.test(w) && i + 2 < words.length)) return null;
  // An institution's name run into the person's: "(el juez del) Tribunal Supremo Ángel Hurtado".
  const given = words.findIndex(
    (w, i) => i > 0 && i < words.length - 1 && /^\p{Lu}/u.test(w) && !PARTICLES.has(w.toLowerCase()) && isGivenName(w),
  );
  if (given > 0 && !isGivenName(words[0]!)) words.splice(0, given);
  // A body's name is no person's: "Ministério da Justiça", "Tribunal Supremo", "Junta de Andalucía".
  if (words.length > 1 && BODIES.test(words[0]!)) return null;
  // Inside a name only particles may be lower case or function words.
  if (words.some((w, i) => i > 0 && !PARTICLES.has(w) && (!/^\p{Lu}/u.test(w) || isFunctionWord(lang, w)))) return null;
  if (words.length === 1) {
    const [word] = words as [string];
    // "Conforme", "Según", "Selon": the word that introduces a source, left alone.
    if (
      SOURCE_FIRST[lang].some((s) => s.length === 1 && s[0] === word.toLowerCase()) ||
      word.toLowerCase() === 'conforme'
    )
      return null;
    if (IMPERATIVE[lang].test(word) && !writtenAfterName(word, text)) return null;
    if (headlineParticiple(lang, word, text)) return null;
    if (!person(lang, word, text)) return null;
  }
  return words.join(' ');
}

/**
 * Can a body's name speak in this text? Not a place's: one word the article writes after a preposition of
 * place ("en Russie", "desde Washington"), nor an article's noun ("La Russie").
 */
export function romanceBody(lang: RomanceLanguage, name: string, text: string): boolean {
  const words = name.split(/\s+/);
  const article = ARTICLES[lang].has(words[0]!.toLowerCase());
  const word = article ? words.slice(1).join(' ') : name;
  if (word.includes(' ') || word === '') return true;
  return !new RegExp(`(?<![\\p{L}])(?:${PLACE_BEFORE[lang]})\\s+${escapeRegExp(word)}(?![\\p{L}-])`, 'iu').test(text);
}

/**
 * A headline opens with a participle before its subject: "Detenida una madre por …", "Condenado un
 * exalcalde", "Blessé un policier". Is the word such a participle: opening a sentence, before an
 * indefinite article (which no name is followed by there), in a participle's ending?
 */
function headlineParticiple(lang: RomanceLanguage, word: string, text: string): boolean {
  if (!/(?:ad[oa]s?|id[oa]s?|é|ée|és|ées|u|ue)$/.test(word)) return false;
  const article = [...INDEFINITE[lang]].join('|');
  return new RegExp(`(?:^|[.!?]\\s+|\\n)${escapeRegExp(word)}\\s+(?:${article})\\s`, 'u').test(text);
}

/** Does the text write this word right after a capitalised one, as a surname after a given name? */
function writtenAfterName(word: string, text: string): boolean {
  return new RegExp(`\\p{Lu}[\\p{L}.-]*\\s+${escapeRegExp(word)}(?![\\p{L}-])`, 'u').test(text);
}

/**
 * Can a lone capitalised word be a person in this text? Not when the article writes it after an article or
 * a preposition of place ("la France", "en France", "desde Washington", "o Brasil"): people take neither.
 */
function person(lang: RomanceLanguage, word: string, text: string): boolean {
  const before = `(?:${[...ARTICLES[lang]].join('|')}|${PLACE_BEFORE[lang]})`;
  return !new RegExp(`(?<![\\p{L}])${before}\\s*${escapeRegExp(word)}(?![\\p{L}-])`, 'iu').test(text);
}

/**
 * A capitalised name of two words or more: "Andreï Belooussov", "José Manuel Albares", "Lula da Silva", "J.
 * Castro"; on one line and in one sentence ("… do Legislativo.\n\nPEC dos Gastos\n\nRenan" is no name).
 */
const FULL_NAME = String.raw`\p{Lu}(?:\.|[\p{L}’'-]+)(?:[^\S\n]+(?:(?:de|da|do|dos|das|del|la|le|von|van|der)[^\S\n]+)*\p{Lu}[\p{L}’'-]+)+`;

/**
 * The person a definite description stands for ("le ministre", "el portavoz", "a magistrada"): a full name
 * the text gives with the description's head noun as its title, before it ("le ministre russe de la
 * Défense, Andreï Belooussov", "a juíza Audrey Choucair Vaz") or after it ("David Campo, portavoz de la
 * Asociación"). The latest such name before `at`, else the first after it; null when the text has none.
 */
export function describedPerson(lang: RomanceLanguage, description: string, text: string, at: number): string | null {
  const words = description.split(/\s+/);
  const article = words[0]!.toLowerCase();
  if (!ARTICLES[lang].has(article) || PLURAL_ARTICLES.has(article) || words.length < 2) return null;
  const head = words[1]!.toLowerCase();
  if (head.length < 4 || isFunctionWord(lang, head)) return null;
  const title = new RegExp(
    `(?<![\\p{L}])[${head[0]!.toUpperCase()}${head[0]}]${escapeRegExp(head.slice(1))}(?![\\p{L}])`,
    'gu',
  );
  const named = (candidate: string) => {
    const name = romanceName(lang, candidate, text);
    return name?.includes(' ') ? name : null;
  };
  let before: string | null = null;
  let after: string | null = null;
  const take = (name: string | null, index: number) => {
    if (!name) return;
    if (index < at) before = name;
    else after ??= name;
  };
  for (const m of text.matchAll(title)) {
    // The title and a few words of its complement, then the name: the first full name in its clause that
    // is no complement's ("ministro de Asuntos Exteriores español, José Manuel Albares").
    const clause = /^[^.!?;:«»“”"]{0,120}/u.exec(text.slice(m.index))![0];
    for (const n of clause.matchAll(new RegExp(FULL_NAME, 'gu'))) {
      if (n.index === 0 || clause.slice(0, n.index).split(/\s+/).length > 10) continue;
      const name = named(n[0]);
      // A complement's name is not the person's ("ministre de la Défense"), unless the person's own name
      // follows it ("el juez del Tribunal Supremo Ángel Hurtado": the name past the institution).
      const complement = /(?:^|\s)(?:de|del|da|do|des|du|d[’']|à|a|au|en|em|no|na)\s*$/i.test(clause.slice(0, n.index));
      if (complement && !(name && name !== n[0] && n[0].endsWith(name))) continue;
      if (name) {
        take(name, m.index);
        break;
      }
    }
    // Or the name, a comma, the title: "David Campo, portavoz de la Asociación".
    const lead = /(\S+(?:\s+\S+){0,4}),\s+(?:\p{Ll}+\s+)?$/u.exec(text.slice(Math.max(0, m.index - 80), m.index));
    const last = lead && new RegExp(`(${FULL_NAME})$`, 'u').exec(lead[1]!);
    if (last) take(named(last[1]!), m.index);
  }
  return before ?? after;
}

/**
 * The fullest form the text gives of a name written short: "Peskov" is "Dmitri Peskov", "Renan" is "Renan
 * Calheiros", when exactly one full name in the text ends or begins with it; else the name as it is.
 */
export function fullestName(lang: RomanceLanguage, name: string, text: string): string {
  if (name.includes(' ')) return name;
  const full = new Set<string>();
  for (const m of text.matchAll(new RegExp(FULL_NAME, 'gu'))) {
    const found = romanceName(lang, m[0], text);
    const words = found?.split(' ') ?? [];
    if (words.length > 1 && (words.at(-1) === name || words[0] === name)) full.add(found!);
  }
  return full.size === 1 ? [...full][0]! : name;
}

/** Words that open a sentence with its source: "Para Hurtado, …", "Pour la syndicaliste, …", "Segundo o juiz, …". */
const SOURCE_FIRST: Record<RomanceLanguage, string[][]> = {
  fr: [['pour'], ['selon'], ["d'", 'après'], ['d’', 'après'], ['aux', 'yeux', 'de']],
  es: [['para'], ['según'], ['de', 'acuerdo', 'con'], ['a', 'juicio', 'de'], ['a', 'juicio', 'del']],
  pt: [['para'], ['segundo'], ['conforme'], ['de', 'acordo', 'com']],
};

const lower = (t: Token | string | undefined) => (typeof t === 'string' ? t : (t?.text ?? '')).toLowerCase();

/** Words that introduce a source after the quotation, before a reporting verb: "según asegura Campo". */
const SOURCE_AFTER: Record<RomanceLanguage, Set<string>> = {
  fr: new Set(['selon']),
  es: new Set(['según']),
  pt: new Set(['segundo', 'conforme']),
};

/** Prepositions that open the setting of a verb: "sur Facebook", "en una entrevista", "à Agência Brasil". */
const SETTING_PREPOSITIONS: Record<RomanceLanguage, Set<string>> = {
  fr: new Set(['sur', 'dans', 'à', 'au', 'aux', 'en', 'lors', 'devant', 'depuis']),
  es: new Set(['en', 'a', 'al', 'ante', 'desde', 'durante', 'tras', 'sobre']),
  pt: new Set(['em', 'no', 'na', 'nos', 'nas', 'à', 'ao', 'aos', 'durante', 'após', 'sobre']),
};

/**
 * "«…», a rapporté sur Facebook le porte-parole du président, Berik Uali", "“…”, dijo en una entrevista el
 * ministro": the subject after its verb, past the verb's setting, which a preposition opens and the
 * subject's article ends.
 */
function subjectPastSetting(lang: RomanceLanguage, tokens: Token[], q: number, end: number): Cue | null {
  if (tokens[q + 1]?.text !== ',') return null;
  let v = q + 2;
  if (FOREIGN_AUXILIARIES.has(lower(tokens[v])) && ROMANCE_VERBS[lang].has(lower(tokens[v + 1]))) v++;
  if (!ROMANCE_VERBS[lang].has(lower(tokens[v])) || !SETTING_PREPOSITIONS[lang].has(lower(tokens[v + 1]))) return null;
  for (let a = v + 2; a < Math.min(end, v + 8); a++) {
    const t = tokens[a]!;
    if (t.kind !== 'word') return null;
    // The article after a name or a noun, not the one the preposition governs ("en una entrevista").
    if (!ARTICLES[lang].has(lower(t)) || a === v + 2 || SETTING_PREPOSITIONS[lang].has(lower(tokens[a - 1]))) continue;
    if (/^(?:de|del|du|da|do)$/.test(lower(tokens[a - 1]))) continue;
    const phrase = phraseAt(tokens, a, end, a);
    return phrase && (phrase.kind === 'person' || phrase.kind === 'description')
      ? { phrase, method: 'after', verb: v, from: q + 2, to: phrase.to }
      : null;
  }
  return null;
}

/**
 * The French, Spanish or Portuguese cue of the quotation at token q, read before the English ones: a source
 * that opens its sentence ("Para Hurtado, … “…”", "Pour la syndicaliste, … « … »"), or null.
 */
export function romanceCue(lang: RomanceLanguage, c: Clause, q: number): Cue | null {
  const { tokens } = c;
  const [start, end] = c.sentenceOf(q);
  // « une voix … », « intime et rieuse » selon Kriss Graffiti: quotations listed one after another share
  // the source that closes the list.
  let last = q;
  while (/^(?:,|et|y|e)$/.test(lower(tokens[last + 1])) && tokens[last + 2]?.kind === 'quote') last += 2;
  const word = tokens[last + 1]?.text === ',' ? last + 2 : last + 1;
  if (last > q && SOURCE_AFTER[lang].has(lower(tokens[word]))) {
    const phrase = phraseAt(tokens, word + 1, end, word + 1);
    if (phrase && phrase.kind !== 'pronoun' && phrase.kind !== 'description')
      return { phrase, method: 'according-to', verb: word, from: word, to: phrase.to };
  }
  const inverted = subjectPastSetting(lang, tokens, q, end);
  if (inverted) return inverted;
  // "“…”, según asegura Campo", "“…”, segundo afirmou o juiz": the source after its reporting verb.
  const k = tokens[q + 1]?.text === ',' ? q + 2 : q + 1;
  if (SOURCE_AFTER[lang].has(lower(tokens[k])) && ROMANCE_VERBS[lang].has(lower(tokens[k + 1]))) {
    const phrase = phraseAt(tokens, k + 2, end, k);
    if (phrase && phrase.kind !== 'pronoun')
      return { phrase, method: 'according-to', verb: k + 1, from: k, to: phrase.to };
  }
  // "… illustrerait selon lui un « état de malaise »", "según ella, …": a source that is a pronoun, whom
  // the text named before.
  for (let i = start; i + 1 < q; i++) {
    const after = lower(tokens[i]) === 'après' && /^d[’']$/.test(lower(tokens[i - 1])) ? i + 1 : -1;
    const at = SOURCE_AFTER[lang].has(lower(tokens[i])) ? i + 1 : after;
    const gender = at > 0 ? pronounAt(tokens, at) : undefined;
    if (gender === 'm' || gender === 'f') {
      const phrase: Phrase = { kind: 'pronoun', from: at, to: at + 1, name: tokens[at]!.text, role: null, gender };
      return { phrase, method: 'according-to', verb: i, from: i, to: at + 1 };
    }
  }
  for (const words of SOURCE_FIRST[lang]) {
    if (!words.every((w, i) => lower(tokens[start + i]) === w)) continue;
    const at = start + words.length;
    // The source and a comma, then the sentence: "Para Hurtado, su intervención …".
    const comma = tokens.findIndex((t, i) => i > at && i < q && t.text === ',');
    const phrase = comma > 0 ? phraseAt(tokens, at, comma, start) : null;
    // A person, or someone described ("la syndicaliste"), not a setting ("Pour ce tête-à-tête, …").
    const described = phrase?.kind === 'description' && ARTICLES[lang].has(lower(tokens[phrase.from]));
    if (phrase && (phrase.kind === 'person' || described) && phrase.to === comma)
      return { phrase, method: 'according-to', verb: start, from: start, to: phrase.to };
  }
  // The same source set off by commas inside the sentence: "Estos mensajes, para Hurtado, son “…”".
  for (let i = start + 1; i + 2 < q; i++) {
    if (tokens[i - 1]!.text !== ',' || !SOURCE_FIRST[lang].some((w) => w.length === 1 && w[0] === lower(tokens[i])))
      continue;
    const comma = tokens.findIndex((t, k) => k > i + 1 && k < q && t.text === ',');
    const phrase = comma > 0 ? phraseAt(tokens, i + 1, comma, start) : null;
    if (phrase?.kind === 'person' && phrase.to === comma)
      return { phrase, method: 'according-to', verb: i, from: i, to: phrase.to };
  }
  return null;
}

/**
 * Words that open a French, Spanish or Portuguese noun phrase that can speak without a name: demonstratives,
 * possessives and quantifiers (the articles are in ARTICLES and INDEFINITE).
 */
const DETERMINERS: Record<RomanceLanguage, Set<string>> = {
  fr: new Set(
    'ce cet cette ces son sa ses leur leurs notre nos plusieurs certains certaines deux trois tous'.split(' '),
  ),
  es: new Set(
    'este esta estos estas ese esa esos esas aquel aquella su sus nuestro nuestra varios varias algunos algunas dos tres todos'.split(
      ' ',
    ),
  ),
  pt: new Set(
    'este esta estes estas esse essa esses essas aquele aquela seu sua seus suas nosso nossa vários várias alguns algumas dois duas três todos'.split(
      ' ',
    ),
  ),
};

/**
 * Can the phrase a cue found speak in this language? A description opens with a determiner ("le ministre",
 * "este ministerio", "sus abogados", "fuentes" bare in the plural); a conjunction, a clitic or a preposition
 * that the English rules read as one ("“…” y pidió", "“…”, se preguntaba", "“…”, añadió en") is no one.
 */
export function romanceSpeaker(lang: RomanceLanguage, phrase: Phrase, tokens: Token[]): boolean {
  if (phrase.kind !== 'description') return true;
  const first = lower(tokens[phrase.from]);
  if (ARTICLES[lang].has(first) || INDEFINITE[lang].has(first) || DETERMINERS[lang].has(first)) return true;
  if (/^l[’']/.test(first)) return true;
  // A bare plural noun: "fuentes del Gobierno", "sources proches du dossier".
  return !FUNCTION_WORDS[lang].has(first) && /s$/.test(first);
}

/** Saints name places and feasts, not people: "San Isidro", "Saint-Denis", "São Paulo". */
const SAINTS = /^(?:san|santa|santo|são|saint|sainte)$/i;

/** Heads of descriptions of bodies and texts, not of a person: "el ministerio", "le gouvernement", "a nota". */
const BODIES =
  /^(?:minist[eéè]ri?o|minist[eè]re|gobierno|gouvernement|governo|comit[eéê]|comisi[oó]n|commission|comiss[aã]o|tribunal|juzgado|ayuntamiento|mairie|prefeitura|asociaci[oó]n|association|associa[cç][aã]o|plataforma|plateforme|partido|parti|empresa|entreprise|ong|agencia|agence|ag[eê]ncia|consejo|conseil|conselho|polic[ií]a|police|ej[eé]rcito|arm[eé]e|ex[eé]rcito|fiscal[ií]a|junta|universidad|universit[eé]|universidade|instituto|institut|sindicato|syndicat|texto|texte|comunicado|communiqu[eé]|informe|rapport|relat[oó]rio|auto|decisi[oó]n|d[eé]cision|decis[aã]o|sentencia|senten[cç]a|nota|note|carta|lettre|documento|document|grupo|groupe|casa|maison|pal[aá]cio|palais|palacio|oficina|bureau|servicio|service|servi[cç]o|artigo|article|art[ií]culo|lei|loi|ley|c[oó]digo|code|r[eé]cit|relato|entrevista|entretien|livre|libro|livro|estudo|[eé]tude|estudio|decreto|d[eé]cret|direcci[oó]n|direction|dire[cç][aã]o|organizaci[oó]n|organisation|organiza[cç][aã]o)$/i;

/**
 * The gender a definite description of one person gives by its article ("la syndicaliste" f, "el
 * instructor" m, "l’avocat" unknown); null for what is no such description: a plural, a body or a text ("el
 * ministerio", "o artigo"), a name ("la CGT"), or a person known by a relation to someone else ("le
 * conseiller du président", "la hija del empresario"), whom the text introduces rather than recalls.
 */
export function definiteGender(lang: RomanceLanguage, description: string): { gender: 'm' | 'f' | null } | null {
  const words = description.split(/\s+/);
  const elided = /^l[’'](\p{Ll}.*)$/u.exec(words[0]!);
  const article = elided ? "l'" : words[0]!.toLowerCase();
  const head = elided ? elided[1]! : (words[1] ?? '');
  if (!elided && !ARTICLES[lang].has(article)) return null;
  if (PLURAL_ARTICLES.has(article) || !/^\p{Ll}/u.test(head) || BODIES.test(head) || isFunctionWord(lang, head))
    return null;
  const rest = words.slice(elided ? 1 : 2);
  // "de" and an article or a name: whom the person is related to ("du président", "de la CGT", "d’Oceana",
  // or "de" where the phrase was cut); "de" and a bare noun only classifies ("el ingeniero de pista").
  const relation = rest.some(
    (w, i) =>
      /^(?:du|des|del|do|da|dos|das|d[’']\p{Lu}.*|d[’']$)$/iu.test(w) ||
      (/^de$/i.test(w) &&
        (i + 1 >= rest.length || ARTICLES[lang].has(lower(rest[i + 1])) || /^\p{Lu}|^l[’']/u.test(rest[i + 1]!))),
  );
  return relation ? null : { gender: ARTICLE_GENDER[article] ?? null };
}

/** Plural articles: "las autoridades", "les enquêteurs", "os manifestantes" are a group, never one person. */
const PLURAL_ARTICLES = new Set(['les', 'los', 'las', 'os', 'as']);

/** The gender a description's article gives it: "la jefa", "el jefe", "o procurador", "le ministre". */
const ARTICLE_GENDER: Record<string, 'm' | 'f'> = { le: 'm', la: 'f', el: 'm', o: 'm', a: 'f' };

/**
 * The person a definite description stands for when no title says it ("dijo el jefe de Gobierno polaco",
 * "ajoute le politique letton"): the one person the sentence before and the description's own sentence
 * name in full before it, outside the quotation, of the gender its article gives it when the name's is
 * known; null when they name none or more than one.
 */
export function nearbyPerson(
  lang: RomanceLanguage,
  description: string,
  text: string,
  sentence: { start: number; end: number },
  quote: { start: number; end: number },
): string | null {
  const [article, head] = description.toLowerCase().split(/\s+/);
  if (!ARTICLES[lang].has(article!) || PLURAL_ARTICLES.has(article!) || !head || BODIES.test(head)) return null;
  // From the start of the sentence before to where the description is written.
  let from = sentence.start;
  while (from > 0 && /[\s.!?]/.test(text[from - 1]!)) from--;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1]!)) from--;
  const at = text.lastIndexOf(description, sentence.end);
  const to = at >= sentence.start ? at : sentence.end;
  const window = text.slice(from, to).replace(text.slice(quote.start, quote.end), ' ');
  const names = new Set<string>();
  for (const m of window.matchAll(new RegExp(FULL_NAME, 'gu'))) {
    const name = romanceName(lang, m[0], text);
    if (!name?.includes(' ')) continue;
    // A person's: opening with a given name, or written after no article or preposition ("la Nouvelle
    // Union", "de San Isidro", "do Código de Defesa" are not people).
    const previous = /(\S+)\s*$/u.exec(window.slice(0, m.index))?.[1]?.toLowerCase() ?? '';
    const governed =
      (isFunctionWord(lang, previous) || PARTICLES.has(previous) || /^l[’']$/.test(previous)) &&
      !/^(?:y|e|et)$/.test(previous);
    const first = name.split(' ')[0]!;
    if ((isGivenName(first) && !SAINTS.test(first)) || !governed) names.add(name);
  }
  if (names.size !== 1) return null;
  const [name] = names as unknown as [string];
  const gender = givenName(name.split(' ')[0]!);
  const expected = ARTICLE_GENDER[article!];
  return gender && expected && gender !== expected ? null : name;
}
