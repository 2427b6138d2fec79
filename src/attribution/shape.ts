// What a speaker's name and role must look like before a reader sees them. The phrase reader finds who
// speaks; this says when what it found is no name at all (a pronoun, a common word, a dateline, a credit),
// a name with a word of the sentence glued to it ("Citing John Locke", "Realtor Ghulam"), the wrong kind
// ("AP" is no person), or a role that is a piece of the sentence ("and Thomas Jefferson", "at the free
// throw line", "Queens").

import { givenName } from './given-names';
import {
  DETERMINERS,
  FOREIGN_ROLE_WORDS,
  HONORIFICS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NOBODY,
  NON_NAME_CAPITALS,
  neverNominal,
  nounFor,
  onlyAdjective,
  onlyPlural,
  PLACE_NAMES,
  POSSESSIVES,
  PRONOUNS,
  personSense,
  ROLE_OPENERS,
  TITLE_WORDS,
  verbForm,
} from './lexicon';
import type { SpeakerKind } from './model';

export interface Shaped {
  name: string;
  role: string | null;
  kind: SpeakerKind;
}

/**
 * What the article says of whom the name is for: a gender ("he", "Mrs.", a given name), a source ("according
 * to"), that the name is a word it also writes in lower case ("staff"), or a place it writes "in" before.
 */
