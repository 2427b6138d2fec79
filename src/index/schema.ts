// The quote index file, Whosaid's interchange format: its schema, versioned, and the one way to read it,
// which validates everything (shape, then references between its parts) and refuses a bad file with the
// reason. The extension does not match against this file: it builds its compact runtime form from it once
// (src/index/runtime.ts).

import * as v from 'valibot';

export const INDEX_FORMAT = 'whosaid-index';
export const INDEX_VERSION = 4;
/**
 * Version 1 had no paraphrases; version 2 stored the matcher's table (now built with the runtime form) and
 * did not say whom each source names; version 3 kept no speaker's forms with their documents, nor each
 * source's speaker. All still read: see upgrade().
 */
const OLDEST_VERSION = 1;

const nullableString = v.nullable(v.string());
const id = v.pipe(v.string(), v.minLength(1));
const SpeakerKindSchema = v.picklist(['person', 'organization', 'description']);

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
  kind: SpeakerKindSchema,
  aliases: v.array(v.string()),
  roles: v.array(v.string()),
  /**
   * The evidence that these names are one speaker: each form of the name the articles print, with the
   * documents that print it (none known for an index of an older version).
   */
  forms: v.array(v.object({ name: v.pipe(v.string(), v.minLength(1)), docs: v.array(id) })),
});

const offset = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)));

const SourceSchema = v.object({
  doc: id,
  /** The quoted words' offsets in the article's text; null when unknown (an imported collection's). */
  start: offset,
  end: offset,
  /** The sentence around the quotation; null when unknown. */
  sentence: nullableString,
  kind: v.picklist(['direct', 'partial']),
  /** The speaker's role as this article gives it. */
  role: nullableString,
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  /** Ties the parts of one utterance within the article. */
  group: v.string(),
  /** Which of the entry's wordings this article printed (its position in `variants`). */
  variant: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /**
   * The speaker as this article names them (the entry's speaker is the fullest name of all its sources):
   * kept so that indexes merge into exactly the index of all their articles.
   */
  named: v.nullable(
    v.object({ name: v.pipe(v.string(), v.minLength(1)), kind: SpeakerKindSchema, aliases: v.array(v.string()) }),
  ),
  /**
   * The speaker (id) that this article names, as the index resolves the name: the entry's speaker, or
   * another where outlets disagree on who said the words; null when it names nobody.
   */
  speaker: v.nullable(id),
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

/**
 * A quotation's source without what only a quotation has (direct or partial, its utterance's parts, its
 * wordings), with the words as this article printed them.
 */
const ParaphraseSourceSchema = v.object({
  ...v.omit(SourceSchema, ['kind', 'group', 'variant', 'speaker']).entries,
  text: v.string(),
});

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

export const IndexHeadSchema = v.object({
  format: v.literal(INDEX_FORMAT),
  version: v.literal(INDEX_VERSION),
  builtAt: v.pipe(v.string(), v.isoTimestamp()),
});

export const IndexSchema = v.object({
  ...IndexHeadSchema.entries,
  documents: v.array(DocumentSchema),
  speakers: v.array(SpeakerSchema),
  quotes: v.array(QuoteSchema),
  paraphrases: v.array(ParaphraseSchema),
});

/** Each part of an index, to check entry by entry when an index is read as a stream. */
export const PartSchemas = {
  documents: DocumentSchema,
  speakers: SpeakerSchema,
  quotes: QuoteSchema,
  paraphrases: ParaphraseSchema,
} as const;
export type IndexPart = keyof typeof PartSchemas;
export const INDEX_PARTS = ['documents', 'speakers', 'quotes', 'paraphrases'] as const satisfies IndexPart[];

export type QuoteIndex = v.InferOutput<typeof IndexSchema>;
export type IndexDocument = QuoteIndex['documents'][number];
export type IndexSpeaker = QuoteIndex['speakers'][number];
export type IndexQuote = QuoteIndex['quotes'][number];
export type IndexSource = IndexQuote['sources'][number];
export type IndexParaphrase = QuoteIndex['paraphrases'][number];
export type NamedSpeaker = NonNullable<IndexSource['named']>;

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
  const problem = versionProblem(head);
  if (problem) return { ok: false, reason: problem };
  const version = head.version as number;
  const parsed = v.safeParse(IndexSchema, upgrade(data as Record<string, unknown>, version));
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return { ok: false, reason: `${pathOf(issue.path)}: ${issue.message}` };
  }
  const broken = checkReferences(parsed.output);
  if (broken) return { ok: false, reason: broken };
  return { ok: true, index: parsed.output };
}

/** The version of an index's head, or why it is not one this Whosaid reads. */
export function versionProblem(head: { format?: unknown; version?: unknown }): string | null {
  if (head.format !== INDEX_FORMAT)
    return `not a Whosaid index: "format" is ${JSON.stringify(head.format)}, expected "${INDEX_FORMAT}"`;
  const version = head.version;
  if (typeof version === 'number' && Number.isInteger(version) && version >= OLDEST_VERSION && version <= INDEX_VERSION)
    return null;
  const newer = typeof version === 'number' && version > INDEX_VERSION;
  return `index version ${JSON.stringify(version)} ${newer ? 'is newer than' : 'is not'} a version this Whosaid reads (${OLDEST_VERSION} to ${INDEX_VERSION})${newer ? '; update Whosaid' : '; rebuild it with `whosaid index`'}`;
}

/**
 * An older index as the current version: version 1 gets no paraphrases; versions 1 and 2 lose their stored
 * table, and each source names the entry's speaker and prints the first wording its document printed (a
 * paraphrase's, the entry's text); versions 1 to 3 give each speaker its names as forms (without their
 * documents), and each quotation's source the entry's speaker.
 */
