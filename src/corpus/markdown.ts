// A Markdown article: its markup is blanked out with spaces, so that offsets into the text are offsets
// into the file, and its blocks become the paragraphs the finder reads. Front matter supplies metadata.

import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { Span } from '../text/paragraphs';
import { type ArticleMeta, known, normalizeDate } from './article';

export interface MarkdownArticle {
  text: string;
  paragraphs: Span[];
  /** What the file says of itself; fields it does not give are left out. */
  meta: Partial<ArticleMeta>;
  /** A problem with the front matter, which is then ignored. */
  warning: string | null;
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Content that is not article text: code, raw HTML, images, link targets. */
const SKIPPED = new Set(['code', 'html', 'image', 'imageReference', 'definition', 'yaml', 'thematicBreak']);

export function readMarkdown(source: string): MarkdownArticle {
  const tree = fromMarkdown(source, {
    extensions: [frontmatter(['yaml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
  });
  const keep = new Uint8Array(source.length);
  const paragraphs: Span[] = [];
  let headline: string | null = null;

  const visit = (node: Nodes): void => {
    if (SKIPPED.has(node.type)) return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if ((node.type === 'text' || node.type === 'inlineCode') && start !== undefined && end !== undefined) {
      keep.fill(1, start, end);
      if (node.type === 'inlineCode') {
        keep[start] = 0;
        keep[end - 1] = 0;
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
    if (BLOCKS.has(node.type) && start !== undefined && end !== undefined) {
      paragraphs.push({ start, end });
      if (node.type === 'heading' && node.depth === 1 && headline === null) headline = plain(node);
    }
  };
  visit(tree);

  let text = '';
  for (let i = 0; i < source.length; i++) text += keep[i] || source[i] === '\n' ? source[i] : ' ';
  paragraphs.sort((a, b) => a.start - b.start);

  const { meta: front, warning } = frontMatter(tree);
  return {
    text,
    paragraphs: paragraphs.map((p) => trimSpan(text, p)).filter((p) => p.end > p.start),
    meta: { ...known({ headline: headline ?? undefined }), ...known(front) },
    warning,
  };
}

function plain(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map((c) => plain(c as Nodes)).join('') : '';
}

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Metadata from YAML front matter: publication, title/headline, author, date, dateline, url, language. */
function frontMatter(tree: Root): { meta: Partial<ArticleMeta>; warning: string | null } {
  const node = tree.children.find((c) => c.type === 'yaml');
  if (node?.type !== 'yaml') return { meta: {}, warning: null };
  let data: unknown;
  try {
    data = parseYaml(node.value);
  } catch (e) {
    return { meta: {}, warning: `front matter is not valid YAML (${(e as Error).message.split('\n')[0]})` };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { meta: {}, warning: 'front matter is not a mapping' };
  const d = data as Record<string, unknown>;
  const str = (...keys: string[]) => {
    for (const k of keys) {
      const v = d[k];
      if (typeof v === 'string' || typeof v === 'number') return String(v);
      if (v instanceof Date) return v.toISOString();
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join(', ');
    }
    return undefined;
  };
  const date = str('date', 'published', 'publishedAt', 'published_at');
  return {
    meta: {
      publication: str('publication', 'outlet', 'source', 'site', 'siteName'),
      headline: str('headline', 'title'),
      author: str('author', 'authors', 'byline'),
      date: date ? (normalizeDate(date) ?? undefined) : undefined,
      dateline: str('dateline'),
      url: str('url', 'link', 'canonical'),
      language: str('language', 'lang'),
    },
    warning: null,
  };
}
