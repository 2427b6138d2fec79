// German attribution: the clause that names who spoke, read with German word order. The finite verb stands
// second, so the speaker may follow it ("Vor dem Landtag sagte Müller: „…“", "„…“, erklärte der Minister");
// separable verbs leave their particle at the clause's end ("stellte der Minister fest:"), reflexive ones
// take "sich" ("äußerte sich Bush:"); so, laut, zufolge and nach Angaben name a source; "heißt es" names
// the text it is written in, where it says ("In dem Antrag heißt es"), else none. German capitalises every noun, so a capital says nothing of a name: no function word is one.

import { escapeRegExp } from '../text/chars';
import type { Token } from '../text/tokens';
import type { Clause, Cue } from './cues';
import german from './data/german.json';
import { germanPhrase, roleWord, SETTING_PREPOSITIONS } from './german-phrase';
import { antecedent, genderOf } from './german-pronouns';
import { givenName } from './given-names';
import { TITLE_COMPOUND, TITLE_WORDS } from './lexicon';
import { joinTokens, type Phrase, phraseAt } from './phrases';

/** Articles, pronouns, prepositions, conjunctions, adverbs, auxiliaries (stopwords-iso's German list). */
const FUNCTION_WORDS = new Set(german.functionWords.split(' '));
/** Articles: they open a description of a speaker ("der Sprecher", "die Polizei"). */
const ARTICLES = new Set('der die das den dem des ein eine einen einem einer eines'.split(' '));
/** Articles that are never a subject's: dative, accusative and genitive forms ("dem Minister", "den Vorgang"). */
const OBJECT_ARTICLES = new Set('den dem des einen einem eines seinen seinem ihren ihrem'.split(' '));
/** Auxiliaries and modals in second place, the reporting participle at the clause's end ("X hat erklärt:"). */
const AUXILIARY =
  /^(?:hat|hatte|haben|hatten|habe|ist|war|sind|waren|sei|wird|wurde|werden|wurden|will|wollte|soll|sollte|kann|konnte|muss|musste)$/;
/** Nouns of what someone said or thinks, after "nach": "nach Angaben der Polizei", "nach Auffassung des Gerichts". */
const SAID_NOUNS =
  /^(?:angaben|auffassung|ansicht|meinung|worten|aussagen?|darstellung|einschätzung|informationen|berichten|erkenntnissen)$/;
/** Pronouns that open a relative clause after its comma. */
const RELATIVE = /^(?:der|die|das|dem|den|deren|dessen|welche|welcher|welches|welchen|welchem)$/;
/** Conjunctions that open a subordinate clause. */
const SUBORDINATORS = /^(?:dass|ob|weil|wenn|als|obwohl|nachdem|während|damit|sodass|falls|bevor|da|wie|wobei)$/;
/** Words that introduce a source before it (laut X, gemäß X, nach Angaben X) or after it (X zufolge). */
const SOURCE_BEFORE = new Set(['laut', 'gemäß']);

/**
 * Reporting verbs, by their finite forms (third person, present and past), with the particle a separable
 * verb leaves at the clause's end ("" for none) and whether it needs "sich".
 */
const VERBS = new Map<string, { particle: string; reflexive: boolean }>();

/** Weak verbs' stems: sag → sagt, sagte, sagten, sagen. */
const WEAK =
  'sag erklär beton mein warn kritisier forder frag antwort ergänz bekräftig versicher bericht behaupt erläuter ' +
  'mahn beklag bestätig dementier kommentier entgegn erwider schilder bilanzier resümier klag lob argumentier ' +
  'folger spott jubel appellier bezeichn verkünd twitter präzisier beteuer wiederhol ' +
  'prophezei prognostizier urteil informier charakterisier begründ bemerk bedauer verteidig begrüß verurteil ' +
  'bezweifel würdig skandier meld erzähl konter rechtfertig äußer';
for (const stem of WEAK.split(' ')) {
  const t = /[dt]$/.test(stem) || /[^aeiouäöülr]n$/.test(stem) ? `${stem}et` : `${stem}t`;
  for (const form of [t, `${t}e`, `${t}en`, `${stem}en`, `${stem}n`.replace(/nn$/, 'n')])
    VERBS.set(form, { particle: '', reflexive: false });
}
// Strong and mixed verbs, as they are written.
for (const form of (
  'schrieb schrieben schreibt schreiben nannte nannten nennt nennen sprach sprachen spricht rief riefen ruft ' +
  'beschrieb beschreibt riet rät unterstrich unterstreicht verwies verweist bekannte bekennt gestand gesteht ' +
  'widersprach widersprachen widerspricht'
).split(' '))
  VERBS.set(form, { particle: '', reflexive: false });
// Separable verbs: the finite stem and its particle.
for (const [forms, particle] of [
  ['teilte teilten teilt', 'mit'],
  ['stellte stellten stellt', 'fest'],
  ['fügte fügten fügt', 'hinzu'],
  ['gab gaben gibt', 'an'],
  ['gab gaben gibt', 'zu'],
  ['wies wiesen weist', 'hin'],
  ['führte führten führt', 'aus'],
  ['räumte räumten räumt', 'ein'],
  ['kündigte kündigten kündigt', 'an'],
  ['hob hoben hebt', 'hervor'],
  ['gab gaben gibt', 'bekannt'],
  ['wandte wandten wendet', 'ein'],
  ['merkte merkten merkt', 'an'],
  ['hielt hielten hält', 'fest'],
  ['stellte stellten stellt', 'klar'],
  ['wies wiesen weist', 'zurück'],
  ['rief riefen ruft', 'auf'],
  ['rief riefen ruft', 'aus'],
  ['strich strichen streicht', 'heraus'],
  ['schätzte schätzten schätzt', 'ein'],
  ['sicherte sicherten sichert', 'zu'],
  ['ließ ließen lässt', 'verlauten'],
] as const)
  for (const form of forms.split(' ')) VERBS.set(`${form} ${particle}`, { particle, reflexive: false });
// Participles, which end the clause after an auxiliary ("hatte den Bericht als „falsch“ zurückgewiesen"):
// weak separable verbs' by rule ("mitgeteilt", "festgestellt"), strong verbs' as they are written.
for (const key of [...VERBS.keys()]) {
  const [verb, particle] = key.split(' ');
  if (particle && particle !== 'sich' && /[^aeiou]te$/.test(verb!))
    VERBS.set(`${particle}ge${verb!.slice(0, -2)}t`, { particle: '', reflexive: false });
}
for (const form of (
  'geschrieben beschrieben gesprochen widersprochen unterstrichen verwiesen angegeben zugegeben ' +
  'bekanntgegeben hingewiesen zurückgewiesen hervorgehoben festgehalten aufgerufen ausgerufen'
).split(' '))
  VERBS.set(form, { particle: '', reflexive: false });
// Reflexive verbs: "äußerte sich", "zeigte sich überzeugt", "gab sich zuversichtlich".
for (const form of (
  'äußerte äußerten äußert zeigte zeigten zeigt gab gaben gibt erinnerte erinnerten erinnert beschwerte ' +
  'beschwerten beschwert freute freuten freut bedankte bedankten bedankt entschuldigte entschuldigten entschuldigt ' +
  'empörte empörten empört wunderte wunderten wundert'
).split(' '))
  VERBS.set(`${form} sich`, { particle: '', reflexive: true });

const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? '';
const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';

/**
 * A reporting verb as a subordinate clause ends with it: its finite form, joined to a separable particle
 * ("mitteilte", "bekanntgab"), or its participle ("berichtet", "erklärt", "mitgeteilt").
 */
function finalReportingVerb(w: string): boolean {
  if (VERBS.has(w)) return true;
  for (const key of VERBS.keys()) {
    const [verb, particle] = key.split(' ');
    if (
      particle &&
      particle !== 'sich' &&
      (w === `${particle}${verb}` || w === `${particle}ge${verb!.replace(/e$/, '')}`)
    )
      return true;
  }
  return /^(?:ge)?(?:sag|meld|bericht|erklär|beton|teil|schrieb)/.test(w) && /(?:t|et|en)$/.test(w);
}

