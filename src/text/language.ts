// The language an article is written in: the one its page or sidecar declares, else the one its text reads
// as (franc-min's trigram detector). It picks the attribution rules; a language with none gets its
// quotations found but no speakers named.

import { franc } from 'franc-min';

/** Languages whose attribution rules Whosaid has, by their BCP 47 primary subtag. */
export const ATTRIBUTED = new Set(['en', 'de', 'fr', 'es', 'pt']);

/** franc's ISO 639-3 codes of the languages with rules, as BCP 47 subtags; others keep their 639-3 code. */
const SUBTAG: Record<string, string> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  por: 'pt',
  jpn: 'ja',
  cmn: 'zh',
  kor: 'ko',
};

/** Fewer letters than this and the detector guesses: the language stays unknown. */
const MIN_LETTERS = 120;
/** As few characters suffice in a script of Han or kana (Japanese, Chinese) or Hangul. */
const CJK_LETTERS = 12;
/** The detector reads this much of a long text: enough to tell, and its time stays flat. */
const SAMPLE = 4000;

/** The primary subtag of a language tag ("de-CH" → "de", "en_US" → "en"), or null for none. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const m = tag ? /^([a-z]{2,3})(?:[-_]|$)/i.exec(tag.trim()) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/** The language a text reads as, or null when it is too short to tell or reads as none. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  // Han and kana tell their language in a few characters; the Latin alphabet needs a sentence or two.
  const cjk = sample.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  const enough = cjk * 2 > letters ? CJK_LETTERS : MIN_LETTERS;
  if (letters < enough) return null;
  const code = franc(sample, { minLength: enough });
  return code === 'und' ? null : (SUBTAG[code] ?? code);
}

/** The declared language, else the detected one (null when neither is known). */
export function languageOf(declared: string | null | undefined, text: string): string | null {
  return primaryLanguage(declared) ?? detectLanguage(text);
}
