// The words of a text as everything compares them (the matcher, the index's clustering, the term test):
// folded, with the places where the writer left words out (… or ...) and the words they put in [brackets]
// marked, since those need not be in the speaker's wording. Each word keeps where it stands in the text, so
// a card can show the differences in the original words.

import { APOSTROPHES, isAscii } from './chars';
import { fold } from './normalize';

export interface Words {
  words: string[];
  /** gapBefore[i]: words may be missing before words[i] (an ellipsis stood there). */
  gapBefore: boolean[];
  /** bracket[i]: words[i] was the writer's insertion, not the speaker's. */
  bracket: boolean[];
  /** Where each word stands in the text: [start, end) string offsets. */
  spans: [number, number][];
}

// A word: letters, combining marks and digits, with apostrophes inside ("it’s", "O’Brien").
const WORD_SOURCE = `[\\p{L}\\p{M}\\p{N}]+(?:[${APOSTROPHES}][\\p{L}\\p{M}\\p{N}]+)*`;
// Bracketed insertions, ellipses (… ... . . .), and words.
const PIECE = new RegExp(`\\[[^\\]]{0,80}\\]|\u2026|\\.(?: ?\\.){2,}|${WORD_SOURCE}`, 'gu');
const WORD = new RegExp(WORD_SOURCE, 'gu');
// The same for ASCII text, which a simpler expression scans faster.
const PIECE_ASCII = /\[[^\]]{0,80}\]|\.(?: ?\.){2,}|[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*/g;
const WORD_ASCII = /[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*/g;
const APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, 'g');

/** The words of a text; words in [brackets] are marked as the writer's unless `keepBrackets`. */
export function wordsOf(text: string, keepBrackets = false): Words {
  const out: Words = { words: [], gapBefore: [], bracket: [], spans: [] };
  // ASCII folds to lower case alone, letter for letter, so the whole text is folded at once.
  const ascii = isAscii(text);
  const lower = ascii ? text.toLowerCase() : '';
  const push = (at: number, end: number, bracket: boolean) => {
    const folded = ascii ? lower.slice(at, end) : fold(text.slice(at, end)).replace(/\s+/g, '');
    out.words.push(folded.replace(APOSTROPHE, ''));
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
      for (let w = word.exec(inner); w; w = word.exec(inner))
        push(m.index + 1 + w.index, m.index + 1 + w.index + w[0].length, true);
    }
  }
  return out;
}

/** The folded words of a text, apostrophes dropped inside words ("It’s" → "its"). */
export function foldWords(text: string): string[] {
  return wordsOf(text, true).words;
}
