// The quote finder: pairs quotation marks in running text. One finder serves the corpus (index build, CLI)
// and the page (content script), so both agree on what a quotation is.
//
// It scans each paragraph once, and no further, keeping a small stack of open marks, so its time is linear
// in the text whatever the marks: an unmatched mark is dropped, never searched for, and never swallows
// what follows.

import { isAlnum, isDigit, isLetter, isSpace, isSpaceOrEdge } from '../text/chars';
import { paragraphs, type Span } from '../text/paragraphs';
import { APOSTROPHES, CLOSE_ONLY, CLOSERS, family, OPEN_ONLY, QUOTE_CHARS, SPACING_FREE } from './marks';

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, and just after it (a mark may be two characters: '' or ``). */
  close: number;
  after: number;
  /** The quoted words: from the first to the last non-space character inside the marks. */
  start: number;
  end: number;
  openMark: string;
  closeMark: string;
  /** The quoted words in each paragraph the quotation runs through (one for most quotations). */
  segments: Span[];
  /** 0 for a quotation in running text, 1 for a quotation inside a quotation, and so on. */
  depth: number;
}

interface Opener {
  mark: string;
  pos: number;
  /** Opened with a space inside the mark (“ like this ”): it may close the same way. */
  spaced: boolean;
  /** Where the current paragraph's part of the quotation begins. */
  from: number;
  /** Parts in earlier paragraphs, for a quotation that continues across paragraphs. */
  done: Span[];
}

