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

const PIECE = /\[[^\]]{0,80}\]|\u2026|\.{3,}|[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

export function queryWords(text: string, keepBrackets = false): QueryWords {
  const out: QueryWords = { words: [], gapBefore: [], bracket: [] };
  let gap = false;
  for (const m of fold(text).matchAll(PIECE)) {
    const piece = m[0];
    if (piece === '\u2026' || piece.startsWith('...')) {
      gap = true;
      continue;
    }
    const inBracket = piece.startsWith('[');
    const words = inBracket ? (piece.slice(1, -1).match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []) : [piece];
    for (const w of words) {
      out.words.push(w.replace(/'/g, ''));
      out.gapBefore.push(gap);
      out.bracket.push(inBracket && !keepBrackets);
      gap = false;
    }
  }
  return out;
}