/**
 * A verb's form inflected as an adjective before its noun, inside a noun phrase, is no verb: "das als
 * „Dschungel“ bekannte Lager", "der erklärte Gegner" (after an article, or after "als" and its quotation).
 */
function attributive(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!isWord(next) || !/^\p{Lu}/u.test(next.text) || functionWord(next.text)) return false;
  if (!/^\p{Ll}+(?:e|en|er|es|em)$/u.test(tokens[i]!.text)) return false;
  return ARTICLES.has(lower(tokens[i - 1])) || (tokens[i - 1]?.kind === 'quote' && lower(tokens[i - 2]) === 'als');
}

/** Is token i a reporting verb of the clause [i, end): its form, with its particle or "sich" where it needs one. */
function reportingVerb(tokens: Token[], i: number, end: number): boolean {
  const w = lower(tokens[i]);
  if (!isWord(tokens[i]) || attributive(tokens, i)) return false;
  if (VERBS.has(w) && !/^\p{Lu}/u.test(tokens[i]!.text.slice(1))) {
    // "sagen" and the plural forms read as nouns when capitalised after an article ("das Sagen").
    if (/^\p{Lu}/u.test(tokens[i]!.text) && ARTICLES.has(lower(tokens[i - 1]))) return false;
    return true;
  }
  if (lower(tokens[i + 1]) === 'sich' && VERBS.get(`${w} sich`)?.reflexive) return true;
  // A separable verb's particle ends its clause: "stellte der Minister fest:", past a quotation woven into it
  // ("wies dies als „Unverschämtheit“ zurück").
  let k = i + 1;
  while (k < end && (isWord(tokens[k]) || tokens[k]!.kind === 'quote')) k++;
  // "hatte den Bericht als „falsch“ zurückgewiesen": the auxiliary of the perfect, with the participle last.
  if (/^(?:hat|hatte|haben|hatten)$/.test(w) && k - 1 > i + 1) return VERBS.has(lower(tokens[k - 1]));
  return VERBS.has(`${w} ${lower(tokens[k - 1])}`) && k - 1 > i;
}

/** Prepositions of the genitive that the stopword list lacks: "Bezüglich des Startortes", "Angesichts der Lage". */
const GENITIVE_PREPOSITIONS =
  /^(?:bezüglich|hinsichtlich|angesichts|anlässlich|seitens|aufgrund|infolge|mithilfe|anhand|zwecks|anstelle|innerhalb|außerhalb|oberhalb|unterhalb|jenseits|ungeachtet|trotz)$/;

/** Demonstratives that open a noun phrase as an article does: "Dieser Arzt, Antonio Noja, schilderte …". */
const DEMONSTRATIVES = new Set(['dieser', 'diese', 'dieses']);

/** A German function word (not an article or a demonstrative): no speaker's name is one, nor opens with one. */
export const functionWord = (word: string) => {
  const w = word.toLowerCase();
  return (
    (FUNCTION_WORDS.has(w) && !ARTICLES.has(w) && !DEMONSTRATIVES.has(w)) ||
    SOURCE_BEFORE.has(w) ||
    w === 'zufolge' ||
    GENITIVE_PREPOSITIONS.test(w)
  );
};

/**
 * Can a speaker's name found in German text be someone's? Not when every word of it is a function word
 * ("Dafür", "Die Beiden"), nor when it opens with a function word other than an article ("Darin", "Laut
 * der Website", "Nachdem").
 */
export function germanName(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || functionWord(words[0]!)) return false;
  return !words.every((w) => FUNCTION_WORDS.has(w.toLowerCase()) && !(/^\p{Lu}/u.test(w) && LISTED_NOUNS.has(w)));
}

/** Nouns the function-word list holds too: capitalised, they head a name ("Die Zeit", "Der Mann"). */
const LISTED_NOUNS = new Set(
  'Beispiel Ende Gott Jahr Jahre Jahren Mann Mensch Menschen Mittel Ordnung Sache Schluss Tag Tage Tagen Teil Uhr Zeit'.split(
    ' ',
  ),
);

/** Nouns of bodies that speak, alone or at a compound's end: "Gericht", "Landespolizei", "Bundesregierung". */
const BODY_NOUN =
  /(?:gericht|polizei|regierung|ministerium|behörde|kommission|anwaltschaft|partei|fraktion|verband|gewerkschaft|konzern|agentur|stiftung|institut|senat|parlament|universität|hochschule|verwaltung|armee)$/i;

/**
 * Can a lone word found in a German article as a person's name be one? German capitalises every noun, but
 * nouns take articles and names do not: a word the article writes after one ("das Gericht", "die schwierige
 * Lage", "im Internet") is a noun, not a name.
 */
export function germanPerson(name: string, text: string): boolean {
  // A person's name takes no article: what follows one must name someone by itself ("Der PR-Berater David
  // Bendels", "die Sprecherin"); "Die Bezugsstoffe", "Der Fokus" are nouns.
  const words = name.split(/\s+/);
  if (ARTICLES.has(words[0]!.toLowerCase())) return words.length > 1 && germanPerson(words.slice(1).join(' '), text);
  // A role names someone too ("die Sprecherin", "der Staatssekretär", "der Ermittler"), as the English rules read
  // it, and so does a body that speaks ("das Gericht", "laut Polizei", "die Staatsanwaltschaft").
  if (/\s/.test(name) || TITLE_WORDS.has(name.toLowerCase()) || TITLE_COMPOUND.test(name) || roleWord(name))
    return true;
  if (BODY_NOUN.test(name)) return true;
  const article = '(?:[Dd](?:er|ie|as|em|en|es)|[Ee]in(?:e|em|en|er|es)?|[IiAa]m|[Vv]om|[Zz]um|[Zz]ur|[Bb]eim|[Ii]ns)';
  return !new RegExp(
    `(?<!\\p{L})${article}\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}${escapeRegExp(name)}(?![\\p{L}-])`,
    'u',
  ).test(text);
}

/**
 * A person named at token i, as German writes a name with its role ("der Arzt Peter Müller", "Bundeskanzlerin
 * Angela Merkel"): their name apart from the role, for the article's record of who is who; null where the
 * words there name no one for sure (a lone capitalised word is as likely a noun).
 */
export function germanMention(tokens: Token[], i: number, ceiling: number): Phrase | null {
  const p = germanPhrase(tokens, i, ceiling);
  return p?.kind === 'person' && (p.name.includes(' ') || p.role !== null) && germanName(p.name) ? p : null;
}

/** The speaker phrase at token i, if it names someone: not a function word, not a verb. */
function speakerAt(tokens: Token[], i: number, ceiling: number, sentenceStart: number): Phrase | null {
  const t = tokens[i];
  if (!isWord(t) || i >= ceiling) return null;
  // "sagte er", "Er sagte": the pronoun (capitalised only where its clause opens; "Sie" inside one is "you").
  if (/^(?:er|sie)$/.test(t.text) || (/^(?:Er|Sie)$/.test(t.text) && i === sentenceStart))
    return { kind: 'pronoun', from: i, to: i + 1, name: t.text, role: null, gender: lower(t) === 'er' ? 'm' : 'f' };
  if (functionWord(t.text) || (!/^\p{Lu}/u.test(t.text) && !ARTICLES.has(lower(t)))) return null;
  const g = germanPhrase(tokens, i, ceiling);
  if (g) return germanName(g.name) ? g : null;
  const p = phraseAt(tokens, i, ceiling, sentenceStart);
  if (!p || p.kind === 'pronoun' || !germanName(p.name)) return null;
  // Every German noun is capitalised: after an article, capitals make a name only with a title before them
  // ("der US-Präsident George W. Bush"); else they are a description ("Der englisch-sprachigen Zeitung").
  if (p.kind === 'person' && p.role === null && ARTICLES.has(lower(t)))
    return { ...p, kind: 'description', name: joinTokens(tokens, p.from, p.to), gender: null };
  return p;
}

