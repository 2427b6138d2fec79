// @vitest-environment jsdom
// Which pages the reading memory remembers: those that present themselves as news articles, with their
// address, outlet, headline and date.
import { describe, expect, it } from 'vitest';
import { articlePage } from '../../src/browser/article-page';
import { articleSign } from '../../src/corpus/page-meta';

describe('a page that presents itself as an article', () => {
  const doc = (head: string, body = '') =>
    new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');

  it('says so in Open Graph, JSON-LD or microdata', () => {
    expect(articleSign(doc('<meta property="og:type" content="article">'))).toBe('og:type article');
    expect(
      articleSign(
        doc(
          '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["ReportageNewsArticle"]}]}</script>',
        ),
      ),
    ).toBe('json-ld ReportageNewsArticle');
    expect(articleSign(doc('', '<div itemscope itemtype="https://schema.org/OpinionNewsArticle"></div>'))).toBe(
      'microdata OpinionNewsArticle',
    );
  });

  it('is not a home page, a product, satire or a page without a sign', () => {
    expect(articleSign(doc('<meta property="og:type" content="website">'))).toBeNull();
    expect(articleSign(doc('<script type="application/ld+json">{"@type":"Product"}</script>'))).toBeNull();
    expect(articleSign(doc('<script type="application/ld+json">{"@type":"SatiricalArticle"}</script>'))).toBeNull();
    expect(articleSign(doc('<title>Forum</title>'))).toBeNull();
  });

  it('gives its address, outlet, headline and date', () => {
    const page = articlePage(
      doc(
        '<title>T</title><meta property="og:type" content="article"><meta property="og:site_name" content="The Daily Ledger"><meta property="article:published_time" content="2016-10-12T08:00:00Z">',
      ),
      { origin: 'https://ledger.example', pathname: '/piers', search: '?a=1', hostname: 'ledger.example' },
    );
    expect(page).toMatchObject({
      url: 'https://ledger.example/piers?a=1',
      publication: 'The Daily Ledger',
      headline: 'T',
      date: '2016-10-12',
    });
  });
});
