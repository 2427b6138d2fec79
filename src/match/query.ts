// A quotation's words as the matcher compares them: folded, with the places where the page left words
// out (… or ...) and the words it put in [brackets] marked, since those need not be in the index's wording.

import { fold } from '../text/normalize';

export interface QueryWords {
  words: string[];
  /** gapBefore[i]: words may be missing before words[i] (an ellipsis stood there). */
  gapBefore: boolean[];
  /** bracket[i]: words[i] was the writer's insertion, not the speaker's. */
  bracket: boolean[];
}

// Bracketed insertions, ellipses (… ... . . .), and words; ASCII text takes the faster expression.
const PIECE = /\[[^\]]{0,80}\]|\u2026|\.(?: ?\.){2,}|[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
const PIECE_ASCII = /\[[^\]]{0,80}\]|\.(?: ?\.){2,}|[a-z0-9]+(?:'[a-z0-9]+)*/g;
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
const ASCII = /^[\x00-\x7f]*$/;

export function queryWords(text: string, keepBrackets = false): QueryWords {
  const out: QueryWords = { words: [], gapBefore: [], bracket: [] };
  const folded = fold(text);
  let gap = false;
  for (const m of folded.matchAll(ASCII.test(folded) ? PIECE_ASCII : PIECE)) {
    const piece = m[0];
    if (piece === '\u2026' || piece[0] === '.') {
      gap = true;
      continue;
    }
    const inBracket = piece[0] === '[';
    const words = inBracket ? (piece.slice(1, -1).match(WORD) ?? []) : [piece];
    for (const w of words) {
      out.words.push(w.includes("'") ? w.replace(/'/g, '') : w);
      out.gapBefore.push(gap);
      out.bracket.push(inBracket && !keepBrackets);
      gap = false;
    }
  }
  return out;
}
