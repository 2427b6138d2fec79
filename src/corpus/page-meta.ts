// What a news page says of itself — its outlet, headline and publication date, author, address and
// language — from the publisher's own data: the page's meta tags (Open Graph, Dublin Core, Parse.ly and
// the like), its JSON-LD, its title, and the headline and date it shows above the article. Only the DOM
// is used, so a saved page (linkedom, in Node) and a live one (the browser) are read by the same code.
// Never from the article's text: a dateline, a byline or an "Updated on …" line names no outlet.

import type { ArticleMeta } from './article';
import { dateInUrl, type ParsedDate, parseDate, sameDayNearby } from './dates';
import { isAddressLike, knownOutlet, outletOf, sameOutlet, siteLabel } from './outlets';

/** Where the page's publication date is kept, surest first (lower case). */
const DATE_TAGS = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'datepublished',
  'article_date_original',
  'publish-date',
  'publishdate',
  'pubdate',
  'pdate',
  'publication_date',
  'parsely-pub-date',
  'iso-8601-publish-date',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date',
  'prism.publicationdate',
  'citation_publication_date',
  'citation_date',
  'displaydate',
  'published_at',
  'published',
  'cxenseparse:recs:publishtime',
  'sailthru.date',
  'date',
];
/** Where the page's title is kept, besides JSON-LD's headline and the document's title. */
const TITLE_TAGS = [
  'og:title',
  'twitter:title',
  'headline',
  'title',
  'parsely-title',
  'sailthru.title',
  'dc.title',
  'citation_title',
];
/** Between a headline and its site's name in a title: "Headline | Section | Site", "Site - Headline". */
const TITLE_SEPARATOR = /(\s*\|\s*|\s+(?:[-–—·•»:]|::)\s+)/;
/** Words that are a site's kind, not its name ("Magazine" for National Geographic's site). */
const NO_NAME = /^(?:the\s+)?(?:magazine|news|home|homepage|blog|website|online|site)$/i;
/** A paragraph this long is the article's text: the headline stands before it. */
const BODY_WORDS = 25;

type Tags = Map<string, string[]>;

/** Metadata of a page; `savedFrom` is an address known from elsewhere (a saved page's "saved from url"). */
export function pageMeta(doc: Document, savedFrom: string | null = null): Partial<ArticleMeta> {
  const tags = metaTags(doc);
  const tag = (...names: string[]) => names.flatMap((n) => tags.get(n) ?? [])[0];
  const ld = jsonLd(doc);

  // The article's address, and the site's (a canonical link may point to the home page).
  const addresses = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    tag('og:url'),
    ld.url,
    savedFrom,
  ].filter((u): u is string => typeof u === 'string' && /^https?:\/\/[^/]/.test(u.trim()));
  const url = addresses.find((u) => !/^https?:\/\/[^/]+\/?$/.test(u.trim()))?.trim() ?? null;
  const site = url ?? addresses[0]?.trim() ?? null;

  const outlet = chooseOutlet(tags, ld, doc, site);
  const isSite = siteMatcher(outlet.names, site);
  const titles = rawTitles(tags, ld, doc).map((t) => splitTitle(t, isSite));
  // A heading that is what a title ends with is the site's name ("… - Sports Illustrated"), even where
  // no other name of the site is known.
  const ends = new Set(
    rawTitles(tags, ld, doc)
      .map(siteEnd)
      .filter((e): e is string => e !== null),
  );
  const shown = displayedHeadline(
    doc,
    (t) => isSite(t) || (ends.has(squeeze(t)) && !titles.some((x) => squeeze(x.headline) === squeeze(t))),
  );
  const headline = chooseHeadline(
    shown.candidates,
    titles.map((t) => t.headline),
  );
  const byHeadline = shown.candidates.find((c) => c.text === headline)?.el;
  const date = chooseDate(tags, ld, doc, url, titles) ?? (byHeadline ? dateBy(byHeadline) : null) ?? shown.timeAbove;

  const author = tag('author', 'article:author', 'byl', 'parsely-author', 'sailthru.author') ?? ld.author;
  return {
    publication: outlet.name ?? undefined,
    headline: headline ?? undefined,
    author: author && !/^https?:/.test(author) ? author.replace(/^By\s+/i, '') : undefined,
    date: date ?? undefined,
    url: url ?? undefined,
    language: doc.documentElement?.getAttribute('lang') ?? tag('og:locale')?.replace('_', '-') ?? undefined,
  };
}

