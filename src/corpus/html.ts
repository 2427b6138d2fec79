// A saved article page: its article text through Readability (over linkedom, so it runs in Node without a
// browser), one paragraph per block, and its metadata from Open Graph, JSON-LD and the usual meta tags.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { BlockKind, Paragraph } from '../text/paragraphs';
import { type ArticleMeta, known, normalizeDate } from './article';
import { pageMeta } from './page-meta';

export interface HtmlArticle {
  /** The article's text, paragraphs separated by blank lines. */
  text: string;
  /** Its paragraphs, each with what it is (a heading, a caption, a byline, or prose). */
  paragraphs: Paragraph[];
  /** What the page says of itself; fields it does not give are left out. */
  meta: Partial<ArticleMeta>;
}

const BLOCK_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL BR'.split(
    ' ',
  ),
);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Classes and ids that pages give a picture's caption or credit, or the author's line. */
const CAPTION_CLASS = /caption|credit|image-agency|photo-?by|figcap/i;
const BYLINE_CLASS = /byline|author/i;

export function readHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const head = pageMeta(document as unknown as Document);
  // Readability changes the document it reads, so metadata is taken first. Its classes are kept: they say
  // which blocks are captions and bylines.
  const article = new Readability<Node>(document as unknown as Document, {
    serializer: (node) => node,
    keepClasses: true,
  }).parse();
  const root = article?.content ?? (document.body as unknown as Node | null);
  const { text, paragraphs } = root ? blockText(root) : { text: '', paragraphs: [] };
  const fromReadability: Partial<ArticleMeta> = {
    publication: article?.siteName ?? undefined,
    headline: article?.title ?? undefined,
    author: article?.byline ?? undefined,
    date: normalizeDate(article?.publishedTime) ?? undefined,
    language: article?.lang ?? undefined,
  };
  return { text, paragraphs, meta: { ...known(fromReadability), ...known(head) } };
}

/** What an element makes the text inside it, by its tag and classes, within what its parent makes it. */
function kindOf(el: Element, outer: BlockKind): BlockKind {
  if (outer !== 'prose') return outer;
  const tag = el.tagName.toUpperCase();
  if (tag === 'FIGCAPTION' || tag === 'FIGURE') return 'caption';
  if (HEADINGS.has(tag)) return 'heading';
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (CAPTION_CLASS.test(names)) return 'caption';
  if (BYLINE_CLASS.test(names)) return 'byline';
  return 'prose';
}

/** Text of a DOM tree with a blank line between blocks and runs of whitespace collapsed, and its paragraphs. */
function blockText(root: Node): { text: string; paragraphs: Paragraph[] } {
  let text = '';
  const paragraphs: Paragraph[] = [];
  let line = '';
  let lineKind: BlockKind = 'prose';
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) {
      if (text) text += '\n\n';
      paragraphs.push({
        start: text.length,
        end: text.length + t.length,
        ...(lineKind !== 'prose' && { kind: lineKind }),
      });
      text += t;
    }
    line = '';
  };
  const walk = (node: Node, kind: BlockKind): void => {
    if (node.nodeType === 3) {
      // A line takes the kind of its first words: a caption's credit joins its caption.
      if (!line.trim()) lineKind = kind;
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
    const inner = kindOf(el, kind);
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (const child of node.childNodes) walk(child, inner);
    if (block) flush();
  };
  walk(root, 'prose');
  flush();
  return { text, paragraphs };
}
