// Reading a corpus from disk (Node only): walk the paths, decode each file, read it by its format, apply its
// sidecar. Synchronous on purpose: a batch read of many small local files is several times faster so.
// A file that cannot be read is refused with its reason; the others are read all the same.

import { readdirSync, readFileSync, type Stats, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import iconv from 'iconv-lite';
import * as v from 'valibot';
import type { Paragraph } from '../text/paragraphs';
import { type Article, type ArticleFormat, type ArticleMeta, emptyMeta, mergeMeta, normalizeDate } from './article';
import { type HtmlArticle, readHtml } from './html';
import { readMarkdown } from './markdown';
import { outletOf } from './outlets';
import { plainTextMeta } from './plain';

/** Larger files are not news articles (a saved page with its images inlined can reach a few MB). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const SIDECAR_SUFFIX = '.meta.json';

export interface Refusal {
  file: string;
  reason: string;
}

export type ReadResult = { ok: true; article: Article; warnings: string[] } | { ok: false; refusal: Refusal };

const FORMATS: Record<string, ArticleFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

/** The sidecar: every field optional; a set field overrides what the article itself says. */
const SidecarSchema = v.strictObject({
  publication: v.optional(v.nullable(v.string())),
  headline: v.optional(v.nullable(v.string())),
  author: v.optional(v.nullable(v.string())),
  date: v.optional(
    v.nullable(
      v.pipe(
        v.string(),
        v.check((s) => normalizeDate(s) !== null, 'is not a date'),
      ),
    ),
  ),
  dateline: v.optional(v.nullable(v.string())),
  url: v.optional(v.nullable(v.pipe(v.string(), v.url()))),
  language: v.optional(
    v.nullable(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'is not a language tag'))),
  ),
});

export interface CorpusFile {
  path: string;
  /** Path relative to the root it was found under (the file's name, for a file given directly). */
  id: string;
}

/** Every article file under the given paths, in a stable order; sidecars and hidden files are left out. */
export function listCorpus(paths: string[]): { files: CorpusFile[]; refused: Refusal[] } {
  const files: CorpusFile[] = [];
  const refused: Refusal[] = [];
  for (const p of paths) {
    let info: Stats;
    try {
      info = statSync(p);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      refused.push({ file: p, reason: err.code === 'ENOENT' ? 'no such file or directory' : err.message });
      continue;
    }
    if (info.isDirectory()) {
      for (const f of walk(p)) files.push({ path: f, id: relative(p, f).split(sep).join('/') });
    } else {
      files.push({ path: p, id: basename(p) });
    }
  }
  return { files, refused };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name.endsWith(SIDECAR_SUFFIX)) continue;
    const full = join(dir, e.name);
    // A link is read as the file it points to (and refused if it points nowhere); linked folders are not
    // followed, so a loop of links cannot trap the walk.
    if (e.isDirectory()) out.push(...walk(full));
    else if (e.isFile() || e.isSymbolicLink()) out.push(full);
  }
  return out;
}

