// A page in two languages (an English story quoting a French interview paragraph by paragraph, a bilingual
// press release) is read a run of paragraphs at a time, each with its own language's rules.

import { findQuotes } from '../quotes/find';
import { ATTRIBUTED, detectLanguage } from '../text/language';
import type { Paragraph } from '../text/paragraphs';

/** Letters a paragraph needs for its own language to be told apart from the article's. */
const PARAGRAPH_LETTERS = 200;
/** Letters a paragraph needs to be read as the article's language by its commonest words alone. */
const SENTENCE_LETTERS = 60;

/**
 * The commonest words of each language with rules (articles, "and", "of", "is"): prose in the language has
 * many of them, a list of names or products hardly any, whatever a trigram detector makes of it.
 */
const COMMON_WORDS: Record<string, Set<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for']),
  de: new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'sich', 'mit']),
  fr: new Set(['le', 'la', 'les', 'et', 'est', 'des', 'une', 'du']),
  es: new Set(['el', 'la', 'los', 'y', 'que', 'del', 'las', 'una']),
  pt: new Set(['o', 'os', 'e', 'que', 'do', 'da', 'uma', 'não']),
};
/** The share of a paragraph's words that its language's commonest words make up, at least. */
const COMMON_SHARE = 0.08;

export interface LanguageRun {
  lang: string | null;
  paras: Paragraph[];
}

/**
 * The article's paragraphs in runs of one language: a paragraph long enough to tell, that reads as another
 * language with rules, opens a run in it; a shorter one goes on in the run before. A run never ends inside
 * a quotation that runs over several paragraphs.
 */
export function languageRuns(text: string, paras: Paragraph[], lang: string | null): LanguageRun[] {
  const owns = paras.map((p) => ownLanguage(text.slice(p.start, p.end), lang));
  if (owns.every((own) => own === null || own === lang)) return [{ lang, paras }];
  const open = findQuotes(text, paras).filter((q) => q.segments.length > 1);
  const inside = (at: number) => open.some((q) => q.open < at && at < q.after);
  const runs: LanguageRun[] = [];
  for (const [i, p] of paras.entries()) {
    const own = owns[i]!;
    const last = runs[runs.length - 1];
    const runLang = own ?? (last ? last.lang : lang);
    if (last && (last.lang === runLang || inside(p.start))) last.paras.push(p);
    else runs.push({ lang: runLang, paras: [p] });
  }
  return runs;
}

/**
 * A paragraph's language, where it can be told: the article's when it is full of its commonest words (a
 * sentence is enough), else another language with rules that a long paragraph reads as and is full of.
 */
function ownLanguage(paragraph: string, lang: string | null): string | null {
  const letters = paragraph.match(/\p{L}/gu)?.length ?? 0;
  if (letters < SENTENCE_LETTERS) return null;
  const words = paragraph.match(/\p{L}+/gu) ?? [];
  const prose = (l: string) =>
    words.filter((w) => COMMON_WORDS[l]?.has(w.toLowerCase())).length >= COMMON_SHARE * words.length;
  if (lang && prose(lang)) return lang;
  if (letters < PARAGRAPH_LETTERS) return null;
  const detected = detectLanguage(paragraph);
  return detected && detected !== lang && ATTRIBUTED.has(detected) && prose(detected) ? detected : lang;
}