/** Marks that only open in the languages we read, so that one may stand before a space: “ I love it.” */
const SPACED_OPENERS = '\u201C\u201E';
/** Nesting deeper than this is never real text; bounding it keeps every step O(1). */
const MAX_DEPTH = 6;
/** A quotation running through more paragraphs than this is an unclosed mark, not a speech. */
const MAX_PARAGRAPHS = 25;
/** Words that start with an apostrophe: 'em, 'tis, rock 'n' roll, 'cause. */
const ELISION = /^(?:em|tis|twas|til|cause|bout|round|n['\u2019])(?![\p{L}])/iu;
/** Quotation-mark characters by code unit, for a scan that never looks past its paragraph. */
const IS_MARK = new Uint8Array(0x10000);
for (const ch of `${QUOTE_CHARS}\``) IS_MARK[ch.charCodeAt(0)] = 1;

/** Counts the finder's elementary steps, so tests can check that its work grows linearly with the text. */
export interface FinderMeter {
  steps: number;
}

export function findQuotes(text: string, paras: Span[] = paragraphs(text), meter?: FinderMeter): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  let carried: Opener | null = null;

  for (const para of paras) {
    const stack: Opener[] = [];
    let from = para.start;
    if (carried) {
      // A paragraph that opens with a mark of the same kind continues the unclosed quotation before it.
      const first = text[para.start]!;
      if (first in CLOSERS && family(first) === family(carried.mark)) {
        stack.push({ ...carried, from: para.start + 1 });
        from = para.start + 1;
      }
      carried = null;
    }

    if (meter) meter.steps += para.end - from;
    for (let i = from; i < para.end; i++) {
      if (IS_MARK[text.charCodeAt(i)] === 0) continue;
      // Two apostrophes (or two backticks) stand for a double quotation mark in wire and legacy text.
      const tick = text[i] === '`';
      // In ,''' the first apostrophe closes a quotation inside the quotation that the other two close.
      const innerFirst = text[i + 2] === "'" && stack[stack.length - 1]?.mark === "'";
      const doubled = text[i + 1] === text[i] && (tick || text[i] === "'") && !innerFirst ? 2 : 1;
      if (tick && doubled === 1) continue;
      const ch = doubled === 2 ? '"' : text[i]!;
      if (meter) meter.steps += 1 + stack.length;
      const prev = i > para.start ? text[i - 1] : undefined;
      const next = i + doubled < para.end ? text[i + doubled] : undefined;
      if (doubled === 1 && APOSTROPHES.includes(ch) && isApostrophe(text, i, prev, next)) continue;

      // Guillemets and CJK brackets say nothing by their spacing (French pads them, Japanese has no spaces).
      const free = SPACING_FREE.includes(ch);
      // A typed space inside an opening mark that only opens: “ I love what I’m doing.”
      const spacedOpen =
        doubled === 1 &&
        SPACED_OPENERS.includes(ch) &&
        isSpace(next) &&
        (isSpaceOrEdge(prev) || !isAlnum(prev)) &&
        isAlnum(text[i + 2]);
      const canOpen = ch in CLOSERS && !CLOSE_ONLY.includes(ch) && (free || leftFlanking(prev, next) || spacedOpen);
      // A mark standing alone closes after an inner quotation's mark or a sentence's end: …outreach,' " he said;
      // and after a space when the quotation opened with one: “ like this ”.
      const loose =
        isSpace(prev) &&
        ((isSpaceOrEdge(next) && i - 2 >= para.start && /['\u2019,.!?]/.test(text[i - 2]!)) ||
          (stack[stack.length - 1]?.spaced === true && (isSpaceOrEdge(next) || !isAlnum(next))));
      const canClose =
        !OPEN_ONLY.includes(ch) && !tick && (free ? prev !== undefined : rightFlanking(prev, next) || loose);

      const at = canClose ? closableAt(stack, ch) : -1;
      if (at >= 0) {
        const opener = stack[at]!;
        stack.length = at;
        const parts = [...opener.done, { start: opener.from, end: i }]
          .map((s) => trim(text, s))
          .filter((s) => s.end > s.start);
        if (parts.length > 0) {
          found.push({
            open: opener.pos,
            close: i,
            after: i + doubled,
            start: parts[0]!.start,
            end: parts[parts.length - 1]!.end,
            openMark: opener.mark,
            closeMark: ch,
            segments: parts,
            depth: 0,
          });
        }
      } else if (canOpen && (ch !== '\u201D' || !rightFlanking(prev, next))) {
        if (stack.length === MAX_DEPTH) stack.shift();
        stack.push({ mark: ch, pos: i, from: i + doubled, done: [], spaced: spacedOpen && !leftFlanking(prev, next) });
      }
      i += doubled - 1;
    }

    const outer = stack[0];
    if (outer && outer.done.length < MAX_PARAGRAPHS) {
      carried = { ...outer, done: [...outer.done, { start: outer.from, end: para.end }] };
    }
  }

  return withDepth(found);
}

/** The quotations in running text, without those nested inside others. */
export function topLevelQuotes(text: string, paras?: Span[]): QuoteSpan[] {
  return findQuotes(text, paras).filter((q) => q.depth === 0);
}

function closableAt(stack: Opener[], ch: string): number {
  for (let k = stack.length - 1; k >= 0; k--) {
    if (CLOSERS[stack[k]!.mark]!.includes(ch)) return k;
  }
  return -1;
}

// A mark can open when a word follows it and no word runs into it; it can close in the mirror case.
function leftFlanking(prev: string | undefined, next: string | undefined): boolean {
  return !isSpaceOrEdge(next) && (isSpaceOrEdge(prev) || !isAlnum(prev));
}

function rightFlanking(prev: string | undefined, next: string | undefined): boolean {
  return !isSpaceOrEdge(prev) && (isSpaceOrEdge(next) || !isAlnum(next));
}

/** It’s, don’t, O’Brien, the ’90s, ’em: an apostrophe, not a quotation mark. */
function isApostrophe(text: string, i: number, prev: string | undefined, next: string | undefined): boolean {
  if (isAlnum(prev) && isLetter(next)) return true;
  if (isSpaceOrEdge(prev) || !isAlnum(prev)) {
    if (isDigit(next) && /^\d\d(?:s|\b)/.test(text.slice(i + 1, i + 4))) return true;
    if (isLetter(next) && ELISION.test(text.slice(i + 1, i + 7))) return true;
  }
  return false;
}

function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}

/** Marks how deeply each quotation is nested; quotations pair like brackets, so a sweep suffices. */
function withDepth(found: QuoteSpan[]): QuoteSpan[] {
  found.sort((a, b) => a.open - b.open);
  const open: number[] = [];
  for (const q of found) {
    while (open.length > 0 && open[open.length - 1]! < q.open) open.pop();
    q.depth = open.length;
    open.push(q.close);
  }
  return found;
}