/** What a title ends with when it may be its site's name: a short last piece after a longer first one. */
function siteEnd(title: string): string | null {
  const pieces = title.split(TITLE_SEPARATOR).filter((_, i) => i % 2 === 0);
  const [first, last] = [pieces[0]!, pieces.at(-1)!];
  const n = last.split(' ').length;
  return pieces.length > 1 && n <= 4 && n < first.split(' ').length ? squeeze(last) : null;
}

/** The page's titles, surest first: JSON-LD's headline, the title tags, the document's title. */
function rawTitles(tags: Tags, ld: LdFields, doc: Document): string[] {
  return [ld.headline, ...TITLE_TAGS.map((t) => tags.get(t)?.[0]), doc.querySelector('title')?.textContent]
    .filter((t): t is string => typeof t === 'string' && t.trim() !== '')
    .map(clean);
}

/** Every meta tag's value by its lower-cased name (property, name or itemprop); `value` stands in for
 * `content` in pages saved after an extractor's clean-up (Postlight's parser moves it there). */
function metaTags(doc: Document): Tags {
  const tags: Tags = new Map();
  for (const el of doc.querySelectorAll('meta')) {
    const name = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop'))
      ?.trim()
      .toLowerCase();
    const value = (el.getAttribute('content') || el.getAttribute('value'))?.trim();
    if (!name || !value) continue;
    tags.set(name, [...(tags.get(name) ?? []), value]);
  }
  return tags;
}

// ---- The outlet

interface Outlet {
  name: string | null;
  /** Every name the page gives its site, to know it in a title. */
  names: string[];
}

/**
 * The publisher's own name for itself, confirmed where it can be: by the address, the table of news
 * domains, or another of the page's own names (og:site_name is sometimes a section: "U.S." on Reuters).
 * A name written as an address or a slug ("Telegraph.co.uk", "latimes") gives way to the table's.
 */
function chooseOutlet(tags: Tags, ld: LdFields, doc: Document, site: string | null): Outlet {
  const known = site ? knownOutlet(site) : null;
  const label = site ? siteLabel(site) : null;
  const first = (n: string) => tags.get(n)?.[0];
  const own = [ld.publisher, first('og:site_name'), ...ld.organizations, first('application-name')]
    .concat(first('apple-mobile-web-app-title'), first('publisher'), first('dc.publisher'))
    .map((n) => (n ? outletName(n) : null))
    .filter((n): n is string => n !== null);
  // The title's site segment ("… | Reuters"), read with the names found so far.
  const title = doc.querySelector('title')?.textContent;
  const fromTitle = title ? splitTitle(clean(title), siteMatcher(own, site)).site : null;
  const names = [...own.slice(0, 2), ...(fromTitle ? [fromTitle] : []), ...own.slice(2)];

  const confirmed = (n: string) =>
    (known !== null && sameOutlet(n, known)) ||
    (label !== null && ((label.length >= 3 && squeeze(n).includes(label)) || sameOutlet(n, label))) ||
    names.some((o) => o !== n && sameOutlet(o, n));
  const proper = (n: string) => !isAddressLike(n);
  const picked =
    names.find((n) => proper(n) && confirmed(n)) ??
    names.find((n) => n.includes('.') && confirmed(n)) ??
    names.find(confirmed) ??
    known ??
    names.find(proper) ??
    names[0] ??
    (site ? outletOf(site) : null);
  // One outlet, one name: the table's, for a name that is the same outlet or only its address.
  const name = picked && known && (isAddressLike(picked) || sameOutlet(picked, known)) ? known : picked;
  return { name, names: [...names, ...(known ? [known] : []), ...(label ? [label] : [])] };
}

