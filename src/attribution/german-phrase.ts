// A German noun phrase that names a speaker, read with German grammar: an article and adjectives before a
// noun ("der stellvertretende SPD-Vorsitzende"), its genitive or "von" complement ("der Leiter des
// Programms der WHO"), a party in brackets ("Renate Schmidt (SPD)"), a role before a name ("Bundeskanzlerin
// Angela Merkel"), and a name set off by commas after a description ("Der Direktor des Hilfswerks, Anthony
// Lake, sagte"). What it names is the person's name where it has one, its role the words before; else the
// description as written.

import type { Token } from '../text/tokens';
import german from './data/german.json';
import { givenName } from './given-names';
import { TITLE_COMPOUND, TITLE_WORDS } from './lexicon';
import { joinTokens, type Phrase } from './phrases';

const FUNCTION_WORDS = new Set(german.functionWords.split(' '));
/** Articles and the possessives that open a noun phrase like one ("seine Sprecherin"). */
const DETERMINERS = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines dieser diese dieses diesen diesem ' +
    'sein seine seiner seinen seinem ihr ihre ihrer ihren ihrem'
  ).split(' '),
);
/** Adverbs that may stand before an adjective: "ein nicht genannter Vertreter", "die sehr erfolgreiche Firma". */
const DEGREE = new Set(['nicht', 'sehr', 'besonders', 'bisher', 'noch', 'bereits', 'ebenfalls']);
/** Articles of the genitive, which joins a complement to its noun: "der Leiter des Programms". */
const GENITIVE = new Set(['des', 'der', 'eines', 'einer']);
/** Words inside a name that are not capitalised: "Karl-Theodor zu Guttenberg", "Ursula von der Leyen". */
const NAME_PARTICLES = new Set(['von', 'van', 'zu', 'de', 'da', 'di', 'del', 'bin', 'al', 'el', 'le', 'la', 'ten']);
/** Nouns of persons by their role, as German forms them: "Teamchef", "Hamasführer", "Projektleiterin". */
const ROLE_NOUN = new RegExp(
  `(?:${[
    'chef',
    'führer',
    'leiter',
    'direktor',
    'vorsitzende[nr]?',
    'sekretär',
    'senator',
    'trainer',
    'kommissar',
    'beauftragte[nr]?',
    'botschafter',
    'richter',
    'anwalt',
    'anwältin',
    'sprecher',
    'minister',
    'kanzler',
    'präsident',
    'meister',
    'experte',
    'expertin',
    'professor',
    'abgeordnete[nr]?',
    'bischof',
    'papst',
    'könig',
    'gouverneur',
    'general',
    'premier',
    'moderator',
    'autor',
    'schriftsteller',
    'sänger',
    'schauspieler',
    'politiker',
    'arzt',
    'ärztin',
    'journalist',
    'forscher',
    'wissenschaftler',
    'kritiker',
    'künstler',
    'regisseur',
    'musiker',
    'spieler',
    'manager',
    'unternehmer',
    'mitarbeiter',
    'vertreter',
    'gründer',
    'ermittler',
    'polizist',
    'soldat',
    'kandidat',
    'aktivist',
    'historiker',
    'analyst',
    'pfarrer',
    'priester',
    'lehrer',
    'student',
    'zeuge',
    'zeugin',
    'bürgermeister',
    'vorstand',
    'chefredakteur',
    'redakteur',
    'kommandeur',
    'funktionär',
  ].join('|')})(?:in)?$`,
  'iu',
);

/** Prepositions that open a setting before the verb: "Gegenüber NDR Info äußerte er sich". */
export const SETTING_PREPOSITIONS =
  /^(?:am|im|vom|beim|zum|zur|zu|in|an|auf|vor|nach|bei|gegen|gegenüber|mit|über|für|aus|seit|während|unter)$/;

const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? '';
const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';
const isCap = (t: Token | undefined): t is Token => isWord(t) && /^\p{Lu}/u.test(t.text);
/** An adjective or participle before a noun, inflected ("bayerische", "amtierenden", "neuen", "23-jährige"). */
const adjective = (t: Token | undefined) =>
  isWord(t) &&
  /^[\p{Ll}\d][\p{L}\d-]*(?:e|en|er|es|em)$/u.test(t.text) &&
  !DETERMINERS.has(lower(t)) &&
  !/^(?:er|sie|es|wir|ihr|ihnen|ihm|ihn|aber|oder|oben|unten|innen|außen|gegen|unter|über|hinter|wieder|immer|wer|wessen|jener|jene|welche|welcher|welches|welchen|deren|dessen|denen|selber|sondern)$/.test(
    lower(t),
  );

