// Sentence boundaries over a paragraph's tokens. A quotation token ends a sentence when its words end with
// . ? ! or … and what follows starts a new one (“… epidemic.” Next sentence), but not in “Why?” she asked.

import { isTerminal, isUpper } from './chars';
import { periodMayEnd, type Token } from './tokens';

/** Words that start sentences; after an abbreviation ("the U.S. The …") only these mark a new sentence. */
const SENTENCE_STARTERS = new Set(
  'The A An He She It They We I You This That These Those There But And Or So Yet In On At For With After Before When While As If Still Meanwhile However Later Earlier Now Then His Her Their Its Our One Some Many Most'.split(
    ' ',
  ),
);

/** Quotation marks (and spaces) at the edges of a quotation token. */
const MARKS_AROUND = /^[\s"'`“”„‘’‚«»‹›「」『』]+|[\s"'`“”„‘’‚«»‹›「」『』]+$/g;

/** Half-open token index ranges, one per sentence. */
export function sentences(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (endsSentence(tokens, i)) {
      out.push([from, i + 1]);
      from = i + 1;
    }
  }
  if (from < tokens.length) out.push([from, tokens.length]);
  return out;
}

function endsSentence(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!next) return true;
  if (t.kind === 'quote') {
    const inner = t.text.replace(MARKS_AROUND, '');
    return isTerminal(inner[inner.length - 1]) && startsSentence(next, false);
  }
  if (t.kind === 'punct' && isTerminal(t.text)) return startsSentence(next, false);
  if (t.kind === 'word' && t.text.endsWith('.') && t.text.length > 1) {
    return periodMayEnd(t.text) && startsSentence(next, true);
  }
  return false;
}

function startsSentence(next: Token, afterAbbreviation: boolean): boolean {
  if (next.kind === 'quote') return true;
  if (next.kind === 'punct') return next.text === '(' || next.text === '[';
  if (afterAbbreviation) return SENTENCE_STARTERS.has(next.text);
  return isUpper(next.text[0]) || next.kind === 'num';
}