/** A site's name as pages give it, or null when it is no name ("Deutsche Welle (www.dw.com)" → "Deutsche
 * Welle"; a date, a time, a byline, an address with a path, a sentence are not). */
function outletName(raw: string): string | null {
  // A name with its tagline: "Yahoo News - Latest News & Headlines".
  const [first] = clean(raw.replace(/\s*\([^)]*\)\s*/g, ' ')).split(TITLE_SEPARATOR);
  const name = first!.replace(/^www\./i, '');
  if (!name || name.length > 60 || name.split(' ').length > 7 || NO_NAME.test(name)) return null;
  if (/https?:|\/|\d{1,2}:\d{2}|^(?:by|updated|published|posted)\b|^@/i.test(name) || parseDate(name)) return null;
  return name;
}

/** Is a piece of a title (or a heading) the site's name, or the site's name and a section ("CNN Politics")? */
function siteMatcher(names: string[], site: string | null): (text: string) => boolean {
  const label = site ? siteLabel(site) : null;
  const known = site ? knownOutlet(site) : null;
  const all = [...names, ...(known ? [known] : [])];
  return (text) => {
    if (text.split(/\s+/).length > 6) return false;
    const joined = squeeze(text);
    // A site's name opens it: "CNN Politics", "POLITICO Politico Logo".
    return (
      all.some((n) => sameOutlet(text, n) || (n.length >= 4 && joined.startsWith(squeeze(n)))) ||
      (label !== null && label.length >= 2 && joined.startsWith(label))
    );
  };
}

// ---- The headline

interface Title {
  headline: string;
  /** The site's name, where the title gives it. */
  site: string | null;
  /** A date the title ends with ("… | DW | 19.01.2020"). */
  date: string | null;
}

/**
 * A title without its site's name: "Headline | Section | Site" and "Site - Headline" give "Headline"; a
 * date at its end is set apart. Pieces are only taken off around a piece that names the site, so a
 * headline with a dash of its own keeps it.
 */
export function splitTitle(title: string, isSite: (text: string) => boolean): Title {
  const parts = title.split(TITLE_SEPARATOR);
  // parts: [text, separator, text, separator, text…]
  const texts = parts.filter((_, i) => i % 2 === 0);
  const seps = parts.filter((_, i) => i % 2 === 1);
  let date: string | null = null;
  let site: string | null = null;
  while (texts.length > 1 && texts.at(-1)!.split(' ').length <= 4 && parseDate(texts.at(-1))) {
    date ??= parseDate(texts.pop())!.date;
    seps.pop();
  }
  if (texts.length > 1 && isSite(texts.at(-1)!)) {
    site = texts.pop()!;
    seps.pop();
    // Sections between the headline and the site: "… | Dakota Access pipeline | The Guardian" (not the
    // end of "Brexit - what happens next | BBC News").
    while (texts.length > 1 && texts.at(-1)!.split(' ').length <= 4 && /[|:]/.test(seps.at(-1)!)) {
      texts.pop();
      seps.pop();
    }
  } else if (texts.length > 1 && isSite(texts[0]!)) {
    site = texts.shift()!;
    seps.shift();
  }
  const headline = texts.map((t, i) => (i === 0 ? t : seps[i - 1] + t)).join('');
  return { headline: headline.trim(), site, date };
}

interface Shown {
  el: Element;
  text: string;
  /** Before the article's first paragraph. */
  above: boolean;
}

