// A quotation's words as the matcher compares them: folded, with the places where the page left words
// out (… or ...) and the words it put in [brackets] marked, since those need not be in the index's wording.
// Each word keeps where it stands in the text, so a card can show the differences in the original words.

import { fold } from '../text/normalize';

export interface QueryWords {
  words: string[];
  /** gapBefore[i]: words may be missing before words[i] (an ellipsis stood there). */
  gapBefore: boolean[];
  /** bracket[i]: words[i] was the writer's insertion, not the speaker's. */
  bracket: boolean[];
  /** Where each word stands in the text: [start, end) string offsets. */
  spans: [number, number][];
}

// Bracketed insertions, ellipses (… ... . . .), and words (with their apostrophes and combining marks).
const PIECE = /\[[^\]]{0,80}\]|\u2026|\.(?: ?\.){2,}|[\p{L}\p{M}\p{N}]+(?:['\u2019\u02bc][\p{L}\p{M}\p{N}]+)*/gu;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02bc][\p{L}\p{M}\p{N}]+)*/gu;
// The same for ASCII text, which a simpler expression scans faster.
const PIECE_ASCII = /\[[^\]]{0,80}\]|\.(?: ?\.){2,}|[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*/g;
const WORD_ASCII = /[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*/g;
const APOSTROPHES = /['\u2019\u02bc]/g;

const ASCII = /^[\x00-\x7f]*$/;

export function queryWords(text: string, keepBrackets = false): QueryWords {
  const out: QueryWords = { words: [], gapBefore: [], bracket: [], spans: [] };
  // ASCII folds to lower case alone, letter for letter, so the whole text is folded at once.
  const ascii = ASCII.test(text);
  const lower = ascii ? text.toLowerCase() : '';
  const push = (at: number, end: number, bracket: boolean) => {
    const folded = ascii ? lower.slice(at, end) : fold(text.slice(at, end)).replace(/\s+/g, '');
    out.words.push(folded.includes("'") || folded.includes('\u2019') ? folded.replace(APOSTROPHES, '') : folded);
    out.gapBefore.push(gap);
    out.bracket.push(bracket && !keepBrackets);
    out.spans.push([at, end]);
    gap = false;
  };
  let gap = false;
  const piece = ascii ? PIECE_ASCII : PIECE;
  piece.lastIndex = 0;
  for (let m = piece.exec(text); m; m = piece.exec(text)) {
    const first = m[0][0];
    if (first === '\u2026' || first === '.') gap = true;
    else if (first !== '[') push(m.index, m.index + m[0].length, false);
    else {
      const word = ascii ? WORD_ASCII : WORD;
      const inner = m[0].slice(1, -1);
      word.lastIndex = 0;
      for (let w = word.exec(inner); w; w = word.exec(inner)) push(m.index + 1 + w.index, m.index + 1 + w.index + w[0].length, true);
    }
  }
  return out;
}
