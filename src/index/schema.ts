// The quote index file: its schema, versioned, and the one way to read it, which validates everything
// (shape, then references between its parts) and refuses a bad file with the reason.

import * as v from 'valibot';
import { decodeTable, type Table } from '../match/table';

export const INDEX_FORMAT = 'whosaid-index';
export const INDEX_VERSION = 2;
/** Version 1 had no paraphrases; it reads as version 2 with none. */
const OLDEST_VERSION = 1;

const nullableString = v.nullable(v.string());
const id = v.pipe(v.string(), v.minLength(1));

const DocumentSchema = v.object({
  id,
  /** The article's path relative to its corpus folder. */
  file: v.string(),
  publication: nullableString,
  headline: nullableString,
  author: nullableString,
  date: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a YYYY-MM-DD date'))),
  dateline: nullableString,
  url: nullableString,
  language: nullableString,
});

const SpeakerSchema = v.object({
  id,
  name: v.pipe(v.string(), v.minLength(1)),
  kind: v.picklist(['person', 'organization', 'description']),
  aliases: v.array(v.string()),
  roles: v.array(v.string()),
});

const SourceSchema = v.object({
  doc: id,
  /** The quoted words' offsets in the article's text. */
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The sentence around the quotation. */
  sentence: v.string(),
  kind: v.picklist(['direct', 'partial']),
  /** The speaker's role as this article gives it. */
  role: nullableString,
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  /** Ties the parts of one utterance within the article. */
  group: v.string(),
});

const VariantSchema = v.object({
  text: v.string(),
  docs: v.array(id),
});

const QuoteSchema = v.object({
  id,
  /** The canonical wording. */
  text: v.pipe(v.string(), v.minLength(1)),
  speaker: v.nullable(id),
  variants: v.pipe(v.array(VariantSchema), v.minLength(1)),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
});

/** A quotation's source without what only a quotation has (direct or partial, its utterance's parts). */
const ParaphraseSourceSchema = v.omit(SourceSchema, ['kind', 'group']);

/**
 * Reported speech ("Critics say the plan does little …"): the reporter's words for what someone said. Never a
 * quotation: it is not in the matcher's table and is shown only as a paraphrase.
 */
const ParaphraseSchema = v.object({
  id,
  kind: v.literal('paraphrase'),
  text: v.pipe(v.string(), v.minLength(1)),
  speaker: id,
  sources: v.pipe(v.array(ParaphraseSourceSchema), v.minLength(1)),
});

/** The matcher's candidate table (see match/table.ts): derived from the quotes, stored to load fast. */
const SearchSchema = v.object({
  scheme: v.string(),
  buckets: v.number(),
  counts: v.string(),
  postings: v.string(),
});

export const IndexSchema = v.object({
  format: v.literal(INDEX_FORMAT),
  version: v.literal(INDEX_VERSION),
  builtAt: v.pipe(v.string(), v.isoTimestamp()),
  documents: v.array(DocumentSchema),
  speakers: v.array(SpeakerSchema),
  quotes: v.array(QuoteSchema),
  paraphrases: v.array(ParaphraseSchema),
  search: SearchSchema,
});

export type QuoteIndex = v.InferOutput<typeof IndexSchema>;
export type IndexDocument = QuoteIndex['documents'][number];
export type IndexSpeaker = QuoteIndex['speakers'][number];
export type IndexQuote = QuoteIndex['quotes'][number];
export type IndexSource = IndexQuote['sources'][number];
export type IndexParaphrase = QuoteIndex['paraphrases'][number];

/**
 * The role to show with an entry's speaker: the one its sources give (the first that gives one), else the
 * first role the speaker was seen with.
 */
export function roleShown(
  entry: IndexQuote | IndexParaphrase,
  speaker: IndexSpeaker | null | undefined,
): string | null {
  return entry.sources.find((s) => s.role)?.role ?? speaker?.roles[0] ?? null;
}

export type IndexResult = { ok: true; index: QuoteIndex } | { ok: false; reason: string };

/** Reads an index from its JSON text. */
export function parseIndexText(text: string): IndexResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `not JSON: ${(e as Error).message}` };
  }
  return parseIndex(data);
}