/**
 * Is a phrase surely someone: a pronoun, a person's full name (two words, a role, a given name), or a role
 * after its nominative article ("der Sprecher", "die Ministerin")? A lone capitalised word that opens a
 * sentence may be an adverb or adjective ("Relativierend", "Aktuell"), and a noun with its article a thing.
 */
function someone(p: Phrase, tokens: Token[]): boolean {
  if (p.kind === 'pronoun') return true;
  if (p.kind === 'person')
    return p.role !== null || p.name.includes(' ') || p.name.split(' ').some((w) => givenName(w) !== undefined);
  const nominative = { der: 'm', ein: 'm', die: 'f', eine: 'f' }[lower(tokens[p.from])];
  return p.kind === 'description' && nominative !== undefined && genderOf(p, tokens) === nominative;
}

/** A lone word whose ending makes it an adverb or adjective, not a name: "Relativierend", "Aktuell", "Ähnlich". */
const adverbial = (p: Phrase) =>
  p.kind === 'person' && !p.name.includes(' ') && /(?:end|lich|weise|mals|ell|isch)$/.test(p.name);

/** The speaker phrase at i that can be a clause's subject: none opens with a dative or accusative article. */
function subjectAt(tokens: Token[], i: number, ceiling: number, sentenceStart: number): Phrase | null {
  return OBJECT_ARTICLES.has(lower(tokens[i])) ? null : speakerAt(tokens, i, ceiling, sentenceStart);
}

/** Past "sich", adverbs and a short setting ("am Montag", "in Berlin") to where a subject after the verb stands. */
function afterVerb(tokens: Token[], v: number, end: number): number {
  let j = v + 1;
  if (lower(tokens[j]) === 'sich') j++;
  for (let n = 0; n < 6 && j < end; n++) {
    const w = lower(tokens[j]);
    if (/^(?:er|sie)$/.test(tokens[j]!.text)) break;
    if (!isWord(tokens[j]) || !FUNCTION_WORDS.has(w) || ARTICLES.has(w)) {
      // "am Montag", "im Interview": a preposition fused with its article, and the noun after it.
      break;
    }
    // A preposition with its noun: "am Montag", "in Berlin", "vor dem Landtag".
    if (SETTING_PREPOSITIONS.test(w)) {
      j++;
      while (j < end && ARTICLES.has(lower(tokens[j]))) j++;
      while (j < end && isWord(tokens[j]) && !/^\p{Lu}/u.test(tokens[j]!.text)) j++;
      if (j < end && isWord(tokens[j])) j++;
      continue;
    }
    j++;
  }
  return j;
}

/**
 * The subject of a clause [from, end) whose reporting verb is at v: the phrase that opens the clause and
 * reaches the verb ("Der Minister sagte"), or the one after the verb when something else stands first ("Vor
 * dem Landtag sagte Müller", "Ähnlich äußerte sich Bush"). Of two that could be ("Der Zeitung sagte Karma"),
 * a person's name before a description.
 */
function subjectAround(tokens: Token[], from: number, v: number, end: number): Phrase | null {
  let first: Phrase | null = null;
  if (v > from) {
    const p = subjectAt(tokens, from, v, from);
    // The phrase reaches the verb, or an appositive's closing comma, "und" ("X dankte … und sagte"), or an
    // auxiliary whose participle is the verb ("X hat … erklärt").
    const next = tokens[p?.to ?? -1];
    if (
      p &&
      (p.to >= v - 1 || next?.text === ',' || /^(?:und|sowie)$/.test(lower(next)) || AUXILIARY.test(lower(next)))
    )
      first = p;
  }
  const after = subjectAt(tokens, afterVerb(tokens, v, end), end, from);
  // A lone capitalised word first ("Ähnlich äußerte sich Bush") is weaker than a full name after the verb.
  const full = (p: Phrase) =>
    (p.kind === 'person' && (p.role !== null || p.name.includes(' '))) ||
    p.name.split(' ').some((w) => givenName(w) !== undefined);
  // Only a name right after the verb ("Der Zeitung sagte Karma"), not one past a setting ("Ein Sprecher sagte zu
  // der von der Union erhobenen Forderung").
  // And only over a first phrase that may be a dative or genitive: "der" before a feminine noun, or none.
  const next = after !== null && after.from <= v + 2;
  const oblique = (p: Phrase) => lower(tokens[p.from]) === 'der' || !ARTICLES.has(lower(tokens[p.from]));
  // Of two, the one that is surely someone: the object may stand first ("Die Anwendung der Richtlinie stellte
  // der SPD-Vorsitzende in Frage", "Relativierend fügt Gall hinzu"); a pronoun first is the subject.
  if (first && after) {
    if (first.kind === 'pronoun') return first;
    if (next && !someone(first, tokens) && (someone(after, tokens) || (adverbial(first) && after.kind === 'person')))
      return after;
    return next &&
      oblique(first) &&
      ((after.kind === 'person' && first.kind !== 'person') || (full(after) && !full(first)))
      ? after
      : first;
  }
  // A description or a lone word after the verb is its subject where nothing but a setting follows it
  // ("erklärte die Fraktion zum Rücktritt", "sagte der Sprecher,", "so Rice."), not an object before more
  // words ("nannte die Idee gut", "skandierten Parolen wie …").
  const settled = (p: Phrase) => {
    const t = tokens[p.to];
    return p.to >= end || !isWord(t) || (/^\p{Ll}/u.test(t.text) && !/^(?:wie|und|oder|als|sowie)$/.test(t.text));
  };
  if (!after || (after.kind !== 'pronoun' && !full(after) && !settled(after))) return first;
  // Where a noun phrase stands first and is no subject, what follows the verb is its object unless it is a
  // full name: "Der Vorsitzende …, Frank Bsirske, würdigte Kluncker".
  const nominal = v > from && (ARTICLES.has(lower(tokens[from])) || /^\p{Lu}/u.test(tokens[from]!.text));
  const occupied =
    nominal &&
    !FUNCTION_WORDS.has(lower(tokens[from])) &&
    !GENITIVE_PREPOSITIONS.test(lower(tokens[from])) &&
    !SETTING_PREPOSITIONS.test(lower(tokens[from]));
  return first ?? (occupied && !full(after) ? null : after);
}

/**
 * The subject of the reporting verb at v in a clause [from, end) of the sentence that opens at `start`. Where
 * the clause is the verb and what follows it, after the commas of a noun phrase's appositive ("Hürter,
 * Aufsichtsvorsitzender von SWB, nennt …", "Der Vorsitzende, Frank Bsirske, würdigte Kluncker …"), the
 * subject stands before them and a noun after the verb is its object; after a subordinate clause ("Als er
 * ankam, sagte Müller"), the subject follows the verb.
 */
function subjectOf(tokens: Token[], start: number, from: number, v: number, end: number): Phrase | null {
  const w = lower(tokens[start]);
  const nounFirst =
    v === from &&
    from > start &&
    tokens[from - 1]?.text === ',' &&
    (ARTICLES.has(w) ||
      /^(?:sein|seine|ihr|ihre|dieser|diese)$/.test(w) ||
      (/^\p{Lu}/u.test(tokens[start]!.text) && !FUNCTION_WORDS.has(w)));
  const near = subjectAround(tokens, from, v, end);
  if (near && (!nounFirst || near.kind === 'pronoun')) return near;
  return from > start ? subjectAround(tokens, start, v, end) : null;
}

/**
 * Who is quoted in a clause after the quotation: "„…“, zitiert die „Computerwoche“ Lynch" (the object after
 * the medium), "„…“, zitierte man Alvarez", "„…“, wird Panetta zitiert" (the subject of the passive).
 */