/** Reads one article file; never throws. */
export function readArticle(file: CorpusFile): ReadResult {
  const refuse = (reason: string): ReadResult => ({ ok: false, refusal: { file: file.path, reason } });
  let bytes: Buffer;
  try {
    const info = statSync(file.path);
    if (info.size > MAX_FILE_BYTES)
      return refuse(`too large (${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)`);
    bytes = readFileSync(file.path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reasons: Record<string, string> = {
      EACCES: 'permission denied',
      EISDIR: 'is a directory',
      ENOENT: 'unreadable (no such file, or a link to nothing)',
    };
    return refuse(reasons[err.code ?? ''] ?? `unreadable (${err.message})`);
  }
  const decoded = decode(bytes);
  if ('reason' in decoded) return refuse(decoded.reason);
  const source = decoded.text;
  if (source.trim() === '') return refuse('empty');

  const extension = extname(file.path).toLowerCase();
  const format = FORMATS[extension] ?? (extension ? null : sniff(source));
  // Source code, data and the like beside the articles: not read as text, where its quotes would be no one's.
  if (!format) return refuse(`not an article (${extension}): articles are .txt, .md or .html, or have no extension`);
  const warnings: string[] = [];
  let text = source;
  let meta: ArticleMeta;
  let paragraphs: Paragraph[] | undefined;
  if (format === 'html') {
    let page: HtmlArticle;
    try {
      page = readHtml(source);
    } catch (e) {
      // A page the HTML parser cannot make a document of is refused; the rest of the corpus goes on.
      return refuse(`not a page that can be read (${(e as Error).message})`);
    }
    text = page.text;
    paragraphs = page.paragraphs;
    // A page's own metadata names its outlet, headline and date; its text's first lines (a caption, a
    // byline, an "Updated on … / CBS News" line) do not. Only the wire dateline is read from the text.
    meta = mergeMeta({ ...emptyMeta(), dateline: plainTextMeta(text).dateline }, page.meta);
  } else if (format === 'markdown') {
    const md = readMarkdown(source);
    text = md.text;
    paragraphs = md.paragraphs;
    meta = mergeMeta(plainTextMeta(text), md.meta);
    if (md.warning) warnings.push(`${file.path}: ${md.warning}`);
  } else {
    meta = plainTextMeta(text);
  }
  if (text.trim() === '') return refuse('no article text found');

  const sidecar = readSidecar(file.path);
  if ('reason' in sidecar) warnings.push(`${sidecar.path}: ${sidecar.reason}; its metadata is ignored`);
  else meta = mergeMeta(meta, sidecar.meta);
  if (meta.date) meta.date = normalizeDate(meta.date);
  // An article that does not name its publication is known by its address's (unless a sidecar clears it).
  const cleared = 'meta' in sidecar && sidecar.meta.publication === null;
  if (meta.publication === null && meta.url && !cleared) meta.publication = outletOf(meta.url);
  return { ok: true, article: { id: file.id, format, text, meta, ...(paragraphs ? { paragraphs } : {}) }, warnings };
}

/**
 * UTF-8 (or UTF-16 with its byte-order mark), else the character set a page declares in its head
 * (`<meta charset="iso-8859-1">`); binary and invalid text are refused.
 */
function decode(bytes: Buffer): { text: string } | { reason: string } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes) };
  }
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return { reason: 'binary file (it holds NUL bytes)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const declared = declaredCharset(bytes);
    if (declared) return { text: declared.decode(bytes) };
    const at = firstInvalidUtf8(bytes);
    return { reason: `not valid UTF-8 (first bad byte at offset ${at}), and no other character set declared` };
  }
}

/**
 * A decoder for the character set a page's head declares, other than UTF-8, as browsers read it: the label
 * names an encoding of the WHATWG standard ("iso-8859-1" is windows-1252, whose „ and “ Node's own decoder
 * reads as control characters), decoded by iconv-lite.
 */
function declaredCharset(bytes: Uint8Array): { decode(b: Uint8Array): string } | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const label = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  if (!label) return null;
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return null;
  }
  if (encoding === 'utf-8' || !iconv.encodingExists(encoding)) return null;
  return { decode: (b) => iconv.decode(Buffer.from(b), encoding) };
}

/** Where the first malformed UTF-8 sequence starts. */
function firstInvalidUtf8(b: Uint8Array): number {
  const cont = (i: number) => i < b.length && (b[i]! & 0xc0) === 0x80;
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (!cont(i + k)) return i;
    // Overlong forms, surrogates and code points past U+10FFFF.
    const d = b[i + 1] ?? 0;
    if ((c === 0xe0 && d < 0xa0) || (c === 0xed && d > 0x9f) || (c === 0xf0 && d < 0x90) || (c === 0xf4 && d > 0x8f))
      return i;
    i += n + 1;
  }
  return b.length;
}

/** A file without an extension: HTML if it looks like a page, else plain text. */
function sniff(text: string): ArticleFormat {
  return /^\s*(?:<!doctype html|<html[\s>])/i.test(text) ? 'html' : 'text';
}

function readSidecar(path: string): { meta: Partial<ArticleMeta> } | { path: string; reason: string } {
  const base = basename(path, extname(path));
  const sidecar = resolve(dirname(path), base + SIDECAR_SUFFIX);
  let raw: string;
  try {
    raw = readFileSync(sidecar, 'utf8');
  } catch {
    return { meta: {} };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    return { path: sidecar, reason: `not valid JSON (${(e as Error).message})` };
  }
  const parsed = v.safeParse(SidecarSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue.path?.map((p) => p.key).join('.') ?? '';
    return { path: sidecar, reason: `${where ? `${where}: ` : ''}${issue.message}` };
  }
  const meta: Partial<ArticleMeta> = {};
  for (const [k, val] of Object.entries(parsed.output)) if (val !== undefined) meta[k as keyof ArticleMeta] = val;
  return { meta };
}