/** A capitalised given name, or a compound of one ("Karl-Theodor"). */
const given = (t: Token) => isCap(t) && givenName(t.text.split('-')[0]!) !== undefined;

/** Is this word a role that a name may follow ("Präsident Gusmão", "CDU-Generalsekretär Volker Kauder")? */
export function roleWord(word: string): boolean {
  const w = word.toLowerCase();
  return TITLE_WORDS.has(w) || TITLE_COMPOUND.test(w) || ROLE_NOUN.test(w.replace(/^.*-/, ''));
}

/**
 * The end of a run of capitalised words from `from`, before `ceiling`, with name particles between them
 * after a given name, or anywhere where the run is known to be a name (`particles`).
 */
function capitalRun(tokens: Token[], from: number, ceiling: number, particles = false): number {
  let k = from;
  while (k < ceiling) {
    // A capitalised function word goes on a name ("Lothar Nicht"), but opens none.
    if (isCap(tokens[k]) && (k > from || !FUNCTION_WORDS.has(lower(tokens[k])))) k++;
    // A particle only inside a person's name, after a given name: not "die Morde von Duisburg".
    else if (
      NAME_PARTICLES.has(tokens[k]!.text) &&
      isCap(tokens[k + 1]) &&
      k + 1 < ceiling &&
      (particles || tokens.slice(from, k).some(given))
    )
      k++;
    else break;
  }
  return k;
}

/**
 * Past the complements of a noun ending at k: "des Programms der WHO", "vom Sender RTVE", "der Fraktion im
 * Bundestag", "beim Klimagipfel", "(SPD)".
 */
function complements(tokens: Token[], k: number, ceiling: number, described = true): number {
  for (let n = 0; n < 4 && k < ceiling; n++) {
    const w = lower(tokens[k]);
    let j = k;
    // (A place after a name is the setting: "sagte Seibert in Berlin"; after a description, part of it.)
    if (GENITIVE.has(w) || /^(?:von|vom)$/.test(w) || (described && /^(?:im|beim|in)$/.test(w))) {
      j++;
      if ((w === 'von' || w === 'in') && DETERMINERS.has(lower(tokens[j]))) j++;
      while (j < ceiling && adjective(tokens[j])) j++;
      const end = capitalRun(tokens, j, ceiling);
      if (end === j) break;
      k = end;
    } else if (tokens[k]!.text === '(' && isCap(tokens[k + 1]) && tokens[k + 2]?.text === ')' && k + 2 < ceiling) {
      k += 3;
    } else break;
  }
  return k;
}

/**
 * A person's name that is the whole segment [from, to), a party in brackets aside: capitalised words, two or
 * more, or a known given name; no role ("Parteichef der Liberalen") nor complement.
 */
function nameSegment(tokens: Token[], from: number, to: number): boolean {
  let end = capitalRun(tokens, from, to, true);
  if (tokens[end]?.text === '(' && tokens[end + 2]?.text === ')') end += 3;
  if (end !== to || !isCap(tokens[from]) || roleWord(tokens[from]!.text)) return false;
  const words = tokens.slice(from, to).filter(isCap);
  return (
    words.length >= 2 || (words.length === 1 && givenName(words[0]!.text) !== undefined && !roleWord(words[0]!.text))
  );
}

/**
 * The speaker phrase that opens at token i, read no further than `ceiling`: a person (name, with the role
 * before it or around it) or a description ("Der Hauptgeschäftsführer des BPI"); null where no noun phrase
 * opens there.
 */