function citedAfter(tokens: Token[], a: number, end: number, start: number): Phrase | null {
  const w = lower(tokens[a]);
  if (/^(?:wird|wurde)$/.test(w)) {
    const p = subjectAt(tokens, a + 1, end, start);
    return p && /^zitiert$/i.test(tokens[p.to]?.text ?? '') ? p : null;
  }
  if (!/^zitiert(?:e|en)?$/.test(w)) return null;
  if (lower(tokens[a + 1]) === 'man') return speakerAt(tokens, a + 2, end, start);
  let k = afterVerb(tokens, a, end);
  // Past the medium that quotes, named or in quotation marks ("die „Computerwoche“").
  if (ARTICLES.has(lower(tokens[k])) && tokens[k + 1]?.kind === 'quote') k += 2;
  else if (tokens[k]?.kind === 'quote') k++;
  else {
    const medium = subjectAt(tokens, k, end, start);
    if (!medium) return null;
    k = medium.to;
  }
  const quoted = speakerAt(tokens, k, end, start);
  return quoted && quoted.kind !== 'pronoun' ? quoted : null;
}

/**
 * "Die Agentur zitiert dazu Kirchner mit den Worten:", "Sie wird mit den Worten zitiert:": who is quoted,
 * the object after "zitiert", or the subject of the passive.
 */
function citedIn(tokens: Token[], from: number, end: number): Phrase | null {
  const v = tokens.findIndex((t, i) => i >= from && i < end && /^zitiert(?:e|en)?$/i.test(t.text));
  if (v < 0) return null;
  // "Watzke wird auf der Internetseite wie folgt zitiert:", "X wird von der Zeitung mit den Worten zitiert:":
  // the subject, before the auxiliary (past its appositive); or after it, where a setting stands first ("Auf
  // der Internetseite wird Watzke zitiert").
  const aux = tokens.findIndex((t, i) => i >= from && i < v && /^(?:wird|wurde)$/i.test(t.text));
  if (aux >= 0) {
    if (SETTING_PREPOSITIONS.test(lower(tokens[from]))) return subjectAt(tokens, aux + 1, v, from);
    const p = subjectAt(tokens, from, v, from);
    return p && (p.to === aux || (p.to === aux - 1 && tokens[p.to]?.text === ',')) ? p : null;
  }
  if (tokens.slice(v, end).some((t) => /^worten$/i.test(t.text)))
    return speakerAt(tokens, afterVerb(tokens, v, end), end, from);
  return null;
}

/**
 * The subject of a main clause [from, end) with no verb of saying: the phrase that opens it, when the verb
 * follows ("Pinheiro sieht …", "Pinheiro, Sonderberichterstatter, sieht …"), else the one after the verb
 * in second place, past an adverb or a prepositional phrase first ("Dabei griff sie …", "Gegenüber NDR Info
 * äußerte er …").
 */
function clauseSubjectDe(tokens: Token[], from: number, end: number, whole: boolean): Phrase | null {
  // A subordinate or relative clause's subject is not who speaks: "…, dass die Fehden weitergehen: „…“".
  if (SUBORDINATORS.test(lower(tokens[from])) || (tokens[from - 1]?.text === ',' && RELATIVE.test(lower(tokens[from]))))
    return null;
  const first = subjectAt(tokens, from, end, from);
  const next = tokens[first?.to ?? -1];
  const verbNext = isWord(next) && /^\p{Ll}/u.test(next.text) && !FUNCTION_WORDS.has(lower(next));
  // What stands first may be the object, the subject after the verb ("Den Unmut der CDU brachte die Sprecherin
  // zum Ausdruck:", "Jegliche Verantwortung weist Hartmann von sich:").
  const opening = first ?? (OBJECT_ARTICLES.has(lower(tokens[from])) ? germanPhrase(tokens, from, end) : null);
  const verb = opening ? pastSetting(tokens, opening.to, end) : -1;
  if (opening && !someone(opening, tokens) && verb < end && verbLike(tokens[verb]!, tokens[verb + 1])) {
    const after = subjectAt(tokens, afterVerb(tokens, verb, end), end, from);
    if (after && someone(after, tokens)) return after;
  }
  if (first && next && (next.text === ',' || verbNext)) return first;
  // A sentence with no verb before a colon names who speaks, and at most on what: "Nina Hagen zur neuen Heimat:".
  if (first && whole && tokens.slice(first.to, end).every((t, k, rest) => !verbLike(t, rest[k + 1]))) return first;
  let v = -1;
  const w = lower(tokens[from]);
  if (isWord(tokens[from]) && FUNCTION_WORDS.has(w) && !ARTICLES.has(w) && !SETTING_PREPOSITIONS.test(w)) v = from + 1;
  else if (SETTING_PREPOSITIONS.test(w)) {
    // The prepositional phrase runs to the first word in lower case that is no article: the verb.
    let k = from + 1;
    const inPhrase = (t: Token) => ARTICLES.has(lower(t)) || /^\p{Lu}/u.test(t.text) || t.text.includes('-');
    while (k < end && isWord(tokens[k]) && inPhrase(tokens[k]!)) k++;
    v = k;
  }
  if (v < 0 || v >= end || !isWord(tokens[v]) || !/^\p{Ll}/u.test(tokens[v]!.text)) return null;
  const after = subjectAt(tokens, afterVerb(tokens, v, end), end, from);
  return after && (after.kind !== 'description' || ARTICLES.has(lower(tokens[after.from]))) ? after : null;
}

/**
 * Where a clause that opens at `from` really opens: at the sentence's start when what stands there is a noun
 * phrase whose appositive's commas reach `from` ("Der Leiter der Studie, Paulo Pinheiro, sieht …", "Auch die
 * Sprecherin, Anna Roth, äußerte sich …").
 */
function withAppositive(tokens: Token[], start: number, from: number, end: number): number {
  if (from <= start) return from;
  // "…, die Sprecherin der Fraktion, Anna Roth, zum Ausdruck:": a name between commas is inside the clause.
  let c = from - 2;
  while (c > start && tokens[c]!.text !== ',' && tokens[c]!.kind !== 'quote') c--;
  const named = c > start && tokens[c]!.text === ',' ? germanPhrase(tokens, c + 1, from - 1) : null;
  if (named?.kind === 'person' && named.to === from - 1 && named.role === null)
    return withAppositive(tokens, start, clauseStart(tokens, c, start), end);
  const w = lower(tokens[start]);
  const adverb = FUNCTION_WORDS.has(w) && !ARTICLES.has(w) && !SETTING_PREPOSITIONS.test(w);
  for (const at of adverb ? [start, start + 1] : [start]) {
    const opening = germanPhrase(tokens, at, end);
    if (opening && opening.to >= from - 1 && opening.to <= from) return start;
  }
  return from;
}

/** Past a prepositional phrase at k, if one stands there: "über Stoibers Äußerungen", "zu den Gefahren des Eises". */
function pastSetting(tokens: Token[], k: number, end: number): number {
  if (!SETTING_PREPOSITIONS.test(lower(tokens[k]))) return k;
  let j = k + 1;
  while (j < end && isWord(tokens[j]) && (ARTICLES.has(lower(tokens[j])) || !verbLike(tokens[j]!, tokens[j + 1]))) j++;
  return j;
}

/** Could token t be a finite verb: a word in lower case, neither a function word nor an adjective before a noun? */
function verbLike(t: Token, next: Token | undefined): boolean {
  if (!isWord(t) || !/^\p{Ll}/u.test(t.text) || FUNCTION_WORDS.has(lower(t))) return false;
  return !(/(?:e|en|er|es|em)$/.test(t.text) && isWord(next) && /^\p{Lu}/u.test(next.text));
}

