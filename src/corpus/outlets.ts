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
  'mirror.co.uk': 'Daily Mirror',
  'msn.com': 'MSN',
  'msnbc.com': 'MSNBC',
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
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    return null;
  }
  const own = HOSTS[host];
  if (own) return OUTLETS[own] ?? own;
  const domain = getDomain(host);
  if (!domain) return host || null;
  return OUTLETS[domain] ?? domain;
}