export interface Said {
  gendered?: boolean;
  source?: boolean;
  ordinary?: boolean;
  /** The article writes "in" before the name: "in Beijing". */
  place?: boolean;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const bare = (w: string) => w.toLowerCase().replace(/[.,;:]+$/, '');
const capitalised = (w: string) => /^\p{Lu}/u.test(w);

/** Pronouns, alone or with their verb, in any language the finder reads: "me", "he’d", "a-t-elle". */
const NOBODY_WORDS = /^(?:i|me|you|he|him|she|her|it|we|us|they|them)(?:['’]\p{L}+)?$|^\p{L}+-t-(?:il|elle|on)$/u;

/** Does a role name a person's job, rank or tie ("spokesman for the mayor", "co-owner"), not a place or a thing? */
const personal = (role: string) =>
  words(role).some((w) => {
    const b = bare(w);
    // An abbreviated title keeps its stop: "Supt.", "Lt.".
    return [b, `${b}.`, b.split('-').at(-1)!].some((x) => nounFor(x) === 'person' || TITLE_WORDS.has(x));
  });

/** An affiliation written as a name ("Morningstar", "New York Daily News"): capitalised words and their particles. */
const affiliation = (role: string) =>
  capitalised(role) && words(role).every((w) => capitalised(w) || /^(?:of|the|and|&|for|de|du|von|van)$/.test(w));

/** A dateline ("LONDON (Reuters)", "BEIJING:"), a credit ("Craig McDean/GQ") or a label, never a speaker. */
const FURNITURE = /\((?:Reuters|AP|AFP|CNN|UPI|Bloomberg)\)|\/|:$/u;

/** A place in capitals opening a wire story ("LONDON", "NEW YORK"), not an acronym ("ESPN"). */
const isDateline = (name: string) => /^[\p{Lu} .]+$/u.test(name) && PLACE_NAMES.has(name.toLowerCase());

/**
 * The speaker as a reader should see them, or null when what was found names nobody. A one-word name comes
 * here only when the article names nobody fuller with it (it would have been resolved to them).
 */
export function shapeSpeaker(found: Shaped, said: Said = {}): Shaped | null {
  let { name, role, kind } = found;
  // "Our Declan Harty writes": a possessive before a name that a given name opens owns the person, who is
  // no description.
  const owned = words(name);
  if (
    kind === 'description' &&
    owned.length > 2 &&
    POSSESSIVES.has(owned[0]!.toLowerCase()) &&
    givenName(owned[1]!) !== undefined &&
    owned.slice(1).every((w) => capitalised(w))
  )
    return shapeSpeaker({ name: owned.slice(1).join(' '), role, kind: 'person' }, said);
  if (kind === 'description') return descriptionWords(name) ? { name, role: cleanRole(role, kind), kind } : null;
  if (FURNITURE.test(name) || isDateline(name)) return null;
  // A function word read as a name ("The" of "The promise to “…” appeals to …") names no one.
  if (NON_NAME_CAPITALS.has(name) && !/\s/.test(name)) return null;
  // A place ("in Beijing", "in Staten Island") that stands for its government or its people is no one a card
  // can name, unless a given name or a he/she makes it a person's.
  if (said.place && !said.gendered && givenName(words(name)[0]!) === undefined) return null;
  let parts = words(name);
  // Markup that printed a name twice: "Jennifer Rubin Jennifer Rubin".
  const half = parts.length / 2;
  if (parts.length % 2 === 0 && parts.slice(0, half).join(' ') === parts.slice(half).join(' '))
    parts = parts.slice(half);
  // Words of the sentence glued before the name ("Citing John Locke", "Our Declan Harty", "Longtime Donald
  // Trump"), and a job written as a title ("Realtor Ghulam", "Sociologist Elizabeth Sweet"): the name starts
  // after them, a job becomes the role.
  // A body's name keeps its acronym and its title words: "US Airways Express", "National Book Award".
  const bodyWord = (w: string) => /^\p{Lu}{2,}$/u.test(w) || TITLE_WORDS.has(bare(w)) || nounFor(bare(w)) === 'person';
  while (parts.length > 1 && gluedBefore(parts[0]!) && !(kind !== 'person' && bodyWord(parts[0]!))) {
    const word = parts.shift()!;
    if (nounFor(bare(word)) === 'person' || TITLE_WORDS.has(bare(word))) role = role ? `${word} ${role}` : word;
  }
  // Titles before a given name that opens a full name are its role ("VP Bill Shine", "Condor-Sprecherin
  // Magdalena Hauser"): acronyms or title words, none of them a given name.
  if (kind === 'person' && parts.length >= 3) {
    const given = parts.findIndex((p, i) => i > 0 && i < parts.length - 1 && givenName(p) !== undefined);
    const before = parts.slice(0, Math.max(given, 0));
    if (given > 0 && before.every((p) => givenName(p) === undefined && titleWord(p))) {
      parts = parts.slice(given);
      // The role read before them precedes them: "Verizon executive VP Marni Walden".
      role = role ? `${role} ${before.join(' ')}` : before.join(' ');
    }
  }
  name = parts.join(' ');
  if (kind === 'person' && parts.length === 1) {
    const word = parts[0]!;
    const w = bare(word);
    // Nor is a word that is never a noun: "Would", "Here", and an adjective alone ("Democratic", "Small").
    if (NOBODY.has(w) || PRONOUNS[w.replace(/['’].*$/, '')] || neverNominal(w) || onlyAdjective(w)) return null;
    // A word the article also writes in lower case, no given name, and nothing says it is a he or a she
    // ("Mr. Pence", "he"): a label or a piece of the sentence ("Production: …", "Coming from someone who …",
    // "Staff on short-term contracts said …").
    if (said.ordinary && givenName(word) === undefined && !said.gendered) return null;
    // An acronym is a body's ("AP", "TMZ"), never a person's as a person is written.
    if (/^\p{Lu}{2,6}$/u.test(word)) kind = 'organization';
    else if (givenName(word) === undefined) {
      // A one-word name that is a plural or a place, and no given name, is no person.
      if (onlyPlural(w) || PLACE_NAMES.has(w)) return null;
      // A source one-word name that nothing marks as a person's ("according to Gartner") is a body's.
      if (said.source && !said.gendered && !(role && personal(role))) kind = 'organization';
    }
  }
  if (kind === 'person' && parts.some((p, i) => i > 0 && !nameWord(p))) return null;
  // "John Carney’s director said": the name read was the owner's, not the speaker's.
  if (kind === 'person' && /['’]s$/.test(name)) return null;
  return { name, role: cleanRole(role, kind), kind };
}

/**
 * Is `alias` a way of writing the name ("Attorney General Jeff Sessions", "Sessions" for Jeff Sessions), not
 * a stretch of the sentence around it ("Ask Damien Chazelle", "that Putin thinks Clinton")? It ends as the
 * name ends, and is made of a title's and a name's words.
 */
export function isAlias(alias: string, name: string): boolean {
  const parts = words(alias);
  const first = parts[0]!;
  if (parts.at(-1) !== words(name).at(-1) || !capitalised(first)) return false;
  if (gluedBefore(first) && !TITLE_WORDS.has(bare(first))) return false;
  return parts.every((p) => nameWord(p) || TITLE_WORDS.has(bare(p)));
}

/** A word that may stand inside a person's name: capitalised, an initial, a particle, a suffix. */
const nameWord = (w: string) =>
  capitalised(w) || NAME_PARTICLES.has(w) || NAME_SUFFIXES.has(w) || /^\p{Lu}\.$/u.test(w) || /^['’]/.test(w);

/** A title or a job written before a name: "VP", "Sen.", "Condor-Sprecherin". */
const titleWord = (word: string) => {
  const w = word.toLowerCase();
  return /^\p{Lu}{2,4}$/u.test(word) || [w, w.split('-').at(-1)!].some((x) => TITLE_WORDS.has(x));
};

/** A word before a name that is the sentence's, not the name's: no given name, a job, an adjective, a verb. */
function gluedBefore(word: string): boolean {
  const w = bare(word);
  if (givenName(word) !== undefined || w in HONORIFICS || NAME_PARTICLES.has(w)) return false;
  return (
    nounFor(w) === 'person' ||
    neverNominal(w) ||
    NOBODY.has(w) ||
    /^(?:then|longtime|former|late|our|my|his|her|their|its|citing|coming|depuis|from)\b/i.test(w)
  );
}

/**
 * A description that stands for someone ("a spokesman", "officials", "the gambling tycoon", "one person with
 * knowledge of the talks", "the report"), not a piece of the sentence ("the new", "that"): its head is a noun.
 */
function descriptionWords(name: string): boolean {
  const ws = words(name);
  const first = bare(ws[0] ?? '');
  // A pronoun ("me", "he’d", "a-t-elle") or a stretch that opens with a preposition ("as Trump’s first …").
  if ((ws.length === 1 && NOBODY_WORDS.test(first)) || ROLE_OPENERS.has(first)) return false;
  const complement = ws.findIndex((w, i) => i > 0 && /^(?:of|for|at|in|from|with|to|on|who)$/.test(w));
  const head = complement > 0 ? ws[complement - 1]! : ws[ws.length - 1]!;
  // A capitalised head is a noun here ("the Utah Republican"), whatever else the word can be.
  if (capitalised(head) && ws.length > 1) return true;
  return !neverNominal(bare(head)) && !onlyAdjective(bare(head)) && !DETERMINERS.has(bare(head));
}

/** Words of the longest role shown: "senior director of mechanical engineering at Microsoft" has 7. */
const MAX_ROLE_WORDS = 12;

/** A role in English, as far as its letters and words tell: no other language's little words, a word the lexicon knows. */
const english = (role: string) =>
  /^[\x20-\x7e’‘–—]*$/.test(role) &&
  !words(role).some((w) => FOREIGN_ROLE_WORDS.has(w.toLowerCase())) &&
  words(role).some((w) => {
    const b = bare(w).replace(/['’].*$/, '');
    return nounFor(b) !== null || neverNominal(b) || onlyPlural(b) || onlyAdjective(b) || verbForm(b) !== undefined;
  });

/** Words after which a role's head has ended: its complement ("director of …", "spokesman for …"). */
const HEAD_ENDS = /^(?:of|for|at|in|from|with|to|on|by|about|since|who|which|that)$/i;

/**
 * An English role as far as it names what its bearer is: each part of it (between commas) has a head (its
 * last word before a complement) that is a noun for a person or a title, an age ("61-year-old") or a name
 * ("WSJ", "New York Daily News") for a person, and a noun for a body ("the school", "a research firm") or a
 * name for an organisation. A role whose first part is a piece of the sentence ("image", "support", "lawsuit
 * of Fox anchor", "iron minerals oxidize") is none; later parts that are one are cut ("President,
 * gold-trimmed Boeing 757 behind him").
 */
export function fittingRole(role: string, kind: SpeakerKind): string | null {
  if (kind === 'description') return role;
  const parts = role.split(/,\s+/);
  if (!headFits(parts[0]!, kind)) return null;
  // After a complement, commas go on listing its objects ("collector of games, tarot cards and books").
  if (words(parts[0]!).some((w, i) => i > 0 && HEAD_ENDS.test(w))) return role;
  const fits = parts.findIndex((part) => !headFits(part, kind));
  return fits < 0 ? role : parts.slice(0, fits).join(', ');
}

/** Does the head of one part of a role name what a person or a body of this kind is? */
function headFits(part: string, kind: SpeakerKind): boolean {
  const ws = words(part);
  const end = ws.findIndex((w, i) => i > 0 && HEAD_ENDS.test(w));
  const head = (end > 0 ? ws.slice(0, end) : ws).at(-1);
  if (!head) return false;
  if (capitalised(head)) return true;
  const b = bare(head).replace(/[()]/g, '');
  const forms = [b, b.split('-').at(-1)!, b.replace(/s$/, '')];
  if (kind === 'organization') return forms.some((w) => nounFor(w) === 'group');
  // A plural head ("the FBI agents working the case") is people, not one person's role.
  if (/[^s]s$/.test(b) && personSense(b.slice(0, -1))) return false;
  return /^\d+-year-old$/.test(b) || forms.slice(0, 2).some((w) => personSense(w) || TITLE_WORDS.has(w));
}

/** Prepositions that end no role: what followed them (a title, a place after a dash) was lost. */
const DANGLING = /(?:^|[\s-])(?:of|for|at|in|from|with|to|on|by|about)$/i;

/**
 * A role as a reader should see it: none when it opens as no role does, is only a place (a hometown,
 * "Queens"), or breaks off on a preposition; cut before a second person ("…, and John Doe") or a verb that runs
 * on into the sentence. A person's role names a job, a rank or a tie, or is an affiliation; anything else
 * ("likes flowers", "his role", "haven’t used") is a piece of the sentence.
 */
export function cleanRole(role: string | null, kind: SpeakerKind = 'person'): string | null {
  if (!role) return null;
  let parts = words(role);
  // A possessive's "s" left behind when the owner was read as a name ("Parse.ly’s CTO").
  if (parts.length > 1 && /^[b-z]$/i.test(parts[0]!)) parts = parts.slice(1);
  const first = bare(parts[0] ?? '');
  if (ROLE_OPENERS.has(first) || NOBODY.has(first) || PRONOUNS[first] || verbForm(first) === 'finite') return null;
  if (POSSESSIVES.has(first)) return null;
  const cut = parts.findIndex(
    (w, i) =>
      i > 0 &&
      ((/^(?:and|or)$/i.test(w) && capitalised(parts[i + 1] ?? '') && givenName(parts[i + 1]!) !== undefined) ||
        (verbForm(bare(w)) === 'finite' && !capitalised(w)) ||
        /^(?:who|which|that|whose)$/i.test(w)),
  );
  let kept = (cut > 0 ? parts.slice(0, cut) : parts).join(' ').replace(/[,;:\s]+$/, '');

  // Several roles read into one that runs on: the first of them.
  if (words(kept).length > MAX_ROLE_WORDS) kept = kept.split(/,\s*/)[0]!;
  if (words(kept).length > MAX_ROLE_WORDS) return null;
  if (!kept || PLACE_NAMES.has(kept.toLowerCase()) || DANGLING.test(kept) || NAME_PARTICLES.has(kept)) return null;
  // A verb's contraction ("haven’t used") or a bracket left open ("186 cm (16/17"): a piece of the sentence.
  if (
    /n['’]t\b|['’](?:ve|ll|re)\b/i.test(kept) ||
    (kept.match(/\(/g) ?? []).length !== (kept.match(/\)/g) ?? []).length
  )
    return null;
  if (kind === 'person' && english(kept) && !personal(kept) && !affiliation(kept)) return null;
  return kept;
}
