// The page the reader is on, as the reading memory would keep it: only a page that presents itself as a
// news article (src/corpus/page-meta.ts) is one, with its address, site, outlet, headline and date.

import { articleSign, pageMeta } from '../corpus/page-meta';

export interface ArticlePage {
  /** The page's address without its fragment: a page read again is the same article. */
  url: string;
  host: string;
  /** How it says it is an article ("og:type article", "json-ld NewsArticle"). */
  sign: string;
  publication: string | null;
  headline: string | null;
  author: string | null;
  date: string | null;
  language: string | null;
}

/** The page as an article, or null when it does not say it is one. */
export function articlePage(
  doc: Document,
  location: { origin: string; pathname: string; search: string; hostname: string },
): ArticlePage | null {
  const sign = articleSign(doc);
  if (!sign) return null;
  const meta = pageMeta(doc);
  return {
    url: `${location.origin}${location.pathname}${location.search}`,
    host: location.hostname,
    sign,
    // A site that does not name itself is known by its address.
    publication: meta.publication ?? location.hostname.replace(/^www\./, ''),
    headline: meta.headline ?? (doc.title.trim() || null),
    author: meta.author ?? null,
    date: meta.date ?? null,
    language: meta.language ?? null,
  };
}
