// Whom a German "er" or "sie" that speaks stands for: the person last named before it, in its paragraph, whose
// gender does not contradict it. German marks gender on the noun's article ("der Minister", "die Sprecherin")
// and on given names; "sie" with a plural verb ("sie sagten") is "they", and names no one person.

import type { Token } from '../text/tokens';
import type { Clause } from './cues';
import german from './data/german.json';
import { germanPhrase, roleWord, SETTING_PREPOSITIONS } from './german-phrase';
import { givenName } from './given-names';
import type { Phrase } from './phrases';

/** How many sentences back a pronoun's person is looked for. */
const REACH = 3;

const FUNCTION_WORDS = new Set(german.functionWords.split(' '));
const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? '';
const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';

/**
 * The gender a phrase gives its person: a given name's, else its role noun's, by its ending ("Sprecherin")
 * or its article ("der Vorsitzende", "die Vorsitzende"); null where neither tells.
 */
export function genderOf(p: Phrase, tokens: Token[]): 'm' | 'f' | null {
  if (p.kind === 'person') {
    const g = givenName(p.name.split(' ')[0]!);
    if (g === 'm' || g === 'f') return g;
  }
  const head = tokens.slice(p.from, p.to).find((t) => isWord(t) && roleWord(t.text))?.text;
  if (!head || /innen$/.test(head)) return null;
  if (/in$/.test(head)) return 'f';
  const article = lower(tokens[p.from]);
  if (article === 'der' || article === 'ein') return 'm';
  return (article === 'die' || article === 'eine') && /e$/.test(head) ? 'f' : null;
}

/**
 * Does a phrase at token i stand where a subject does: opening its sentence or a clause (after a comma or
 * "und"), or right after the finite verb in second place ("Damals warnte Kluncker"); and not in the dative
 * or accusative ("dem Abgeordneten Montag").
 */
function subjectPlace(tokens: Token[], i: number, sentenceStart: number): boolean {
  if (/^(?:dem|den|des|einem|einen|eines)$/.test(lower(tokens[i]))) return false;
  const before = tokens[i - 1];
  if (i === sentenceStart || before?.text === ',' || lower(before) === 'und') return true;
  // After an adverb that opens the sentence, the verb stands before the subject: "Auch kritisierte …".
  if (i - 1 === sentenceStart && FUNCTION_WORDS.has(lower(before)) && !SETTING_PREPOSITIONS.test(lower(before)))
    return true;
  return isWord(before) && /^\p{Ll}/u.test(before.text) && i - 1 > sentenceStart && !FUNCTION_WORDS.has(lower(before));
}

/** Is the pronoun at i a plural "sie": a finite verb in the plural next to it ("sie sagten", "erklärten sie")? */
function plural(tokens: Token[], i: number): boolean {
  return [tokens[i - 1], tokens[i + 1]].some((t) => isWord(t) && /^\p{Ll}+(?:ten|en)$/u.test(t.text));
}

/**
 * The phrase naming the person the pronoun at token i stands for: the nearest person or role before it, in
 * its sentence and up to REACH sentences back, whose gender agrees (a name of unknown gender agrees with
 * either); null when there is none, or when "sie" is plural.
 */
export function antecedent(c: Clause, i: number, gender: 'm' | 'f'): Phrase | null {
  const { tokens } = c;
  if (gender === 'f' && plural(tokens, i)) return null;
  let [start] = c.sentenceOf(i);
  let end = i;
  for (let n = 0; n <= REACH && end > 0; n++) {
    const found: Phrase[] = [];
    for (let k = start; k < end; k++) {
      const p = germanPhrase(tokens, k, end);
      if (!p) continue;
      k = p.to - 1;
      if (!subjectPlace(tokens, p.from, start)) continue;
      const g = genderOf(p, tokens);
      // A name of two words or a given name's gender; a role only as a subject's, after its nominative
      // article ("der Minister", "die Ministerin", not "der Ministerin").
      const named = p.kind === 'person' && (p.name.includes(' ') || g !== null);
      const nominative = { der: 'm', ein: 'm', die: 'f', eine: 'f' }[lower(tokens[p.from])];
      const role = p.kind === 'description' && g !== null && nominative === g;
      if ((named || role) && (g === null || g === gender)) found.push(p);
    }
    if (found.length > 0) return found[found.length - 1]!;
    if (start === 0) break;
    end = start;
    [start] = c.sentenceOf(start - 1);
  }
  return null;
}
