// The outlet behind a news site's address: a table of common news domains (as their owners name
// themselves), else the site's registrable domain ("example-news.com"), which names it better than a guess.
// The corpus reader uses it for an article whose page does not name its publication, and the Quotebank
// import for every source.

import { getDomain } from 'tldts';

const OUTLETS: Record<string, string> = {
  'abc.net.au': 'ABC News (Australia)',
  'abcnews.go.com': 'ABC News',
  'aljazeera.com': 'Al Jazeera',
  'apnews.com': 'Associated Press',
  'axios.com': 'Axios',
  'bbc.co.uk': 'BBC',
  'bbc.com': 'BBC',
  'bloomberg.com': 'Bloomberg',
  'bostonglobe.com': 'The Boston Globe',
  'breitbart.com': 'Breitbart',
  'businessinsider.com': 'Business Insider',
  'buzzfeednews.com': 'BuzzFeed News',
  'cbc.ca': 'CBC News',
  'cbsnews.com': 'CBS News',
  'chicagotribune.com': 'Chicago Tribune',
  'cnbc.com': 'CNBC',
  'cnn.com': 'CNN',
  'csmonitor.com': 'The Christian Science Monitor',
  'dailymail.co.uk': 'Daily Mail',
  'dailystar.co.uk': 'Daily Star',
  'dallasnews.com': 'The Dallas Morning News',
  'deadline.com': 'Deadline',
  'dw.com': 'Deutsche Welle',
  'economist.com': 'The Economist',
  'elmundo.es': 'El Mundo',
  'elpais.com': 'El País',
  'eonline.com': 'E! News',
  'euronews.com': 'Euronews',
  'faz.net': 'Frankfurter Allgemeine Zeitung',
  'forbes.com': 'Forbes',
  'foxnews.com': 'Fox News',
  'france24.com': 'France 24',
  'ft.com': 'Financial Times',
  'globo.com': 'Globo',
  'huffingtonpost.com': 'HuffPost',
  'huffpost.com': 'HuffPost',
  'independent.co.uk': 'The Independent',
  'indiatimes.com': 'The Times of India',
  'latimes.com': 'Los Angeles Times',
  'lefigaro.fr': 'Le Figaro',
  'lemonde.fr': 'Le Monde',
  'miamiherald.com': 'Miami Herald',
  'mirror.co.uk': 'Daily Mirror',
  'msn.com': 'MSN',
  'msnbc.com': 'MSNBC',
  'nationalgeographic.co.uk': 'National Geographic',
  'nationalgeographic.com': 'National Geographic',
  'nbcnews.com': 'NBC News',
  'newsweek.com': 'Newsweek',
  'npr.org': 'NPR',
  'nydailynews.com': 'New York Daily News',
  'nypost.com': 'New York Post',
  'nytimes.com': 'The New York Times',
  'politico.com': 'Politico',
  'politico.eu': 'Politico Europe',
  'reuters.com': 'Reuters',
  'rollingstone.com': 'Rolling Stone',
  'rt.com': 'RT',
  'sfchronicle.com': 'San Francisco Chronicle',
  'skynews.com.au': 'Sky News Australia',
  'smh.com.au': 'The Sydney Morning Herald',
  'spiegel.de': 'Der Spiegel',
  'sueddeutsche.de': 'Süddeutsche Zeitung',
  'telegraph.co.uk': 'The Telegraph',
  'theatlantic.com': 'The Atlantic',
  'theglobeandmail.com': 'The Globe and Mail',
  'theguardian.com': 'The Guardian',
  'thehill.com': 'The Hill',
  'thetimes.co.uk': 'The Times',
  'time.com': 'Time',
  'usatoday.com': 'USA Today',
  'usnews.com': 'U.S. News & World Report',
  'vanityfair.com': 'Vanity Fair',
  'variety.com': 'Variety',
  'vox.com': 'Vox',
  'washingtonexaminer.com': 'Washington Examiner',
  'washingtonpost.com': 'The Washington Post',
  'washingtontimes.com': 'The Washington Times',
  'wired.com': 'Wired',
  'wsj.com': 'The Wall Street Journal',
  'yahoo.com': 'Yahoo News',
  'zeit.de': 'Die Zeit',
};