/** The page's headings that may be the headline it shows: its h1s and what it marks as the headline. */
function displayedHeadline(
  doc: Document,
  isSite: (text: string) => boolean,
): { candidates: Shown[]; timeAbove: string | null } {
  const candidates: Shown[] = [];
  let timeAbove: string | null = null;
  let bodySeen = false;
  for (const el of doc.querySelectorAll('h1, [itemprop="headline"], p, time[datetime]')) {
    if (el.tagName === 'META' || el.closest('nav, footer, aside')) continue;
    if (el.tagName === 'TIME') {
      const updated = /updated|modified/i.test(el.parentElement?.textContent ?? '');
      if (!bodySeen && !updated) timeAbove ??= parseDate(el.getAttribute('datetime'))?.date ?? null;
      continue;
    }
    if (el.tagName === 'P') {
      if (!bodySeen && words(el.textContent ?? '').length >= BODY_WORDS) bodySeen = true;
      continue;
    }
    const text = headingText(el);
    const n = words(text).length;
    if (n < 2 || n > 40 || isSite(text)) continue;
    candidates.push({ el, text, above: !bodySeen });
  }
  return { candidates, timeAbove };
}

/** A heading's words, without the buttons and links set in it ("Add to …") unless it is all a link. */
function headingText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const widget of copy.querySelectorAll('a, button, [role="button"], script, style')) widget.remove();
  const own = clean(copy.textContent ?? '');
  return own || clean(el.textContent ?? '');
}

/**
 * The headline the page shows above the article where the page's metadata agrees with it (the metadata's
 * title is often the one made for search engines or social media); the h1 just above the article when
 * none agrees; else the metadata's title.
 */
function chooseHeadline(shown: Shown[], titles: string[]): string | null {
  let best: { text: string; score: number } | null = null;
  for (const s of shown) {
    const score = Math.max(0, ...titles.map((t) => overlap(s.text, t)));
    if (score >= 0.5 && (!best || score > best.score)) best = { text: s.text, score };
  }
  if (best) return best.text;
  const above = shown.filter((s) => s.above && words(s.text).length >= 3);
  if (above.length > 0) return above.at(-1)!.text;
  return titles[0] ?? null;
}

/** How much of the shorter of two titles the other shares, by words (one word in common is chance). */
function overlap(a: string, b: string): number {
  const [x, y] = [new Set(words(a)), new Set(words(b))];
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  if (common < 2 && !(common === x.size && common === y.size)) return 0;
  return common / Math.min(x.size, y.size);
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

// ---- The date

/**
 * The date the article was first published: the page's publication tags, JSON-LD's datePublished, the
 * address's date, a date in its title (then, in pageMeta, the date written by its headline, or a time
 * element above the article); never an "updated" one. A moment
 * given in UTC that falls on the evening before in the publisher's own date (the address's, or one the
 * page writes in local time) is that date.
 */
function chooseDate(tags: Tags, ld: LdFields, doc: Document, url: string | null, titles: Title[]): string | null {
  const found: ParsedDate[] = [];
  const add = (raw: string | null | undefined) => {
    const d = parseDate(raw);
    if (d) found.push(d);
  };
  for (const t of DATE_TAGS.slice(0, 2)) for (const v of tags.get(t) ?? []) add(v);
  add(ld.date);
  for (const el of doc.querySelectorAll('[itemprop="datePublished"], time[pubdate]'))
    if (el.tagName !== 'META') add(el.getAttribute('datetime') ?? el.getAttribute('content'));
  for (const t of DATE_TAGS.slice(2)) for (const v of tags.get(t) ?? []) add(v);
  const fromUrl = dateInUrl(url);
  const first = found[0];
  if (first) {
    if (first.zone === 'utc' && first.hour !== null) {
      const local = [fromUrl, ...found.filter((d) => d.zone === 'local').map((d) => d.date)];
      const own = local.find((d) => d !== null && d !== first.date && sameDayNearby(first, d));
      if (own) return own;
    }
    return first.date;
  }
  return fromUrl ?? titles.find((t) => t.date)?.date ?? null;
}

/** The first date written after the headline, before the article runs on (a byline's "December 16,
 * 2016, 4:19 PM"), unless it is when the article was updated. */
function dateBy(headline: Element): string | null {
  let seen = 0;
  let before = '';
  const updating = () => /\b(?:updated|modified)\W*$/i.test(before);
  for (let node = after(headline); node && seen < 600; node = next(node)) {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName)) node = lastDescendant(el);
      else if (el.tagName === 'TIME' && !updating()) {
        const stamp = parseDate(el.getAttribute('datetime'));
        if (stamp) return stamp.date;
      }
      continue;
    }
    if (node.nodeType !== 3) continue;
    const text = clean(node.nodeValue ?? '');
    if (!text) continue;
    // "Dec. 13, 2016, 12:31 PM UTC / Updated Dec. 13, 2016, 6:06 PM": what stands before "Updated".
    const head = text.split(/\b(?:updated|modified)\b/i)[0]!;
    const d = head && !updating() ? parseDate(head) : null;
    if (d) return d.date;
    before += ` ${text}`;
    seen += text.length;
  }
  return null;
}

