// Generated articles (src/synth) use every attribution form the engine knows; each quotation must be found
// whole and attributed to the person the generator made say it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/attribution/extract';
import { articles } from '../../src/synth/articles';

describe('generated news', () => {
  it('every quotation found and attributed to its speaker', () => {
    const misses: string[] = [];
    for (const a of articles(300, 11)) {
      const found = extract(a.text).quotes;
      for (const q of a.quotes) {
        const e = found.find((x) => x.text.replace(/[.,]$/, '') === q.text);
        if (e?.speaker?.name !== q.speaker)
          misses.push(`${q.speaker}: ${q.text} → ${e ? (e.speaker?.name ?? 'no speaker') : 'not found'}`);
      }
    }
    expect(misses).toEqual([]);
  });
});