/** A subdomain that is an outlet of its own, besides its registrable domain's. */
const HOSTS: Record<string, string> = {
  'abcnews.go.com': 'abcnews.go.com',
  'news.sky.com': 'Sky News',
  'money.cnn.com': 'CNN Business',
};

/** The outlet of an article's address, or null when it is not a web address. */
export function outletOf(url: string): string | null {
  const host = hostOf(url);
  if (host === null) return null;
  return knownOutlet(url) ?? getDomain(host) ?? (host || null);
}

/** The outlet that the table of news domains gives an address, or null when it has none. */
export function knownOutlet(url: string): string | null {
  const host = hostOf(url);
  if (!host) return null;
  const own = HOSTS[host];
  if (own) return OUTLETS[own] ?? own;
  const domain = getDomain(host);
  return (domain && OUTLETS[domain]) ?? null;
}

/** The name an address gives its site: "nytimes" for www.nytimes.com, "bbc" for news.bbc.co.uk. */
export function siteLabel(url: string): string | null {
  const host = hostOf(url);
  const domain = host && getDomain(host);
  return domain ? domain.split('.')[0]! : null;
}

/** A site's name written as an address or a slug ("Telegraph.co.uk", "DW.COM", "latimes", "al"): a
 * publisher's own data that names the site, but not as a reader knows it. */
export function isAddressLike(name: string): boolean {
  return /^[\w-]+(?:\.[a-z]{2,})+$/i.test(name) || /^[a-z][a-z0-9-]*$/.test(name);
}

/** Words that do not tell two outlets apart ("National Geographic News", "E! Online", "The Guardian"). */
const GENERIC = new Set(['the', 'news', 'online', 'www', 'com', 'org', 'net', 'co', 'uk']);

/**
 * Are two names the same outlet? Equal but for case, accents, punctuation, spacing, an address's ending
 * and generic words ("the Guardian", "Bloomberg.com", "The Press-Enterprise" / "Press Enterprise"), or one
 * abbreviating the other's words by their initials ("NY Daily News" / "New York Daily News", "DW" /
 * "Deutsche Welle").
 */
export function sameOutlet(a: string, b: string): boolean {
  const [x, y] = [outletWords(a), outletWords(b)];
  if (x.words.length === 0 || y.words.length === 0) return false;
  if (x.words.join('') === y.words.join('')) return true;
  return abbreviates(x, y) || abbreviates(y, x);
}

interface OutletWords {
  words: string[];
  /** Of those words, the ones written in capitals (a possible abbreviation). */
  capitals: Set<string>;
}

function outletWords(name: string): OutletWords {
  const raw = name
    .replace(/\.[a-z]{2,4}(?:\.[a-z]{2})?$/i, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const kept = raw.filter((w) => !GENERIC.has(w.toLowerCase()));
  return {
    words: kept.map((w) => w.toLowerCase()),
    capitals: new Set(
      kept.filter((w) => w.length >= 2 && w.length <= 5 && w === w.toUpperCase()).map((w) => w.toLowerCase()),
    ),
  };
}

/** Does a word in capitals in `short` stand for a run of `long`'s words, the rest being the same? */
function abbreviates(short: OutletWords, long: OutletWords): boolean {
  for (const [i, word] of short.words.entries()) {
    if (!short.capitals.has(word)) continue;
    for (let j = 0; j + word.length <= long.words.length; j++) {
      const run = long.words.slice(j, j + word.length);
      if (run.map((w) => w[0]).join('') !== word) continue;
      const expanded = [...short.words.slice(0, i), ...run, ...short.words.slice(i + 1)];
      if (expanded.join('') === long.words.join('')) return true;
    }
  }
  return false;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    return null;
  }
}