/** Validates a parsed index: its format and version, its shape, then its cross-references. */
export function parseIndex(data: unknown): IndexResult {
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, reason: 'not a Whosaid index: expected a JSON object' };
  const head = data as { format?: unknown; version?: unknown };
  if (head.format !== INDEX_FORMAT)
    return {
      ok: false,
      reason: `not a Whosaid index: "format" is ${JSON.stringify(head.format)}, expected "${INDEX_FORMAT}"`,
    };
  const version = head.version;
  if (
    typeof version !== 'number' ||
    !Number.isInteger(version) ||
    version < OLDEST_VERSION ||
    version > INDEX_VERSION
  ) {
    const newer = typeof version === 'number' && version > INDEX_VERSION;
    return {
      ok: false,
      reason: `index version ${JSON.stringify(version)} ${newer ? 'is newer than' : 'is not'} a version this Whosaid reads (${OLDEST_VERSION} to ${INDEX_VERSION})${newer ? '; update Whosaid' : '; rebuild it with `whosaid index`'}`,
    };
  }
  if (version === 1) data = { ...data, version: INDEX_VERSION, paraphrases: [] };
  const parsed = v.safeParse(IndexSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return { ok: false, reason: `${pathOf(issue.path)}: ${issue.message}` };
  }
  const broken = checkReferences(parsed.output);
  if (broken) return { ok: false, reason: broken };
  const table = decodeTable(parsed.output.search, parsed.output.quotes.length);
  if (typeof table === 'string') return { ok: false, reason: table };
  tables.set(parsed.output, table);
  return { ok: true, index: parsed.output };
}

const tables = new WeakMap<QuoteIndex, Table>();

/** The decoded candidate table of an index that parseIndex accepted (or of one just built). */
export function tableOf(index: QuoteIndex): Table {
  const cached = tables.get(index);
  if (cached) return cached;
  const decoded = decodeTable(index.search, index.quotes.length);
  if (typeof decoded === 'string') throw new Error(`index search table: ${decoded}`);
  tables.set(index, decoded);
  return decoded;
}

function pathOf(path: v.IssuePathItem[] | undefined): string {
  if (!path || path.length === 0) return 'index';
  return path.map((p, i) => (typeof p.key === 'number' ? `[${p.key}]` : `${i ? '.' : ''}${String(p.key)}`)).join('');
}

function checkReferences(index: QuoteIndex): string | null {
  const docs = unique(index.documents, 'documents');
  const speakers = unique(index.speakers, 'speakers');
  const quotes = unique(index.quotes, 'quotes');
  const paraphrases = unique(index.paraphrases, 'paraphrases');
  for (const dup of [docs, speakers, quotes, paraphrases]) if (typeof dup === 'string') return dup;
  for (const [i, q] of index.quotes.entries()) {
    if (q.speaker !== null && !(speakers as Set<string>).has(q.speaker))
      return `quotes[${i}].speaker: no speaker has id "${q.speaker}"`;
    const source = sourceProblem(`quotes[${i}]`, q.sources, docs as Set<string>);
    if (source) return source;
    for (const [j, variant] of q.variants.entries()) {
      for (const d of variant.docs)
        if (!(docs as Set<string>).has(d)) return `quotes[${i}].variants[${j}].docs: no document has id "${d}"`;
    }
  }
  for (const [i, p] of index.paraphrases.entries()) {
    if (!(speakers as Set<string>).has(p.speaker)) return `paraphrases[${i}].speaker: no speaker has id "${p.speaker}"`;
    const source = sourceProblem(`paraphrases[${i}]`, p.sources, docs as Set<string>);
    if (source) return source;
  }
  return null;
}

/** What is wrong with an entry's sources (at `path`): a document that is not in the index, or an inverted span. */
function sourceProblem(
  path: string,
  sources: { doc: string; start: number; end: number }[],
  docs: Set<string>,
): string | null {
  for (const [j, s] of sources.entries()) {
    if (!docs.has(s.doc)) return `${path}.sources[${j}].doc: no document has id "${s.doc}"`;
    if (s.end < s.start) return `${path}.sources[${j}]: end comes before start`;
  }
  return null;
}

function unique(items: { id: string }[], name: string): Set<string> | string {
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    if (seen.has(item.id)) return `${name}[${i}].id: "${item.id}" is used twice`;
    seen.add(item.id);
  }
  return seen;
}
