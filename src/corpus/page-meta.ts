// What a page says of itself, from its markup alone (DOM, no parser of our own): its metadata from Open
// Graph, JSON-LD and the usual meta tags, and whether it presents itself as a news article. The corpus
// reader reads saved pages with it (over linkedom), the extension the page in the browser.

import { type ArticleMeta, normalizeDate } from './article';

/** The page's metadata; fields it does not give are left out. */
export function pageMeta(doc: Document): Partial<ArticleMeta> {
  const meta = (...names: string[]) => {
    for (const n of names) {
      const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
      const v = el?.getAttribute('content')?.trim();
      if (v) return v;
    }
    return undefined;
  };
  const ld = jsonLd(doc);
  const published =
    meta('article:published_time', 'datePublished', 'pubdate', 'publish-date', 'date', 'dc.date', 'DC.date.issued') ??
    ld.date ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const author = meta('author', 'article:author', 'byl') ?? ld.author;
  return {
    publication: meta('og:site_name', 'application-name', 'publisher') ?? ld.publisher,
    headline: meta('og:title', 'twitter:title', 'headline') ?? ld.headline,
    author: author && !/^https?:/.test(author) ? author.replace(/^By\s+/i, '') : undefined,
    date: normalizeDate(published) ?? undefined,
    url: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url') ?? ld.url,
    language: doc.documentElement?.getAttribute('lang') ?? meta('og:locale')?.replace('_', '-') ?? undefined,
  };
}

/**
 * schema.org types of a news article or a report: Article and NewsArticle with its kinds, a report, a
 * blog's posts. Not satire, advertising, scholarly or technical articles: their quotations are not news.
 */
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'AnalysisNewsArticle',
  'AskPublicNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReportageNewsArticle',
  'ReviewNewsArticle',
  'Report',
  'BlogPosting',
  'LiveBlogPosting',
]);

/**
 * How the page says it is a news article, if it does: Open Graph's `og:type` "article", or a schema.org
 * article type in its JSON-LD or microdata ("json-ld NewsArticle"). Null for any other page.
 */
export function articleSign(doc: Document): string | null {
  const og = doc.querySelector('meta[property="og:type"], meta[name="og:type"]')?.getAttribute('content')?.trim();
  if (og && /^article$/i.test(og)) return 'og:type article';
  for (const o of jsonLdObjects(doc)) {
    const type = [o['@type']].flat().find((t) => typeof t === 'string' && ARTICLE_TYPES.has(schemaName(t)));
    if (typeof type === 'string') return `json-ld ${schemaName(type)}`;
  }
  for (const el of doc.querySelectorAll('[itemscope][itemtype]')) {
    for (const t of (el.getAttribute('itemtype') ?? '').split(/\s+/)) {
      if (/^https?:\/\/schema\.org\//i.test(t) && ARTICLE_TYPES.has(schemaName(t))) return `microdata ${schemaName(t)}`;
    }
  }
  return null;
}

/** "NewsArticle" of "NewsArticle", "schema:NewsArticle" or "https://schema.org/NewsArticle". */
function schemaName(type: string): string {
  return type.replace(/^.*[/:#]/, '');
}

/** Every object of the page's JSON-LD, those of a `@graph` included. */
function* jsonLdObjects(doc: Document): Generator<Record<string, unknown>> {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const items: unknown[] = Array.isArray(data) ? data : [data];
    for (const raw of items.flatMap((x) =>
      x && typeof x === 'object' && '@graph' in x ? (x as { '@graph': unknown[] })['@graph'] : [x],
    )) {
      if (raw && typeof raw === 'object') yield raw as Record<string, unknown>;
    }
  }
}

interface LdFields {
  headline?: string;
  author?: string;
  date?: string;
  publisher?: string;
  url?: string;
}

/** The first NewsArticle-like object in the page's JSON-LD. */
function jsonLd(doc: Document): LdFields {
  for (const o of jsonLdObjects(doc)) {
    if (!/Article|Posting|Report/.test(String(o['@type'] ?? ''))) continue;
    const name = (v: unknown): string | undefined => {
      if (typeof v === 'string') return v;
      if (Array.isArray(v)) return v.map(name).filter(Boolean).join(', ') || undefined;
      if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string')
        return (v as { name: string }).name;
      return undefined;
    };
    return {
      headline: name(o.headline),
      author: name(o.author),
      date: name(o.datePublished),
      publisher: name(o.publisher),
      url: name(o.url) ?? name(o.mainEntityOfPage),
    };
  }
  return {};
}
