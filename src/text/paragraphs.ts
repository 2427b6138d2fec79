/** A half-open range of string indices. */
export interface Span {
  start: number;
  end: number;
}

/**
 * What a paragraph is, where its format says: the article's prose (the default), a heading, a caption (a
 * picture's words and credit), or a byline. Only prose tells who is being talked about.
 */
export type BlockKind = 'prose' | 'heading' | 'caption' | 'byline';

export interface Paragraph extends Span {
  kind?: BlockKind;
}

const BLANK_LINE = /\n[ \t\r\f\v]*\n\s*/g;
const LINE_BREAK = /\r?\n\s*/g;

/**
 * The paragraphs of a text, trimmed of surrounding whitespace. Paragraphs are separated by blank lines;
 * a text without any blank line (one paragraph per line, as many exports are) is split at line breaks.
 */
export function paragraphs(text: string): Span[] {
  const separator = BLANK_LINE.test(text) ? BLANK_LINE : LINE_BREAK;
  separator.lastIndex = 0;
  const out: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(separator)) {
    pushTrimmed(text, from, m.index, out);
    from = m.index + m[0].length;
  }
  pushTrimmed(text, from, text.length, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
