// The index of the bundled seed corpus, built in-process.
import { join } from 'node:path';
import type { Article } from '../../src/corpus/article';
import { listCorpus, readArticle } from '../../src/corpus/files';
import { buildIndex } from '../../src/index/build';
import type { QuoteIndex } from '../../src/index/schema';
import { ROOT } from './cli';

export function seedIndex(): QuoteIndex {
  const articles: Article[] = [];
  for (const f of listCorpus([join(ROOT, 'corpus')]).files) {
    const r = readArticle(f);
    if (r.ok) articles.push(r.article);
  }
  return buildIndex(articles);
}
