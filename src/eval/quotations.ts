// Real quotations for the matcher's evaluation: the quotations in quotation marks of PolNeAR's train and dev
// articles (never its test split). Four articles in five go into an index; the quotations of the fifth are
// what a page may quote that the index does not hold.

import { MIN_QUERY_WORDS } from '../match/matcher';
import { quoteIndexOf, type SyntheticIndex } from '../synth/index';
import { foldWords } from '../text/words';
import { loadSplit } from './polnear';

export interface RealQuotations {
  syn: SyntheticIndex;
  /** Quotations of the articles left out of the index, long enough to be matched at all. */
  others: string[];
  articles: number;
}

/** Every fifth article is left out of the index. */
const HELD_OUT = 5;
/**
 * Articles of one story quote the same words: a quotation left out that shares a run of this many words
 * with an indexed one is the same utterance (or holds a stock phrase), and no negative.
 */
const SAME_RUN = 5;

export function realQuotations(dir: string): RealQuotations {
  const docs = [...loadSplit(dir, 'train'), ...loadSplit(dir, 'dev')];
  const quotes: { text: string; speaker: string; doc: number }[] = [];
  const held: string[] = [];
  const seen = new Set<string>();
  docs.forEach((d, i) => {
    for (const g of d.gold) {
      const text = g.text.replace(/\s+/g, ' ').trim();
      const words = foldWords(text);
      const key = words.join(' ');
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      if (i % HELD_OUT === HELD_OUT - 1) {
        if (words.length >= MIN_QUERY_WORDS) held.push(text);
        continue;
      }
      // One speaker however the article names them ("Trump", "Donald Trump"), as the index builder merges them.
      const name = foldWords(g.speaker ?? g.source ?? d.name);
      quotes.push({ text, speaker: name[name.length - 1] ?? d.name, doc: i });
    }
  });
  const runs = new Set(quotes.flatMap((q) => runsOf(foldWords(q.text), SAME_RUN)));
  const others = held.filter((t) => {
    const words = foldWords(t);
    return ![...runsOf(words, SAME_RUN), ...runsOf(words, MIN_QUERY_WORDS)].some((r) => runs.has(r));
  });
  return { syn: quoteIndexOf(quotes), others, articles: docs.length };
}

/** The runs of `size` words of a quotation; a shorter quotation is one run, the whole of it. */
function runsOf(words: string[], size: number): string[] {
  if (words.length < size) return [words.join(' ')];
  const out: string[] = [];
  for (let i = 0; i + size <= words.length; i++) out.push(words.slice(i, i + size).join(' '));
  return out;
}
