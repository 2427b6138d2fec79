// One article of a corpus, read and extracted: what each of `whosaid index --jobs N`'s workers does.

import type { CorpusFile, Refusal } from '../corpus/files';
import { readArticle } from '../corpus/files';
import { documentOf, type Occurrences, occurrencesOf } from '../index/build';
import type { IndexDocument } from '../index/schema';

export type Extracted =
  | { ok: true; document: Omit<IndexDocument, 'id'>; occurrences: Occurrences; warnings: string[] }
  | { ok: false; refusal: Refusal };

/** The article's document and occurrences; its occurrences' `doc` is -1 until it has a place in the index. */
export function extractOne(file: CorpusFile): Extracted {
  const result = readArticle(file);
  if (!result.ok) return result;
  return {
    ok: true,
    document: documentOf(result.article),
    occurrences: occurrencesOf(result.article, -1),
    warnings: result.warnings,
  };
}