export function germanPhrase(tokens: Token[], i: number, ceiling: number): Phrase | null {
  let k = i;
  const article = DETERMINERS.has(lower(tokens[k]));
  if (article) k++;
  // Adjectives, and those a number opens, written as number, hyphen, word ("Der 23-jährige Sportler").
  for (let n = 0; article && n < 4 && k < ceiling; n++) {
    if (adjective(tokens[k])) k++;
    else if (DEGREE.has(lower(tokens[k])) && adjective(tokens[k + 1]) && k + 1 < ceiling) k += 2;
    else if (tokens[k]!.kind === 'num' && tokens[k + 1]?.text === '-' && adjective(tokens[k + 2]) && k + 2 < ceiling)
      k += 3;
    else break;
  }
  const head = k;
  // A noun a number opens: "Der 58-Jährige".
  if (article && tokens[k]?.kind === 'num' && tokens[k + 1]?.text === '-' && isCap(tokens[k + 2]) && k + 2 < ceiling)
    k += 2;
  k = capitalRun(tokens, k, ceiling);
  if (k === head || FUNCTION_WORDS.has(lower(tokens[head]))) return null;
  // One person's two roles: "Der frühere Bürgermeister und Justizsenator, Henning Scherf", "Der
  // Landtagsabgeordnete und SPD-Fraktionschef Andreas Stoch".
  if (
    article &&
    k === head + 1 &&
    roleWord(tokens[head]!.text) &&
    lower(tokens[k]) === 'und' &&
    isCap(tokens[k + 1]) &&
    roleWord(tokens[k + 1]!.text) &&
    k + 1 < ceiling
  )
    k = capitalRun(tokens, k + 1, ceiling);
  const runEnd = k;
  k = complements(tokens, k, ceiling, article || (runEnd - head === 1 && roleWord(tokens[head]!.text)));
  // A name the commas set off after a description: "Der Direktor des Hilfswerks, Anthony Lake, sagte" (not
  // after a name: "Bill Graham, Parteichef der Liberalen").
  const described = article || (runEnd - head === 1 && roleWord(tokens[head]!.text));
  if (described && tokens[k]?.text === ',' && k + 1 < ceiling) {
    let e = k + 1;
    while (e < ceiling && isWord(tokens[e])) e++;
    // A party in brackets after the name: "Henning Scherf (SPD), warnte".
    if (tokens[e]?.text === '(' && isCap(tokens[e + 1]) && tokens[e + 2]?.text === ')' && e + 2 < ceiling) e += 3;
    if (e > k + 1 && (e >= ceiling || /^[,:;.!?)]$/.test(tokens[e]!.text)) && nameSegment(tokens, k + 1, e)) {
      const nameEnd = capitalRun(tokens, k + 1, e, true);
      return person(tokens, i, k + 1, nameEnd, joinTokens(tokens, i, k), e);
    }
  }
  // Where the person's name opens in the run: at a given name, or after the role that opens it.
  let name = -1;
  for (let j = head; j < runEnd; j++)
    if (given(tokens[j]!) && !roleWord(tokens[j]!.text) && j + 1 < runEnd) {
      name = j;
      break;
    }
  if (name < 0 && runEnd - head >= 2 && roleWord(tokens[head]!.text)) name = head + 1;
  // "Obamas Einsatz", "Schäubles Idee": a genitive name before its noun is a description of a thing.
  const possessive = !article && runEnd - head === 2 && name < 0 && /[^s]s$/.test(tokens[head]!.text);
  if (possessive)
    return { kind: 'description', from: i, to: k, name: joinTokens(tokens, i, k), role: null, gender: null };
  if (name < 0 && !article && runEnd === k && !roleWord(tokens[head]!.text)) name = head;
  if (name >= 0) {
    const role = [joinTokens(tokens, i, name), joinTokens(tokens, runEnd, k)].filter(Boolean).join(' ');
    return person(tokens, i, name, runEnd, role, k);
  }
  const text = joinTokens(tokens, i, k);
  return { kind: 'description', from: i, to: k, name: text, role: null, gender: null };
}

/** The person named by tokens [from, to) in the phrase [start, end), with the role the other words give. */
function person(tokens: Token[], start: number, from: number, to: number, role: string, end: number): Phrase {
  const bare = role.replace(/^(?:der|die|das|ein|eine)\s+/i, '').trim();
  return {
    kind: 'person',
    from: start,
    to: end,
    name: joinTokens(tokens, from, to),
    role: bare || null,
    gender: givenName(tokens[from]!.text.split('-')[0]!) ?? null,
  };
}