/**
 * Where the clause holding token i opens: the sentence's start, or past the comma or the quotation before it;
 * a name in quotation marks inside the clause does not end it ("wird von der „Netzeitung“ zitiert").
 */
function clauseStart(tokens: Token[], i: number, sentenceStart: number): number {
  let k = i;
  while (k > sentenceStart && !/^[,;:]$/.test(tokens[k - 1]!.text)) {
    const t = tokens[k - 1]!;
    if (t.kind === 'quote' && !(isWord(tokens[k - 2]) && k - 2 >= sentenceStart && quotedName(t))) break;
    k--;
  }
  return k;
}

/** A quotation that is a name or title: a few words, the first capitalised, no sentence's end ("„Netzeitung“"). */
function quotedName(t: Token): boolean {
  const inner = t.text.replace(/^\P{L}+|\P{L}+$/gu, '');
  return /^\p{Lu}/u.test(inner) && inner.split(/\s+/).length <= 4 && !/[.!?,:]/.test(inner);
}

/** Where "heißt es" (or "so heißt es") opening at token a has its "heißt", or -1. */
function heisstEsAt(tokens: Token[], a: number): number {
  const so = lower(tokens[a]) === 'so' ? a + 1 : a;
  return /^(?:heißt|hieß)$/.test(lower(tokens[so])) && lower(tokens[so + 1]) === 'es' ? so : -1;
}

/**
 * The reporting clause that ends the sentence of a quotation woven into it: "Der Iran müsse „…“ beenden, so
 * Rice.", "…, „…“ ausgefallen, sagte ein Sprecher." — a comma after the quotation, then "so" and its source,
 * or a reporting verb and its subject, to the sentence's end.
 */
function tailCue(tokens: Token[], q: number, start: number, end: number): Cue | null {
  let k = end - 1;
  while (k > q + 1 && tokens[k]!.text !== ',' && tokens[k]!.kind !== 'quote') k--;
  if (k <= q + 1 || tokens[k]!.text !== ',') return null;
  const a = k + 1;
  // "…, so heißt es in einer Erklärung des Verbands."
  const heisst = heisstEsAt(tokens, a);
  if (heisst >= 0) return writtenIn(tokens, heisst, heisst + 2, end);
  const p =
    lower(tokens[a]) === 'so'
      ? speakerAt(tokens, a + 1, end, start)
      : reportingVerb(tokens, a, end)
        ? subjectAt(tokens, afterVerb(tokens, a, end), end, start)
        : null;
  // The source reaches the sentence's end, past an adverb ("so Rice weiter") or a setting.
  const rest = p ? tokens.slice(p.to, end).filter(isWord) : [];
  if (!p || (rest.length > 0 && !SETTING_PREPOSITIONS.test(lower(rest[0])) && rest.length > 1)) return null;
  return { phrase: p, method: 'after', verb: a, from: a, to: p.to };
}

/**
 * Where "heißt es" finds its words: the text, place or speaker a prepositional phrase names, before the verb
 * or after it ("In dem Antrag heißt es", "heißt es in einer Erklärung des Verbands", "Aus Paris hieß es",
 * "hieß es vom Abgeordneten Ustinow"), as written.
 */
function writtenIn(tokens: Token[], from: number, after: number, end: number): Cue | null {
  for (const at of [from, after, after + 1]) {
    if (at >= end || !/^(?:in|im|auf|aus|von|vom|seitens)$/i.test(tokens[at]?.text ?? '')) continue;
    const p = germanPhrase(tokens, at + 1, end);
    if (p)
      return {
        phrase: { ...p, kind: 'description', gender: null },
        method: 'according-to',
        verb: at,
        from: at,
        to: p.to,
      };
  }
  return null;
}

/** Nouns of texts and of what bears writing: "Schreiben", "Gesetzentwurf", "Fronttransparent", "Homepage". */
const TEXT_NOUNS =
  /(?:schreiben|brief|bericht|erklärung|mitteilung|antrag|entwurf|papier|dokument|stellungnahme|artikel|text|studie|urteil|begründung|memorandum|protokoll|vertrag|kommentar|meldung|zeitung|homepage|website|webseite|transparent|plakat|flugblatt|zettel|aufschrift|schild|buch|passus|abschnitt|paragraph|paragraf)$/i;

/**
 * A clause that says where words stand written, in a text it names with "in" or "auf": "In einem internen
 * Schreiben war von „…“ die Rede", "Derzeit steht in dem Gesetzentwurf der Passus: „…“", "Auf dem Transparent
 * war „…“ zu lesen", "In der Zeitung fand sich die Feststellung „…“". The text is the source.
 */
function writtenText(c: Clause, from: number, end: number): Cue | null {
  const { tokens } = c;
  let verb = -1;
  for (let k = from; k < end && verb < 0; k++) {
    const w = lower(tokens[k]);
    if (/^(?:steht|stand|stehen|standen)$/.test(w)) verb = k;
    else if (/^(?:findet|fand|finden|fanden)$/.test(w) && lower(tokens[k + 1]) === 'sich') verb = k + 1;
    else if (/^(?:ist|war|sind|waren)$/.test(w) && writtenAfter(tokens, k + 1, end)) verb = k;
  }
  if (verb < 0) return null;
  if (/^(?:darin|darauf|hierin)$/.test(lower(tokens[from])) && verb <= from + 2) return textBefore(c, from);
  const cue = writtenIn(tokens, from, verb + 1, end);
  // The phrase's head: its first noun, before any complement ("dem Plakat der Demonstranten").
  const head = cue ? tokens.slice(cue.phrase.from, cue.phrase.to).find((t) => /^\p{Lu}/u.test(t.text)) : undefined;
  return cue && head && TEXT_NOUNS.test(head.text) ? cue : null;
}

/**
 * The text that "darin" or "darauf" points back to: the last noun of a text in the sentence before ("Die
 * Behörde gab eine Stellungnahme ab. Darin steht: „…“"), with its article and adjectives.
 */
function textBefore(c: Clause, from: number): Cue | null {
  if (from === 0) return null;
  const { tokens } = c;
  const [start, end] = c.sentenceOf(from - 1);
  for (let k = end - 1; k >= start; k--) {
    const t = tokens[k]!;
    if (!isWord(t) || !/^\p{Lu}/u.test(t.text) || !TEXT_NOUNS.test(t.text)) continue;
    let s = k;
    while (
      s > start &&
      isWord(tokens[s - 1]) &&
      (ARTICLES.has(lower(tokens[s - 1])) ||
        (/^\p{Ll}+(?:e|en|er|es|em)$/u.test(tokens[s - 1]!.text) && !functionWord(tokens[s - 1]!.text)))
    )
      s--;
    const p = germanPhrase(tokens, s, end);
    if (!p) return null;
    return {
      phrase: { ...p, kind: 'description', gender: null },
      method: 'according-to',
      verb: from,
      from,
      to: from + 1,
    };
  }
  return null;
}

/** "… die Rede" or "… zu lesen" after "war": words given as written, not someone's act. */
function writtenAfter(tokens: Token[], k: number, end: number): boolean {
  for (let i = k; i < end - 1; i++) {
    const pair = `${lower(tokens[i])} ${lower(tokens[i + 1])}`;
    if (pair === 'die rede' || pair === 'zu lesen') return true;
  }
  return false;
}

/** A quoted name standing as a source ("laut „Reuters“", "Wie „heise online“ berichtet"), as written. */
function quotedSource(tokens: Token[], at: number): Phrase | null {
  const t = tokens[at];
  // A brand may be written in lower case: „heise online“.
  if (t?.kind !== 'quote' || !(quotedName(t) || /^\p{Ll}[\p{L}\d-]*(?: [\p{L}\d-]+)?$/u.test(innerOf(t)))) return null;
  return { kind: 'organization', from: at, to: at + 1, name: wordsOf(t).join(' '), role: null, gender: 'p' };
}

