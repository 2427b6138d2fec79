// The project's own real-news development set (tests/fixtures/news/LANG/): saved pages read as the corpus
// reader reads them, each with its hand annotation of every quotation and its speaker.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleMeta } from '../corpus/article';
import { readArticle } from '../corpus/files';
import { sameOutlet } from '../corpus/outlets';
import { foldName } from '../text/names';
import { foldWords } from '../text/words';
import type { EvalDoc } from './polnear';
import type { GoldQuote, Judge } from './score';

/** An annotation file, as tests/fixtures/news/README.md describes it. */
export interface NewsAnnotation {
  origin: { repo: string; path: string; commit: string; licence: string };
  url: string | null;
  language: string;
  meta: { outlet: string | null; headline: string | null; date: string | null };
  quotes: {
    text: string;
    speaker: string | null;
    kind: 'person' | 'organization' | 'description' | null;
    role?: string | null;
    description?: string;
  }[];
  notQuotes: string[];
  notes?: string;
  /** Kept aside: no rule was fitted on it, so it checks the rules on text they were not made from. */
  heldOut?: boolean;
}

export interface NewsDoc extends EvalDoc {
  annotation: NewsAnnotation;
  /** The page's metadata as the corpus reader reads it. */
  meta: ArticleMeta;
  /** Quoted stretches that are nobody's words: neither wanted nor counted against a prediction. */
  ignored: { start: number; end: number }[];
}

/** The annotated pages of one language folder, e.g. tests/fixtures/news/en. */
export function loadNews(dir: string): NewsDoc[] {
  if (!existsSync(dir)) return [];
  const docs: NewsDoc[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const annotation = JSON.parse(readFileSync(join(dir, file), 'utf8')) as NewsAnnotation;
    const page = file.replace(/\.json$/, '.html');
    const read = readArticle({ path: join(dir, page), id: page });
    if (!read.ok) throw new Error(`${page}: ${read.refusal.reason}`);
    const { text, paragraphs } = read.article;
    const locate = inOrder(text, page);
    const gold: GoldQuote[] = annotation.quotes.map((q) => {
      const start = locate(q.text);
      return {
        start,
        end: start + q.text.length,
        text: q.text,
        source: q.speaker ?? q.description ?? null,
        speaker: q.speaker,
        speakerKind: q.kind,
        aliases: [],
      };
    });
    // Every place the words stand: a term or a title is nobody's words wherever it is quoted.
    const ignored = annotation.notQuotes.flatMap((t) =>
      everyPlace(text, t).map((start) => ({ start, end: start + t.length })),
    );
    docs.push({
      name: page,
      text,
      paragraphs,
      language: annotation.language,
      gold,
      reports: [],
      annotation,
      meta: read.article.meta,
      ignored,
    });
  }
  return docs;
}

/** Where `words` stand in `text`. */
function everyPlace(text: string, words: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) at.push(i);
  return at;
}

/** Finds annotated stretches in the order the annotation lists them (the same words may stand twice). */
function inOrder(text: string, page: string): (quoted: string) => number {
  let from = 0;
  return (quoted) => {
    let at = text.indexOf(quoted, from);
    if (at < 0) at = text.indexOf(quoted);
    if (at < 0) throw new Error(`${page}: the annotated quotation “${quoted.slice(0, 60)}” is not in its text`);
    from = at + quoted.length;
    return at;
  };
}

/**
 * The stricter judgement of the news set, since a wrong name is worse than none: a person by surname, with
 * the same given name where both give one (or its initial); an organisation by a word of its name; a
 * quotation whose speaker the article never names, by naming nobody.
 */
export const namesTheSpeaker: Judge = (p, g) => {
  const named = p.speaker !== null && p.speakerKind !== 'description';
  if (g.speakerKind === 'description' || g.speaker === null) return !named;
  if (!named) return false;
  if (g.speakerKind === 'organization') {
    const words = new Set(foldWords(g.speaker));
    return foldWords(p.speaker!.name).some((w) => w.length > 2 && words.has(w));
  }
  const said = foldName(p.speaker!.name);
  const gold = foldName(g.speaker);
  if (said.length === 0 || said.at(-1) !== gold.at(-1)) return false;
  if (said.length === 1 || gold.length === 1) return true;
  const [a, b] = [said[0]!, gold[0]!];
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
};

export type MetaField = 'outlet' | 'headline' | 'date';

export interface MetaScore {
  pages: number;
  /** Per field: pages where the reader's value is right, and where it is the annotation's letter for letter
   * (but for case and typography). */
  fields: Record<
    MetaField,
    { right: number; exact: number; wrong: { page: string; gold: string | null; read: string | null }[] }
  >;
}

/** Typographic variants a reader does not tell apart: curly and straight quotes, dashes, spaces, primes. */
function typography(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[‘’‚′`]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Outlet, headline and date of each page against its annotation. An outlet is right when it names the same
 * outlet (`sameOutlet`: "NY Daily News" for "New York Daily News", "the Guardian" for "The Guardian"); a
 * headline when it is the annotated one but for typography; a date when it is the same day. A field the
 * page does not give (null in the annotation) is right when nothing is read.
 */
export function scoreMeta(docs: NewsDoc[]): MetaScore {
  const fields = {
    outlet: { right: 0, exact: 0, wrong: [] },
    headline: { right: 0, exact: 0, wrong: [] },
    date: { right: 0, exact: 0, wrong: [] },
  } as MetaScore['fields'];
  for (const d of docs) {
    const read: Record<MetaField, string | null> = {
      outlet: d.meta.publication,
      headline: d.meta.headline,
      date: d.meta.date,
    };
    for (const field of ['outlet', 'headline', 'date'] as const) {
      const [gold, got] = [d.annotation.meta[field], read[field]];
      const exact =
        gold === null || got === null ? gold === got : typography(gold).toLowerCase() === typography(got).toLowerCase();
      const right = exact || (gold !== null && got !== null && field === 'outlet' && sameOutlet(gold, got));
      if (right) fields[field].right++;
      else fields[field].wrong.push({ page: d.name, gold, read: got });
      if (exact) fields[field].exact++;
    }
  }
  return { pages: docs.length, fields };
}
