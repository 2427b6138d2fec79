// A news page's outlet, headline and date, read from the publisher's own data: each rule on markup written
// the way news sites write it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dateInUrl, parseDate, sameDayNearby } from '../../src/corpus/dates';
import { readArticle } from '../../src/corpus/files';
import { sameOutlet } from '../../src/corpus/outlets';
import { pageMeta, splitTitle } from '../../src/corpus/page-meta';
import { plainTextMeta } from '../../src/corpus/plain';

const BODY =
  '<p>The council voted on Monday to fund the long-awaited bridge over the river, ending years of debate among residents, engineers and the state.</p>';
const meta = (head: string, body = `<h1>Council approves bridge</h1>${BODY}`, savedFrom: string | null = null) => {
  const { document } = parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  return pageMeta(document as unknown as Document, savedFrom);
};
const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const og = (property: string, content: string) => `<meta property="${property}" content="${content}">`;
const canonical = (href: string) => `<link rel="canonical" href="${href}">`;

describe('the outlet', () => {
  it('is JSON-LD’s publisher where the address confirms it, not an og:site_name that is a section', () => {
    const m = meta(
      canonical('https://www.reuters.com/article/us-awards-sag-idUSKBN1ZI0EH') +
        og('og:site_name', 'U.S.') +
        ld({
          '@type': 'NewsArticle',
          headline: 'Council approves bridge',
          publisher: { '@type': 'Organization', name: 'Reuters' },
        }),
    );
    expect(m.publication).toBe('Reuters');
  });

  it('finds a publisher given by id in a JSON-LD graph', () => {
    const m = meta(
      canonical('https://www.example-herald.com/2020/01/03/bridge') +
        ld({
          '@graph': [
            { '@type': 'NewsMediaOrganization', '@id': '#org', name: 'The Example Herald' },
            { '@type': 'NewsArticle', headline: 'Council approves bridge', publisher: { '@id': '#org' } },
          ],
        }),
    );
    expect(m.publication).toBe('The Example Herald');
  });

  it('is the table’s name for a site name written as an address or a slug, or abbreviated', () => {
    const site = (url: string, name: string) => meta(canonical(url) + og('og:site_name', name)).publication;
    expect(site('http://www.telegraph.co.uk/news/politics/11313354/thatcher.html', 'Telegraph.co.uk')).toBe(
      'The Telegraph',
    );
    expect(site('http://articles.latimes.com/2009/oct/14/business/fi-bigtvs14', 'latimes')).toBe('Los Angeles Times');
    expect(site('https://www.bloomberg.com/news/articles/2016-12-07/air-force-one', 'Bloomberg.com')).toBe('Bloomberg');
    expect(site('http://www.nydailynews.com/new-york/club-article-1.2078107', 'NY Daily News')).toBe(
      'New York Daily News',
    );
    expect(site('https://www.theguardian.com/education/2020/jan/20/academics', 'the Guardian')).toBe('The Guardian');
  });

  it('keeps a publisher’s own name that the table does not know, or that names it otherwise', () => {
    const site = (url: string, name: string) => meta(canonical(url) + og('og:site_name', name)).publication;
    expect(site('https://www.usmagazine.com/celebrity-news/news/lady-gaga-w454419/', 'Us Weekly')).toBe('Us Weekly');
    expect(site('http://www.huffingtonpost.com/2015/01/14/jamie-dimon_n_6470358.html', 'The Huffington Post')).toBe(
      'The Huffington Post',
    );
    expect(site('http://www.al.com/sports/index.ssf/2014/12/lou_holtz.html', 'AL.com')).toBe('AL.com');
  });

  it('is the title’s site name where the page has no other, else the address’s', () => {
    const fromTitle = meta(
      `<title>Helter Shelter: NYC’s Fallout Shelters Basically Don’t Exist Anymore - Gothamist</title>${canonical('https://gothamist.com/news/helter-shelter')}`,
    );
    expect(fromTitle.publication).toBe('Gothamist');
    const fromAddress = meta(
      `<title>Council approves bridge</title>${canonical('https://www.example-herald.com/a/b')}`,
    );
    expect(fromAddress.publication).toBe('example-herald.com');
  });

  it('reads a meta tag’s value where a page saved by an extractor moved its content there', () => {
    const m = meta(
      '<meta value="Page Six" name="og:site_name"><meta value="2016-12-19T19:08:44-05:00" name="article:published_time">',
    );
    expect(m).toMatchObject({ publication: 'Page Six', date: '2016-12-19' });
  });

  it('is never a line of the article: an “Updated on … / CBS News” line, a byline, a caption', () => {
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-meta-'));
    const file = join(dir, 'cbs.html');
    writeFileSync(
      file,
      `<!-- saved from url=(0071)https://www.cbsnews.com/news/impeachment-hearing-live-updates-2019-11-19/ -->
<html><head><title>Impeachment hearing: live updates</title></head><body><article>
<p>Updated on: November 19, 2019 / 10:07 AM / CBS News</p><p>By Grace Segers</p>
<p>WASHINGTON — Four witnesses testify on Tuesday in the second week of public hearings, the committee said, with more to come.</p>
<p>“I am here today to tell you what I know,” said Alexander Vindman in his opening statement to the committee.</p>
</article></body></html>`,
    );
    const r = readArticle({ path: file, id: 'cbs.html' });
    if (!r.ok) throw new Error(r.refusal.reason);
    expect(r.article.meta).toMatchObject({
      publication: 'CBS News',
      url: 'https://www.cbsnews.com/news/impeachment-hearing-live-updates-2019-11-19/',
      date: '2019-11-19',
      dateline: 'WASHINGTON',
    });
  });

  it('is not an “Updated” line at the head of a plain-text article either', () => {
    const m = plainTextMeta(
      'Updated on: November 19, 2019 / 10:07 AM / CBS News\n\nWitnesses testify\n\nFour witnesses testify on Tuesday.',
    );
    expect(m.publication).toBeNull();
    expect(m.headline).toBe('Witnesses testify');
  });
});