function upgrade(data: Record<string, unknown>, version: number): unknown {
  if (version === INDEX_VERSION) return data;
  const { search: _, ...rest } = data;
  const speakers = new Map<string, { name: string; kind: string }>();
  if (Array.isArray(rest.speakers))
    for (const s of rest.speakers) if (s && typeof s === 'object') speakers.set(s.id, s);
  const each = (part: IndexPart, list: unknown) =>
    Array.isArray(list) ? list.map((e) => upgradeEntry(part, e, version, speakers)) : list;
  return {
    ...rest,
    version: INDEX_VERSION,
    speakers: each('speakers', rest.speakers),
    quotes: each('quotes', rest.quotes),
    paraphrases: version === 1 ? [] : each('paraphrases', rest.paraphrases),
  };
}

type OldEntry = {
  speaker?: unknown;
  text?: unknown;
  variants?: { docs?: unknown }[];
  sources?: unknown;
  name?: unknown;
  aliases?: unknown;
};

/** An entry of an older version's `part` as the current version has it (see upgrade); `speakers` by id. */
export function upgradeEntry(
  part: IndexPart,
  entry: unknown,
  version: number,
  speakers: Map<string, { name: string; kind: string }>,
): unknown {
  if (version === INDEX_VERSION || part === 'documents') return entry;
  const e = entry as OldEntry;
  if (!e || typeof e !== 'object') return entry;
  if (part === 'speakers') {
    const names = [e.name, ...(Array.isArray(e.aliases) ? e.aliases : [])].filter(
      (n): n is string => typeof n === 'string' && n.length > 0,
    );
    return { ...e, forms: names.map((name) => ({ name, docs: [] })) };
  }
  if (!Array.isArray(e.sources)) return entry;
  const speaker = typeof e.speaker === 'string' ? speakers.get(e.speaker) : undefined;
  const named = speaker ? { name: speaker.name, kind: speaker.kind, aliases: [] } : null;
  const printed = (doc: unknown) =>
    Array.isArray(e.variants)
      ? Math.max(
          0,
          e.variants.findIndex((w) => Array.isArray(w?.docs) && w.docs.includes(doc)),
        )
      : 0;
  return {
    ...e,
    sources: e.sources.map((s: { doc?: unknown; named?: unknown }) => {
      if (!s || typeof s !== 'object') return s;
      const older = version < 3 ? { named, ...(part === 'quotes' ? { variant: printed(s.doc) } : {}) } : {};
      const resolved = part === 'quotes' ? { speaker: e.speaker ?? null } : {};
      return { ...s, ...older, ...resolved };
    }),
  };
}

/** Where in the index a problem lies, as a reason gives it: `quotes[3].sources[0].doc`. */
export function pathOf(path: v.IssuePathItem[] | undefined, prefix = ''): string {
  if (!path || path.length === 0) return prefix || 'index';
  return (
    prefix +
    path
      .map((p, i) => (typeof p.key === 'number' ? `[${p.key}]` : `${i || prefix ? '.' : ''}${String(p.key)}`))
      .join('')
  );
}

function checkReferences(index: QuoteIndex): string | null {
  const check = new ReferenceCheck();
  for (const part of INDEX_PARTS) {
    for (const [i, entry] of index[part].entries()) {
      const problem = check.add(part, entry, i);
      if (problem) return problem;
    }
  }
  return null;
}

/**
 * The references between an index's parts, checked entry by entry as they are read: ids used once, a
 * quotation's speaker and documents among those read before it (documents and speakers come first).
 */
export class ReferenceCheck {
  private readonly ids: Record<IndexPart, Set<string>> = {
    documents: new Set(),
    speakers: new Set(),
    quotes: new Set(),
    paraphrases: new Set(),
  };

  /** What is wrong with entry `i` of `part`, if anything. */
  add<P extends IndexPart>(part: P, entry: QuoteIndex[P][number], i: number): string | null {
    const at = `${part}[${i}]`;
    if (this.ids[part].has(entry.id)) return `${at}.id: "${entry.id}" is used twice`;
    this.ids[part].add(entry.id);
    if (part === 'documents') return null;
    if (part === 'speakers') {
      for (const [j, form] of (entry as IndexSpeaker).forms.entries())
        for (const d of form.docs)
          if (!this.ids.documents.has(d)) return `${at}.forms[${j}].docs: no document has id "${d}"`;
      return null;
    }
    const e = entry as IndexQuote | IndexParaphrase;
    if (e.speaker !== null && !this.ids.speakers.has(e.speaker))
      return `${at}.speaker: no speaker has id "${e.speaker}"`;
    const docs = this.ids.documents;
    for (const [j, s] of e.sources.entries()) {
      if (!docs.has(s.doc)) return `${at}.sources[${j}].doc: no document has id "${s.doc}"`;
      if ('speaker' in s && s.speaker !== null && !this.ids.speakers.has(s.speaker))
        return `${at}.sources[${j}].speaker: no speaker has id "${s.speaker}"`;
      if (s.start !== null && s.end !== null && s.end < s.start) return `${at}.sources[${j}]: end comes before start`;
    }
    if ('variants' in e) {
      for (const [j, s] of e.sources.entries())
        if (s.variant >= e.variants.length) return `${at}.sources[${j}].variant: there is no wording ${s.variant}`;
      for (const [j, variant] of e.variants.entries()) {
        for (const d of variant.docs) if (!docs.has(d)) return `${at}.variants[${j}].docs: no document has id "${d}"`;
      }
    }
    return null;
  }
}
