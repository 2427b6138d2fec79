import type { Paragraph } from '../text/paragraphs';

// An article as the index builder sees it: its text (what offsets point into) and where it was published.

export interface ArticleMeta {
  publication: string | null;
  headline: string | null;
  author: string | null;
  /** Publication date, YYYY-MM-DD. */
  date: string | null;
  /** The place line that opens a wire story ("WASHINGTON"). */
  dateline: string | null;
  url: string | null;
  /** BCP 47 language tag ("en", "de"). */
  language: string | null;
}

export type ArticleFormat = 'text' | 'markdown' | 'html';

export interface Article {
  /** Path relative to the corpus root it was found under, with forward slashes. */
  id: string;
  format: ArticleFormat;
  /** The article's text: the file as read (plain text, Markdown) or the page's article text (HTML). */
  text: string;
  meta: ArticleMeta;
  /** The article's paragraphs, where its format says where they are and what they are (Markdown blocks, a
   * page's headings and captions); else blank lines do. */
  paragraphs?: Paragraph[];
}

export const META_FIELDS = ['publication', 'headline', 'author', 'date', 'dateline', 'url', 'language'] as const;

export function emptyMeta(): ArticleMeta {
  return { publication: null, headline: null, author: null, date: null, dateline: null, url: null, language: null };
}

/** Fields of `over` that are set replace those of `base`; a field set to null clears it. */
export function mergeMeta(base: ArticleMeta, over: Partial<ArticleMeta>): ArticleMeta {
  const out = { ...base };
  for (const k of META_FIELDS) {
    const v = over[k];
    if (v === null) out[k] = null;
    else if (typeof v === 'string' && v.trim() !== '') out[k] = v.trim();
  }
  return out;
}

/** Only the fields that are known (a string), for merging over metadata found elsewhere. */
export function known(meta: Partial<ArticleMeta>): Partial<ArticleMeta> {
  const out: Partial<ArticleMeta> = {};
  for (const k of META_FIELDS) {
    const v = meta[k];
    if (typeof v === 'string' && v.trim() !== '') out[k] = v;
  }
  return out;
}

/** A date as YYYY-MM-DD, from ISO strings and the common written forms; null if it is not a date. */
export { normalizeDate } from './dates';
