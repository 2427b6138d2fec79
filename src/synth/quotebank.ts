// Quotebank-format lines for tests and benchmarks (Quotebank itself cannot be shipped): generated
// news-like quotations, most attributed with a high probability, some to "None" or below any threshold,
// printed by one to a few articles of generated news sites.

import type { QuotebankLine } from '../index/quotebank';
import { speakerName, speech } from './speech';
import { int, rng } from './vocabulary';

const SITES = ['nytimes.com', 'www.theguardian.com', 'edition.cnn.com', 'www.bbc.co.uk', 'apnews.com'];

/** `count` lines (speakers shared by about eight quotations each), dated through 2019 and 2020. */
export function* quotebankLines(count: number, seed = 13): Generator<QuotebankLine> {
  const r = rng(seed);
  const speakers = Array.from({ length: Math.max(1, Math.ceil(count / 8)) }, () => speakerName(r));
  for (let n = 0; n < count; n++) {
    const speaker = speakers[int(r, 0, speakers.length - 1)]!;
    const other = speakers[int(r, 0, speakers.length - 1)]!;
    const roll = r();
    // One in ten unattributed, one in ten attributed with little probability.
    const top = roll < 0.1 ? 'None' : speaker;
    const p = roll < 0.2 ? 0.3 + 0.2 * r() : 0.75 + 0.24 * r();
    const day = `${2019 + (n % 2)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
    const sites = int(r, 1, 3);
    const urls = Array.from(
      { length: sites },
      (_, k) => `https://${SITES[(n + k) % SITES.length]}/${day.replaceAll('-', '/')}/story-${Math.floor(n / 3) + k}`,
    );
    yield {
      quoteID: `${day}-${String(n).padStart(6, '0')}`,
      quotation: speech(r).replace(/[.!?]$/, ''),
      speaker: top,
      qids: top === 'None' ? [] : [`Q${1000 + (n % 5000)}`],
      date: `${day} ${String(int(r, 0, 23)).padStart(2, '0')}:04:05`,
      numOccurrences: sites + int(r, 0, 2),
      probas: [
        [top, p.toFixed(4)],
        [other, ((1 - p) / 2).toFixed(4)],
      ],
      urls,
      phase: 'E',
    };
  }
}