/** A source named by laut, gemäß, zufolge or nach Angaben in [from, to). */
function sourceIn(tokens: Token[], from: number, to: number): Cue | null {
  for (let i = from; i < to; i++) {
    const w = lower(tokens[i]);
    let at = -1;
    if (SOURCE_BEFORE.has(w)) at = i + 1;
    else if (w === 'nach' && SAID_NOUNS.test(lower(tokens[i + 1]))) at = lower(tokens[i + 2]) === 'von' ? i + 3 : i + 2;
    else if (w === 'nach' && ARTICLES.has(lower(tokens[i + 1])) && SAID_NOUNS.test(lower(tokens[i + 2])))
      at = lower(tokens[i + 3]) === 'von' ? i + 4 : i + 3;
    if (at >= 0) {
      // "laut „Reuters“": a quoted name is the source as written.
      const p = quotedSource(tokens, at) ?? speakerAt(tokens, at, to, from);
      if (p) return { phrase: p, method: 'according-to', verb: i, from: i, to: p.to };
    }
    // "Wie der Minister am Dienstag erklärte, …": the subject of a clause with "wie" whose verb, at its end, reports.
    if (w === 'wie' && (i === from || tokens[i - 1]?.text === ',')) {
      // "Wie „heise online“ berichtet": a quoted name, with or without its article, is the subject.
      const named =
        quotedSource(tokens, i + 1) ?? (ARTICLES.has(lower(tokens[i + 1])) ? quotedSource(tokens, i + 2) : null);
      let e = named ? named.to : i + 1;
      while (e < to && tokens[e]!.text !== ',' && tokens[e]!.kind !== 'quote') e++;
      const last =
        e - 1 > i + 1 && /^(?:hat|hatte|haben|hatten|ist|war|wurde)$/.test(lower(tokens[e - 1])) ? e - 2 : e - 1;
      if (last > i + 1 && finalReportingVerb(lower(tokens[last]))) {
        const p = named && named.to === last ? named : subjectAt(tokens, i + 1, last, from);
        if (p) return { phrase: p, method: 'according-to', verb: last, from: i, to: e };
      }
    }
    // "Polizeiangaben zufolge", "dem Bericht zufolge": the phrase right before "zufolge".
    if (w === 'zufolge') {
      let s = i - 1;
      while (s > from && isWord(tokens[s - 1]) && !functionWord(tokens[s - 1]!.text)) s--;
      const p = speakerAt(tokens, s, i, from);
      if (p) return { phrase: p, method: 'according-to', verb: i, from: s, to: i + 1 };
    }
  }
  return null;
}

/**
 * The German attribution of the quotation at token q: after it ("„…“, sagte X", "„…“, so X"), before it with a
 * colon ("X sagte: „…“", "Dazu sagte X: „…“"), in its sentence ("X bezeichnete das als „…“", "laut X"); null
 * when there is none, and `false` when the sentence says that no one is named ("„…“, heißt es").
 */
export function germanCue(c: Clause, q: number): Cue | null | false {
  const cue = cueAt(c, q);
  const pronoun = cue ? cue.phrase : null;
  if (!cue || pronoun?.kind !== 'pronoun' || (pronoun.gender !== 'm' && pronoun.gender !== 'f')) return cue;
  // "Er sagte: „…“": the person named last before the pronoun, where the paragraph names one who agrees.
  const person = antecedent(c, pronoun.from, pronoun.gender);
  return person ? { ...cue, phrase: person } : cue;
}

function cueAt(c: Clause, q: number): Cue | null | false {
  const { tokens } = c;
  const [start, end] = c.sentenceOf(q);
  // After: "„…“, sagte der Minister", "„…“, so Merkel", "„…“, heißt es in der Erklärung".
  let a = q + 1;
  if (tokens[a]?.text === ',') a++;
  const w = lower(tokens[a]);
  const heisst = heisstEsAt(tokens, a);
  if (heisst >= 0) return writtenIn(tokens, heisst, heisst + 2, end) ?? false;
  if (a < end && w === 'so') {
    // "„…“, so der Vorsitzende", "„…“, so charakterisierte ihn der Vorsitzende".
    const p = reportingVerb(tokens, a + 1, end)
      ? subjectAt(
          tokens,
          afterVerb(tokens, a + 1, end) +
            (/^(?:ihn|sie|es)$/.test(lower(tokens[afterVerb(tokens, a + 1, end)])) ? 1 : 0),
          end,
          start,
        )
      : speakerAt(tokens, a + 1, end, start);
    if (p) return { phrase: p, method: 'after', verb: a, from: a, to: p.to };
  }
  const cited = a < end ? citedAfter(tokens, a, end, start) : null;
  if (cited) return { phrase: cited, method: 'after', verb: a, from: a, to: cited.to };
  if (a < end && reportingVerb(tokens, a, end)) {
    // "„…“, schrieb „Die Zeit“", "„…“, schreibt die „Computerwoche“": a medium quoted by its name.
    const k = afterVerb(tokens, a, end);
    const p =
      subjectAt(tokens, k, end, start) ??
      quotedSource(tokens, k) ??
      (ARTICLES.has(lower(tokens[k])) ? quotedSource(tokens, k + 1) : null);
    // "„…“, sagte Raab laut Spiegel Online": the medium the words are taken from is their source.
    const medium = p && lower(tokens[p.to]) === 'laut' ? sourceIn(tokens, p.to, end) : null;
    if (medium) return medium;
    if (p) return { phrase: p, method: 'after', verb: a, from: a, to: p.to };
  }
  const tail = tailCue(tokens, q, start, end);
  if (tail) return tail;
  // Before, in the clause that leads to the quotation (through a colon, or woven into it).
  const colon = tokens[q - 1]?.text === ':';
  const clauseEnd = colon ? q - 1 : q;
  if (clauseEnd > start) {
    const from = withAppositive(tokens, start, clauseStart(tokens, colon ? clauseEnd : q, start), clauseEnd);
    // "In dem Antrag heißt es: „…“": the text it is written in; "Es heißt: „…“", no one. So too where the
    // clause of "heißt es" comes before the quotation's own ("Aus Paris hieß es, das Vorgehen sei „…“").
    const heisst = tokens.findIndex(
      (x, k) =>
        k >= start &&
        k < clauseEnd &&
        /^(?:heißt|hieß|geheißen)$/i.test(x.text) &&
        (lower(tokens[k + 1]) === 'es' || lower(tokens[k - 1]) === 'es'),
    );
    if (heisst >= 0)
      return writtenIn(tokens, Math.min(from, clauseStart(tokens, heisst, start)), heisst + 1, clauseEnd) ?? false;
    const written = writtenText(c, from, end);
    if (written) return written;
    const cited = colon ? citedIn(tokens, from, clauseEnd) : null;
    if (cited) return { phrase: cited, method: 'colon', verb: from, from, to: clauseEnd };
    // "…, so Elshorst weiter: „…“": the source after "so" speaks on through the colon.
    const so =
      colon && from > start && lower(tokens[from]) === 'so' ? speakerAt(tokens, from + 1, clauseEnd, start) : null;
    if (so) return { phrase: so, method: 'colon', verb: from, from, to: clauseEnd };
    // A separable verb's particle may follow a quotation woven into its clause: "wies … als „haltlos“ zurück".
    const said = verbCue(tokens, start, from, clauseEnd, colon ? clauseEnd : end, colon ? 'colon' : 'sentence');
    if (said) return said;
    // "Hier sparte der Bundespräsident nicht mit Kritik: „…“": a clause before a colon is its subject's words.
    const subject = colon ? clauseSubjectDe(tokens, from, clauseEnd, from === start) : null;
    if (subject) return { phrase: subject, method: 'colon', verb: from, from, to: clauseEnd };
    // "Seine Meinung zu Kirchhof: „…“": a clause that opens with his words or thoughts is his.
    if (colon && from === start && /^(?:sein|seine|seiner|seinem|seinen|seines)$/.test(lower(tokens[from])))
      return {
        phrase: { kind: 'pronoun', from, to: from + 1, name: tokens[from]!.text, role: null, gender: 'm' },
        method: 'colon',
        verb: from,
        from,
        to: clauseEnd,
      };
    // "Er sagte, wer … auf „…“ schieße", "Lau sagte, das Prinzip, „…“, gebe es": the reporting clause before
    // the commas that open this one, up to three clauses back.
    let close = from - 1;
    for (let n = 0; n < 3 && close > start && tokens[close]?.text === ','; n++) {
      const outer = withAppositive(tokens, start, clauseStart(tokens, close, start), close);
      // A relative clause's verb is its own noun's ("…, der zum Sturm aufgerufen haben soll, als „…“"): past it.
      const relative = outer > start && tokens[outer - 1]?.text === ',' && RELATIVE.test(lower(tokens[outer]));
      for (let v = relative ? close : outer; v < close; v++) {
        if (!reportingVerb(tokens, v, close)) continue;
        const p = subjectOf(tokens, start, outer, v, close);
        if (p) return { phrase: p, method: 'sentence', verb: v, from: outer, to: close };
        break;
      }
      close = outer - 1;
    }
    // "Müller bezweifelte die Eignung Merkels: Er habe „…“": a clause in the subjunctive after a colon goes on
    // with the words of whom the clause before the colon names.
    if (!colon && tokens[from - 1]?.text === ':' && subjunctive(tokens, from, end)) {
      const cue = colonClause(tokens, start, from - 1);
      if (cue) return cue;
    }
  }
  return (
    sourceIn(tokens, start, end) ??
    forWhom(tokens, start, q) ??
    reportedOn(c, start, end) ??
    (q === start ? reportBefore(c, start) : null)
  );
}