describe('the headline', () => {
  const isSite = (names: string[]) => (t: string) => names.some((n) => sameOutlet(t, n));

  it('is the title without the site’s name, its sections, or a date at its end', () => {
    expect(splitTitle('Why the GOP Cannot Quit Trump | National Review', isSite(['National Review'])).headline).toBe(
      'Why the GOP Cannot Quit Trump',
    );
    expect(splitTitle('Storm hits the coast - BBC News', isSite(['BBC'])).headline).toBe('Storm hits the coast');
    expect(
      splitTitle(
        'Standing Rock protesters hold out against police violence | Dakota Access pipeline | The Guardian',
        isSite(['The Guardian']),
      ).headline,
    ).toBe('Standing Rock protesters hold out against police violence');
    expect(splitTitle('BBC News - Storm hits the coast', isSite(['BBC'])).headline).toBe('Storm hits the coast');
    expect(splitTitle('Uncork the mystery of Germany’s Frühburgunder | DW | 10.06.2013', isSite(['DW']))).toEqual({
      headline: 'Uncork the mystery of Germany’s Frühburgunder',
      site: 'DW',
      date: '2013-06-10',
    });
  });

  it('keeps a dash or a colon of its own', () => {
    expect(splitTitle('Brexit - what happens next | BBC News', isSite(['BBC'])).headline).toBe(
      'Brexit - what happens next',
    );
    expect(splitTitle('Insiders: Trump will sink Pence in VP debate - POLITICO', isSite(['Politico'])).headline).toBe(
      'Insiders: Trump will sink Pence in VP debate',
    );
    expect(splitTitle('A title with no site at all - or is it', isSite(['Herald'])).headline).toBe(
      'A title with no site at all - or is it',
    );
  });

  it('is the one the page shows when its metadata’s title (made for sharing) tells the same story', () => {
    const m = meta(
      `${og('og:title', 'Stephen Jones following in father Jerry’s footsteps')}<title>Stephen Jones following in shadow cast by father Jerry - Sports Illustrated</title>`,
      `<header><h1 class="logo">Sports Illustrated</h1></header><h1 class="m-detail-header--title">A Breath of Fresh Heir: Stephen Jones following in the shadow cast by his father</h1>${BODY}`,
    );
    expect(m.headline).toBe('A Breath of Fresh Heir: Stephen Jones following in the shadow cast by his father');
  });

  it('leaves out the links and buttons set in the heading', () => {
    const m = meta(
      og('og:title', 'Final manoeuvre of AirAsia flight raises questions over flying in storms'),
      `<h1 class="entry-title">Final manoeuvre of AirAsia flight raises questions over flying in storms <a href="#" title="Add to ...">Add to ...</a></h1>${BODY}`,
    );
    expect(m.headline).toBe('Final manoeuvre of AirAsia flight raises questions over flying in storms');
  });

  it('is the heading just above the article when no heading agrees with the metadata', () => {
    const m = meta(
      og('og:title', 'CRISPR Patents Spark Fight to Control Genome Editing | MIT Technology Review') +
        og('og:site_name', 'MIT Technology Review'),
      `<div class="menu"><h1>The Genes behind Autism</h1><h1>How Can an Aircraft Disappear?</h1></div>
<header class="article-meta"><h1>Who Owns the Biggest Biotech Discovery of the Century?</h1></header>${BODY}`,
    );
    expect(m.headline).toBe('Who Owns the Biggest Biotech Discovery of the Century?');
  });

  it('is the metadata’s title when the page shows none, never the site’s logo', () => {
    const m = meta(
      `${og('og:site_name', 'POLITICO')}<title>Insiders: Trump will sink Pence in VP debate - POLITICO</title>${canonical('https://www.politico.com/story/2016/10/vp-debate-229079')}`,
      `<h1>POLITICO Politico Logo</h1>${BODY}`,
    );
    expect(m.headline).toBe('Insiders: Trump will sink Pence in VP debate');
    expect(m.publication).toBe('Politico');
  });
});

