// The German news quotation corpus (uhh-lt/german-news-quotation-attribution-2024: German Wikinews
// articles, one JSON file each) as evaluation cases: the quotations in quotation marks that lie inside its
// annotated quotes, each with its annotated speaker. Only its train and dev splits are read.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { givenName } from '../attribution/given-names';
import type { EvalDoc } from './polnear';
import type { GoldQuote } from './score';

/** A span of the annotation: its text and where its pieces lie in `originalText`. */
interface Span {
  text: string;
  spans: { charBegin: number; charEnd: number }[];
}

/** One annotation: a quote (direct, indirect, reported…) with its speaker and cue where marked. */
interface Annotation {
  quote?: Span;
  speaker?: Span;
  type: string;
}

interface Document {
  originalText: string;
  annotations: Annotation[];
}

/** German pronouns a speaker may be annotated as; the person meant is found among the named speakers before. */
const PRONOUN =
  /^(?:er|sie|es|ich|wir|ihr|man|dieser|diese|dieses|jener|jene|der|die|das|dem|den|deren|dessen|welcher|welche)$/i;
/** German quotation marks and what they hold: „…“ „…” »…« «…» “…” "…" (not across paragraphs). */
const QUOTED = /„([^“”„\n]*)[“”]|»([^«»\n]*)«|«([^«»\n]*)»|“([^“”\n]*)”|"([^"\n]*)"/g;

/** The train or dev split of a checkout of the corpus (DIR is the repository, or its data folder). */
export function loadGerman(dir: string, split: 'train' | 'dev'): EvalDoc[] {
  const base = existsSync(join(dir, 'data', split)) ? join(dir, 'data', split) : join(dir, split);
  if (!existsSync(base)) throw new Error(`no German corpus ${split} split under ${dir} (expected data/${split})`);
  return readdirSync(base)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const doc = JSON.parse(readFileSync(join(base, file), 'utf8')) as Document;
      const name = file.replace(/\.pretty\.json$/, '');
      return { name, text: doc.originalText, language: 'de', ...gold(doc), reports: [] };
    });
}

const first = (s: Span) => s.spans[0]!.charBegin;

function gold(doc: Document): { gold: GoldQuote[] } {
  const text = doc.originalText;
  const annotations = doc.annotations.filter((a) => a.quote?.spans.length);
  const out: GoldQuote[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const inner = m[group + 1]!;
    const open = m.index + 1;
    const start = open + (inner.length - inner.trimStart().length);
    const end = open + inner.trimEnd().length;
    if (end <= start) continue;
    // The annotation whose quote holds most of the quotation, if it holds at least half.
    let best: { covered: number; a: Annotation } | null = null;
    for (const a of annotations) {
      const covered = a.quote!.spans.reduce(
        (n, s) => n + Math.max(0, Math.min(s.charEnd, end) - Math.max(s.charBegin, start)),
        0,
      );
      if (covered * 2 >= end - start && (!best || covered > best.covered)) best = { covered, a };
    }
    if (!best) continue;
    out.push({ start, end, text: text.slice(start, end), ...whoSaid(best.a, annotations) });
  }
  return { gold: out };
}

/**
 * The annotated speaker, and whom it names: for a pronoun, the nearest named speaker annotated before it whose
 * given name does not say another gender ("er" is not "Angela Merkel").
 */
function whoSaid(a: Annotation, all: Annotation[]): Pick<GoldQuote, 'source' | 'speaker' | 'aliases'> {
  const source = a.speaker?.spans.length ? a.speaker.text.trim() : null;
  if (!source || !PRONOUN.test(source)) return { source, speaker: source, aliases: [] };
  const at = first(a.speaker!);
  const pronoun = source.toLowerCase();
  const other = pronoun === 'er' ? 'f' : pronoun === 'sie' ? 'm' : null;
  const named = all
    .map((x) => x.speaker)
    .filter((s): s is Span => !!s?.spans.length && first(s) < at && !PRONOUN.test(s.text.trim()))
    .filter((s) => other === null || genderOf(s.text) !== other)
    .sort((x, y) => first(y) - first(x))[0];
  return { source, speaker: named?.text.trim() ?? null, aliases: [] };
}

/** The gender the first given name in a speaker's words carries ("Bundeskanzlerin Angela Merkel" → f). */
function genderOf(speaker: string): 'm' | 'f' | null {
  for (const w of speaker.split(/[\s,]+/)) {
    const g = givenName(w);
    if (g !== undefined) return g;
  }
  return null;
}