/**
 * "Für den Theologen Hans Küng sei der Rücktritt „…“", "Für Bildungssenator Willi Lemke ist das „…“": a
 * sentence that opens with "für" and a person, before its verb, gives that person's view.
 */
function forWhom(tokens: Token[], start: number, q: number): Cue | null {
  if (lower(tokens[start]) !== 'für') return null;
  const p = germanPhrase(tokens, start + 1, q);
  if (p?.kind !== 'person' || !germanName(p.name)) return null;
  // The verb follows the person at once ("Für X ist …"): the person is the phrase that stands first.
  const verb = tokens[p.to];
  const finite =
    isWord(verb) &&
    (verbLike(verb, tokens[p.to + 1]) || SUBJUNCTIVE.test(lower(verb)) || /^(?:ist|war|sind|waren)$/.test(lower(verb)));
  return finite ? { phrase: p, method: 'sentence', verb: p.to, from: start, to: p.to } : null;
}

/** Who speaks through the colon that ends the clause before `colon`: a reporting verb's subject, else the clause's. */
function colonClause(tokens: Token[], start: number, colon: number): Cue | null {
  const from = withAppositive(tokens, start, clauseStart(tokens, colon, start), colon);
  const said = verbCue(tokens, start, from, colon, colon, 'colon');
  if (said) return said;
  const subject = clauseSubjectDe(tokens, from, colon, from === start);
  return subject ? { phrase: subject, method: 'colon', verb: from, from, to: colon } : null;
}

/**
 * The subject of the first reporting verb of the clause [from, to) (its particle read up to `verbEnd`), or null
 * when there is none or it has no subject.
 */
function verbCue(
  tokens: Token[],
  start: number,
  from: number,
  to: number,
  verbEnd: number,
  method: 'colon' | 'sentence',
): Cue | null {
  for (let v = from; v < to; v++) {
    if (!reportingVerb(tokens, v, verbEnd)) continue;
    const p = subjectOf(tokens, start, from, v, to);
    return p ? { phrase: p, method, verb: v, from, to } : null;
  }
  return null;
}

/**
 * A quotation that opens its sentence, named by no one there, is the words of whom the sentence before
 * reports speaking, when that sentence quotes no one itself: "Der BGH widersprach der Ansicht. „…“"
 */
function reportBefore(c: Clause, start: number): Cue | null {
  if (start === 0) return null;
  const { tokens } = c;
  const [from, to] = c.sentenceOf(start - 1);
  if (tokens.slice(from, to).some((t) => t.kind === 'quote')) return null;
  for (let v = from; v < to; v++) {
    if (!isWord(tokens[v]) || !reportingVerb(tokens, v, to)) continue;
    const p = subjectOf(tokens, from, withAppositive(tokens, from, clauseStart(tokens, v, from), to), v, to);
    return p ? { phrase: p, method: 'sentence', verb: v, from, to } : null;
  }
  return null;
}

/** Does the sentence [start, end) speak in the subjunctive of reported speech? */
const subjunctive = (tokens: Token[], start: number, end: number) =>
  tokens.slice(start, end).some((t) => isWord(t) && SUBJUNCTIVE.test(t.text));

/**
 * A sentence in the subjunctive goes on with the reported speech of the sentences before it: "Müller sagte,
 * die Lage sei ernst. Es gebe „keine Alternative“." The speaker is the one of the nearest sentence before
 * that reports speech, through sentences in the subjunctive only, in the paragraph.
 */
function reportedOn(c: Clause, start: number, end: number): Cue | null {
  const { tokens } = c;
  if (!subjunctive(tokens, start, end)) return null;
  let s = start;
  for (let n = 0; n < 4 && s > 0; n++) {
    const [from, to] = c.sentenceOf(s - 1);
    for (let v = from; v < to; v++) {
      if (!isWord(tokens[v]) || !reportingVerb(tokens, v, to)) continue;
      const p = subjectOf(tokens, from, withAppositive(tokens, from, clauseStart(tokens, v, from), to), v, to);
      if (p) return { phrase: p, method: 'sentence', verb: v, from, to };
    }
    const source = sourceIn(tokens, from, to);
    if (source) return source;
    // "In dem Papier heißt es, die Regelungen hätten sich bewährt. Deshalb sei es „…“": the text it is written in.
    const heisst = tokens.findIndex(
      (x, k) => k >= from && k < to && /^(?:heißt|hieß)$/i.test(x.text) && lower(tokens[k + 1]) === 'es',
    );
    if (heisst >= 0) return writtenIn(tokens, from, heisst + 2, to);
    if (!subjunctive(tokens, from, to)) return null;
    s = from;
  }
  return null;
}

/** Subjunctive forms, the mood of reported speech: "Er habe „keine Wahl“ gehabt", "Das sei „ein Skandal“". */
const SUBJUNCTIVE =
  /^(?:sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|möge|gebe|wisse|stehe|gehe|komme|liege|bleibe|fehle|wäre|wären|hätte|hätten|würde|würden)$/;

/**
 * Is the quotation at token q, woven into its sentence, someone's words rather than a name or term the
 * writer quotes: the sentence reports speech (a cue names who says it, or it speaks in the subjunctive of
 * reported speech)? A quotation that stands as its own clause is someone's words unless it is a title.
 */