describe('the date', () => {
  it('is the publication tag’s, else JSON-LD’s datePublished, else a pdate-style tag', () => {
    expect(meta(og('article:published_time', '2020-01-03T09:48:24Z')).date).toBe('2020-01-03');
    expect(meta(ld({ '@type': 'NewsArticle', datePublished: '2019-07-30T13:16:29-04:00' })).date).toBe('2019-07-30');
    expect(meta('<meta name="pdate" content="20160919">').date).toBe('2016-09-19');
    expect(meta('<meta name="article_date_original" content="Monday, December 29, 2014,  3:02 PM">').date).toBe(
      '2014-12-29',
    );
    expect(meta('<meta property="article:published_time" content="Mon Aug 03 12:45:00 EDT 2015">').date).toBe(
      '2015-08-03',
    );
  });

  it('is not the modified date, which a page may list first', () => {
    const m = meta(
      `<meta name="date" content="2020-01-06T09:22:36Z">${og('article:modified_time', '2020-01-06T09:22:36Z')}${og('article:published_time', '2020-01-03T09:48:24Z')}`,
    );
    expect(m.date).toBe('2020-01-03');
  });

  it('is the address’s where the page has no tag, and refuses placeholders', () => {
    const url = canonical('https://www.chicagotribune.com/nation-world/ct-trump-energy-20161213-story.html');
    expect(meta(url).date).toBe('2016-12-13');
    expect(meta(url + og('article:published_time', '0001-01-01T00:00:00Z')).date).toBe('2016-12-13');
    expect(meta(og('article:published_time', '1970-01-01T00:00:00Z')).date).toBeUndefined();
  });

  it('is the publisher’s own day for an evening story stamped in UTC', () => {
    // 04:38 UTC on the 19th is the evening of the 18th in New York, the day in the address.
    const nypost =
      canonical('http://nypost.com/2014/12/18/amazon-macmillan-make-peace/') +
      og('article:published_time', '2014-12-19T04:38:49+00:00');
    expect(meta(nypost).date).toBe('2014-12-18');
    // The same, where the page also writes the local time.
    const al =
      og('article:published_time', '2016-12-23T00:47:31Z') +
      '<meta name="article_date_original" content="Thursday, December 22, 2016, 06:47 PM">';
    expect(meta(al).date).toBe('2016-12-22');
    // A print date in the address, the day after, does not move a morning story.
    const nyt =
      canonical('https://www.nytimes.com/2016/09/20/nyregion/explosions.html') +
      og('article:published_time', '2016-09-19T11:46:01.000Z');
    expect(meta(nyt).date).toBe('2016-09-19');
  });

  it('is the date written by the headline, not the one it was updated', () => {
    const shown = (byline: string) =>
      meta('', `<h1>Council approves bridge</h1><div class="byline">${byline}</div>${BODY}`).date;
    expect(shown('<span>By JOSH HASKELL</span><div>December 16, 2016, 4:19 PM</div>')).toBe('2016-12-16');
    expect(shown('<span>Saibal Dasgupta / TNN / Updated: Oct 9, 2019, 11:05 IST</span>')).toBeUndefined();
    expect(shown('<span>Updated</span> <time datetime="2019-10-09T05:35:00Z">Oct 9</time>')).toBeUndefined();
    expect(shown('Dec. 13, 2016, 12:31 PM UTC / Updated Dec. 14, 2016, 6:06 PM')).toBe('2016-12-13');
  });

  it('is a date at the end of the title where nothing else dates the page', () => {
    expect(
      meta(`${og('og:site_name', 'DW.COM')}${og('og:title', 'Berlin confronts its colonial past | DW | 19.01.2020')}`)
        .date,
    ).toBe('2020-01-19');
  });
});