/** The node after an element's subtree, in document order. */
function after(el: Node): Node | null {
  for (let n: Node | null = el; n; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

function next(node: Node): Node | null {
  return node.firstChild ?? after(node);
}

function lastDescendant(node: Node): Node {
  let n = node;
  while (n.lastChild) n = n.lastChild;
  return n;
}

// ---- Whether the page is a news article

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
  for (const o of jsonLdNodes(doc)) {
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

// ---- JSON-LD

interface LdFields {
  headline?: string;
  author?: string;
  date?: string;
  publisher?: string;
  url?: string;
  /** Names of the news organisations the page describes (its publisher, where no article names it). */
  organizations: string[];
}

/** Every object of the page's JSON-LD, those of a `@graph` included; a script that is no JSON is passed over. */
function jsonLdNodes(doc: Document): Record<string, unknown>[] {
  const nodes: Record<string, unknown>[] = [];
  const collect = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(collect);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      nodes.push(o);
      if ('@graph' in o) collect(o['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {}
  }
  return nodes;
}

/** The first NewsArticle-like object in the page's JSON-LD, with its publisher looked up by id. */
function jsonLd(doc: Document): LdFields {
  const nodes = jsonLdNodes(doc);
  const types = (o: Record<string, unknown>) => [o['@type']].flat().map(String).join(' ');
  const byId = new Map(nodes.filter((o) => typeof o['@id'] === 'string').map((o) => [o['@id'] as string, o]));
  const name = (v: unknown): string | undefined => {
    if (typeof v === 'string') return decodeEntities(v);
    if (Array.isArray(v)) return v.map(name).filter(Boolean).join(', ') || undefined;
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.name === 'string') return decodeEntities(o.name);
      if (typeof o['@id'] === 'string' && byId.get(o['@id']) !== o) return name(byId.get(o['@id']));
    }
    return undefined;
  };
  const organizations = nodes
    .filter((o) => /Organization/.test(types(o)))
    .map((o) => name(o.name))
    .filter((n): n is string => !!n);
  const article = nodes.find((o) => /Article|Posting|Report/.test(types(o)));
  if (!article) return { organizations };
  return {
    headline: name(article.headline),
    author: name(article.author),
    date: name(article.datePublished),
    publisher: name(article.publisher),
    url: name(article.url) ?? name(article.mainEntityOfPage),
    organizations,
  };
}

/** JSON-LD strings are sometimes written with HTML's entities ("&#8216;Sex Simulation Game&#8217;"). */
function decodeEntities(s: string): string {
  const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };
  return s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (all, dec, hex, word) =>
    dec
      ? String.fromCodePoint(+dec)
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : (named[word.toLowerCase()] ?? all),
  );
}

/** Letters and digits only, in lower case: "POLITICO Politico Logo" → "politicopoliticologo". */
function squeeze(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whitespace collapsed, invisible characters dropped. */
function clean(s: string): string {
  return s
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