export function germanQuoted(c: Clause, q: number, partial: boolean, cue: Cue | null | false): boolean {
  // (A name in a list after a comma reads as a quotation of its own: „Jungle Fever“, „She Hate Me“.)
  const opens =
    q === c.sentenceOf(q)[0] || /^[:(]$/.test(c.tokens[q - 1]?.text ?? '') || c.tokens[q - 1]?.kind === 'quote';
  // A name where a source stands ("laut „Reuters“") is the source, not its words.
  if (SOURCE_BEFORE.has(lower(c.tokens[q - 1]))) return false;
  // A quoted name that is itself the source its sentence names ("Wie „heise online“ berichtet"), or the source
  // of the quotation before it ("„…“, schreibt die „Computerwoche“"), is no quotation.
  if (cue && cue.phrase.from <= q && q < cue.phrase.to) return false;
  const [start] = c.sentenceOf(q);
  let before = q - 1;
  while (before >= start && c.tokens[before]!.kind !== 'quote') before--;
  const cited = before >= start ? cueAt(c, before) : null;
  if (cited && cited.phrase.from <= q && q < cited.phrase.to) return false;
  if (germanTitle(c.tokens, q) || (!opens && properName(c.tokens, q))) return false;
  if (!partial || cue !== null) return true;
  // A name set after its noun is the writer's, where nothing in the sentence reports speech.
  if (appositiveName(c.tokens, q) && !reportsSpeech(c, q)) return false;
  // Four words or more are a phrase someone wrote or said; fewer, only where the sentence reports speech.
  return wordsOf(c.tokens[q]!).length > 3 || reportsSpeech(c, q);
}

/** Does the sentence of token q report speech: a reporting verb, or the subjunctive of reported speech? */
function reportsSpeech(c: Clause, q: number): boolean {
  const [start, end] = c.sentenceOf(q);
  for (let k = start; k < end; k++)
    if (isWord(c.tokens[k]) && (SUBJUNCTIVE.test(c.tokens[k]!.text) || reportingVerb(c.tokens, k, end))) return true;
  return false;
}

/** A quotation token's text without its marks. */
const innerOf = (t: Token) => t.text.replace(/^\P{L}+|\P{L}+$/gu, '');

/** The words inside a quotation token. */
const wordsOf = (t: Token) =>
  t.text
    .replace(/^\P{L}+|[^\p{L}\d)]+$/gu, '')
    .split(/\s+/)
    .filter((w) => /[\p{L}\d]/u.test(w));

/** Small words inside a name in title case: "Rundschau am Sonntag", "Kampagne für ein Freies Tibet". */
const NAME_GLUE =
  /^(?:der|die|das|des|dem|den|und|für|von|vom|am|im|an|in|auf|zu|zur|zum|ein|eine|of|the|and|for|with|on|at|to|a|de|la|le|du|del|des|y|et|pour|un|une|voor|van|het)$/i;

/**
 * Is the quotation at q, woven into a sentence, a proper name in title case ("die „Berliner Zeitung“", der
 * „Deutsche Fußball-Bund“): two capitalised words or more and only small words between them, no end of a
 * sentence; not where it characterises ("als „Schöpfer der Neuen Musik“").
 */
function properName(tokens: Token[], q: number): boolean {
  const inner = tokens[q]!.text.replace(/^\P{L}+|[^\p{L}\d)]+$/gu, '');
  const words = inner.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 10 || /[.!?:;,]/.test(inner) || lower(tokens[q - 1]) === 'als') return false;
  const cap = (w: string) => /^[\p{Lu}\d]/u.test(w);
  if (!cap(words[0]!) || words.filter(cap).length < 2 || !words.every((w) => cap(w) || NAME_GLUE.test(w))) return false;
  // German capitalises every noun, so capitals alone make no name ("Stärkung der Diplomatie"): a name shows an
  // adjective in capitals ("Berliner Zeitung", "Deutsche Krebshilfe"), an article in capitals ("Die Zeit"),
  // foreign words ("Union pour un Mouvement Populaire") or figures.
  return words.some(
    (w, k) =>
      (k < words.length - 1 &&
        cap(words[k + 1]!) &&
        /^\p{Lu}\p{Ll}+(?:er|e|en|es|em)$/u.test(w) &&
        !NAME_GLUE.test(words[k + 1]!)) ||
      (k === 0 && /^(?:Der|Die|Das)$/.test(w)) ||
      /^(?:of|the|and|for|with|on|at|to|a|la|le|du|del|y|et|pour|un|une|voor|het)$/.test(w) ||
      /\d|^\p{Lu}{2,}$/u.test(w),
  );
}

/** Kinds of work and of named things whose name follows them: "der Film „…“", "das Fachblatt „…“", "die Organisation „…“". */
const WORKS =
  /(?:titel|film|buch|album|cd|lied|song|roman|serie|sendung|überschrift|name|namen|motto|slogan|magazin|zeitung|zeitschrift|blatt|ausgabe|site|portal|dienst|agentur|sender|programm|projekt|organisation|partei|firma|schiff|auszeichnung|preis|website|webseite|homepage|kampagne|aktion|initiative|werk|stück|oper|ausstellung|konferenz|festival)(?:e?s)?$/i;

/**
 * Is the quotation at token q a name or a title rather than someone's words: right after the kind of thing
 * it names ("der Film „Jungle Fever“", "im Fachblatt „La Gazzetta dello Sport“"), or an address
 * („icelandreview.com“)?
 */
export function germanTitle(tokens: Token[], q: number): boolean {
  const inner = innerOf(tokens[q]!);
  if (/^[\w-]+(?:\.[\w-]+)+$/u.test(inner)) return true;
  const prev = tokens[q - 1];
  return isWord(prev) && /^\p{Lu}/u.test(prev.text) && WORKS.test(prev.text);
}

/** Nouns that bring someone's words, not a thing's name: "mit den Worten „…“", "die Parole „…“". */
const WORDING_NOUNS =
  /(?:wort|worte|worten|satz|sätze[n]?|parole[n]?|aussage[n]?|feststellung|ergänzung|zitat|ausruf|frage|antwort|bezeichnung|begriff|formulierung|vorwurf|forderung|botschaft|erklärung|mitteilung)$/i;
/** Words that open a noun phrase before its noun: determiners and prepositions fused with the article. */
const NOUN_OPENER =
  /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|dieser|diese|dieses|diesen|diesem|sein|seine|seiner|seinen|seinem|ihr|ihre|ihrer|ihren|ihrem|im|vom|zum|zur|beim|am|ins)$/;

/**
 * A quotation that opens with a capital, right after the noun heading a noun phrase ("die Mondlandefähre
 * „Eagle“", "der Beatles-LP „Let it be“", "von Benedikts erster Enzyklika „Deus caritas est“"), names what the
 * noun is: German sets a name in apposition so. Not after a noun of a person or of someone's words ("der
 * Sprecher", "mit den Worten"), nor where the quotation holds a sentence's end.
 */
function appositiveName(tokens: Token[], q: number): boolean {
  const noun = tokens[q - 1]!;
  const inner = innerOf(tokens[q]!);
  if (
    !isWord(noun) ||
    !/^\p{Lu}/u.test(noun.text) ||
    !/^\p{Lu}/u.test(inner) ||
    /[.!?:;]/.test(inner) ||
    functionWord(noun.text)
  )
    return false;
  if (WORDING_NOUNS.test(noun.text) || roleWord(noun.text)) return false;
  const before = tokens[q - 2];
  if (!isWord(before)) return false;
  const opener = before.text;
  return NOUN_OPENER.test(opener) || (/^\p{Ll}+(?:e|en|er|es|em)$/u.test(opener) && !functionWord(opener));
}

/** Function words of foreign names in title case: "Confédération Européenne de Pétanque", "A Bigger Bang". */
const FOREIGN_GLUE = /^(?:of|the|and|for|with|on|at|to|a|de|la|le|du|del|y|et|pour|un|une|voor|van|het|[–&-])$/;

/**
 * Is a quotation that no one is found to have said a name or a term the writer quotes: a word or two, the
 * first capitalised, no sentence's end („Tranquility“, „BBC News“, „Aktiensplit“), or more words, each
 * capitalised but for a foreign name's small words („People's Power Party“)? German capitalises every noun,
 * so a word or two are as likely a name as anyone's; on the German corpus's train split, 48 of the 58 that
 * were left with no speaker were no one's words. German words of a sentence take words in lower case.
 */
export function germanLabel(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (!/^[\p{Lu}\d]/u.test(words[0]!) || /[.!?:;]\s/.test(`${text} `)) return false;
  return words.length <= 2 || words.every((w) => /^[\p{Lu}\d]/u.test(w) || FOREIGN_GLUE.test(w));
}