describe('dates as pages write them', () => {
  const NOW = Date.UTC(2026, 0, 1);
  it.each([
    ['2014-12-15T12:56-5:00', '2014-12-15', 'local'],
    ['2016-12-20T00:08:44+00:00', '2016-12-20', 'utc'],
    ['2019-08-28T00:00:43.741', '2019-08-28', 'utc'],
    ['Tue Dec 13 2016 18:06:00 GMT+0000 (UTC)', '2016-12-13', 'utc'],
    ['Tue, 07 Apr 2020 07:36:07 +0530', '2020-04-07', 'local'],
    ['Monday, Dec. 29 2014, 6:00 AM EST', '2014-12-29', 'local'],
    ['Published 30th December 2014', '2014-12-30', 'none'],
    ['24 September 2019', '2019-09-24', 'none'],
    ['2016 12 12 14:00:00', '2016-12-12', 'local'],
    ['19.01.2020', '2020-01-19', 'none'],
    ['10/17/2022 04:01 PM EDT', '2022-10-17', 'local'],
  ])('%s is %s', (raw, date, zone) => {
    expect(parseDate(raw, NOW)).toMatchObject({ date, zone });
  });

  it.each([
    '0001-01-01T00:00:00Z',
    '1970-01-01',
    '2014-00-29T11:12:28Z',
    '2015-02-30',
    '03/01/2020',
    '2030-05-01',
    'soon',
  ])('%s is no date', (raw) => {
    expect(parseDate(raw, NOW)).toBeNull();
  });

  it('finds the date in an address', () => {
    expect(dateInUrl('http://articles.latimes.com/2009/oct/14/business/fi-bigtvs14')).toBe('2009-10-14');
    expect(dateInUrl('http://www.bloomberg.com/news/2014-09-30/job-woes-linger.html')).toBe('2014-09-30');
    expect(dateInUrl('https://pagesix.com/2016/12/19/sofia-vergara/')).toBe('2016-12-19');
    expect(dateInUrl('https://www.wired.com/2016/09/ode-rosetta/')).toBeNull();
    expect(dateInUrl('https://timesofindia.indiatimes.com/india/x/articleshow/71496416.cms')).toBeNull();
  });

  it('knows when a UTC moment may fall on another day where it was published', () => {
    const late = parseDate('2014-12-19T04:38:49Z')!;
    const midday = parseDate('2016-09-19T11:46:01Z')!;
    expect(sameDayNearby(late, '2014-12-18')).toBe(true);
    expect(sameDayNearby(late, '2014-12-20')).toBe(false);
    expect(sameDayNearby(midday, '2016-09-20')).toBe(false);
    expect(sameDayNearby(midday, '2016-09-18')).toBe(false);
  });
});

describe('the same outlet', () => {
  it.each([
    ['NY Daily News', 'New York Daily News'],
    ['DW', 'Deutsche Welle'],
    ['Press Enterprise', 'The Press-Enterprise'],
    ['National Geographic News', 'National Geographic'],
    ['Le Monde.fr', 'Le Monde'],
  ])('%s is %s', (a, b) => {
    expect(sameOutlet(a, b)).toBe(true);
  });
  it.each([
    ['HuffPost', 'The Huffington Post'],
    ['NBC News', 'CBS News'],
    ['U.S.', 'Reuters'],
    ['News', 'Fox News'],
  ])('%s is not %s', (a, b) => {
    expect(sameOutlet(a, b)).toBe(false);
  });
});
