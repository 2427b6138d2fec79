// Searching the index by words or speaker, as a reader types into the popup: entries that hold every word
// typed (the last one as typed so far) come first, those with the words in their speaker's name before
// those with them in the quotation; then fuse.js's fuzzy matches, for a misspelt query. So "compassion"
// lists the quotations that say compassion before the one that says "commission".

import Fuse from 'fuse.js';
import { foldWords } from '../text/words';

export interface SearchRecord {
  id: string;
  /** Reported speech: the reporter's words, shown without quotation marks. */
  paraphrase: boolean;
  text: string;
  speaker: string;
  aliases: string[];
  role: string;
  source: string;
  /** The speaker's id among the indexes in use ("INDEX:ID"), for their own list; '' when unknown. */
  speakerId: string;
  /** The first report's outlet and date, for a citation. */
  outlet: string | null;
  date: string | null;
  /** How sure the attribution is (see cardFor), so that the popup hedges as the card does. */
  attribution: number;
  /** Some sources name another speaker for the words. */
  outletsDiffer: boolean;
}

/** A query word this short is too likely a prefix of anything to look it up as one. */
const MIN_PREFIX = 3;

export class IndexSearch {
  private readonly fuse: Fuse<SearchRecord>;
  /** Each folded word, and the records whose speaker (bit 1) or quotation (bit 0) holds it. */
  private readonly words = new Map<string, Map<number, number>>();

  constructor(private readonly records: readonly SearchRecord[]) {
    this.fuse = new Fuse(records, {
      keys: [
        { name: 'text', weight: 0.6 },
        { name: 'speaker', weight: 0.3 },
        { name: 'aliases', weight: 0.1 },
      ],
      ignoreLocation: true,
      threshold: 0.35,
      minMatchCharLength: 2,
    });
    records.forEach((r, i) => {
      for (const w of foldWords(r.text)) this.post(w, i, 1);
      for (const w of foldWords([r.speaker, ...r.aliases].join(' '))) this.post(w, i, 2);
    });
  }

  search(query: string, limit = 20): SearchRecord[] {
    const typed = foldWords(query);
    if (typed.length === 0) return [];
    // Every word typed, whole; the last one may be a word being typed.
    let hits: Map<number, number> | null = null;
    for (const [k, word] of typed.entries()) {
      const found = this.holding(word, k === typed.length - 1 && word.length >= MIN_PREFIX);
      hits = hits ? intersect(hits, found) : found;
      if (hits.size === 0) break;
    }
    const whole = [...(hits ?? new Map<number, number>())]
      .sort(([a, fa], [b, fb]) => fb - fa || this.records[a]!.text.length - this.records[b]!.text.length || a - b)
      .map(([i]) => this.records[i]!);
    const seen = new Set(whole.map((r) => r.id));
    const fuzzy = this.fuse
      .search(query, { limit })
      .map((r) => r.item)
      .filter((r) => !seen.has(r.id));
    return [...whole, ...fuzzy].slice(0, limit);
  }

  private post(word: string, record: number, field: number): void {
    let list = this.words.get(word);
    if (!list) {
      list = new Map();
      this.words.set(word, list);
    }
    list.set(record, (list.get(record) ?? 0) | field);
  }

  /** The records holding a word, or a word it begins; each with the fields it is in. */
  private holding(word: string, prefix: boolean): Map<number, number> {
    const out = new Map(this.words.get(word) ?? []);
    if (!prefix) return out;
    for (const [w, list] of this.words) {
      if (w === word || !w.startsWith(word)) continue;
      for (const [i, f] of list) out.set(i, (out.get(i) ?? 0) | f);
    }
    return out;
  }
}

/** Records in both, with the fields that hold their words. */
function intersect(a: Map<number, number>, b: Map<number, number>): Map<number, number> {
  const out = new Map<number, number>();
  for (const [i, f] of a) {
    const g = b.get(i);
    if (g !== undefined) out.set(i, f | g);
  }
  return out;
}
