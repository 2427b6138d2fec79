// PolNeAR documents as evaluation cases: the article text, and the quotations in quotation marks that lie
// inside its annotated attributions, each with its annotated source.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Paragraph } from '../text/paragraphs';
import { type BratAttribution, type BratSpan, parseBrat } from './brat';
import { parseCoref, referents } from './corenlp';
import type { GoldQuote } from './score';

export interface EvalDoc {
  name: string;
  text: string;
  /** Its paragraphs and what each is, where its format says (else blank lines make them). */
  paragraphs?: Paragraph[];
  /** Quotations in quotation marks, with their sources. */
  gold: GoldQuote[];
  /** Reported speech: annotated contents with no quotation mark in them. */
  reports: GoldQuote[];
  /** The language it is written in, where the corpus says. */
  language?: string;
}

const PRONOUN = /^(he|she|they|i|we|it|him|her|them|his|their|who|which)$/i;
/**
 * Double quotation marks and what they hold: curly (across paragraphs, each reopening with “), straight,
 * mixed within a paragraph (“…" and "…”, as careless text has them), or two apostrophes as wire text writes them.
 */
const QUOTED = /“([^”“"]*(?:“[^”“"]*)*?)”|[“"]([^“”"\n]*)[”"]|''((?:(?!'').)*?)''/gs;

/** The train or dev split of a PolNeAR checkout (DIR is the repository, or its data folder). */
export function loadSplit(dir: string, split: 'train' | 'dev'): EvalDoc[] {
  const base = existsSync(join(dir, 'data', split)) ? join(dir, 'data', split) : join(dir, split);
  if (!existsSync(join(base, 'attributions')))
    throw new Error(`no PolNeAR ${split} split under ${dir} (expected data/${split}/attributions)`);
  const docs: EvalDoc[] = [];
  const seen = new Set<string>();
  for (const ann of readdirSync(join(base, 'attributions')).sort()) {
    // Articles annotated by several annotators (to measure agreement) count once.
    const name = ann.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (seen.has(name)) continue;
    const textFile = join(base, 'text', `${name}.txt`);
    if (!existsSync(textFile)) continue;
    seen.add(name);
    const text = readFileSync(textFile, 'utf8');
    const corenlp = join(base, 'corenlp', `${name}.txt.xml`);
    const chains = existsSync(corenlp) ? parseCoref(readFileSync(corenlp, 'utf8')) : [];
    const attributions = parseBrat(readFileSync(join(base, 'attributions', ann), 'utf8'), text).filter(
      (a) => a.content,
    );
    docs.push({
      name,
      text,
      language: 'en',
      gold: goldQuotes(text, attributions, chains),
      reports: goldReports(text, attributions, chains),
    });
  }
  return docs;
}

type Chains = ReturnType<typeof parseCoref>;

function goldQuotes(text: string, attributions: BratAttribution[], chains: Chains): GoldQuote[] {
  const out: GoldQuote[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? '';
    const open = m.index + (m[3] !== undefined ? 2 : 1);
    const start = open + (inner.length - inner.trimStart().length);
    const end = open + inner.trimEnd().length;
    if (end <= start) continue;
    // The attribution whose content holds most of the quotation, if it holds at least half.
    let best: { covered: number; source: BratSpan | null } | null = null;
    for (const a of attributions) {
      const covered = a.content!.ranges.reduce(
        (n, [s, e]) => n + Math.max(0, Math.min(e, end) - Math.max(s, start)),
        0,
      );
      if (covered * 2 >= end - start && (!best || covered > best.covered)) best = { covered, source: a.source };
    }
    if (!best) continue;
    out.push({ start, end, text: text.slice(start, end), ...whoSaid(best.source, attributions, chains) });
  }
  return out;
}

const QUOTE_MARK = /[“”"]|''/;

/** Attributions whose content holds no quotation mark: speech reported in the reporter's words. */
function goldReports(text: string, attributions: BratAttribution[], chains: Chains): GoldQuote[] {
  return attributions
    .filter((a) => !QUOTE_MARK.test(a.content!.text) && a.content!.ranges.length === 1)
    .map((a) => {
      const [start, end] = a.content!.ranges[0]!;
      return { start, end, text: text.slice(start, end), ...whoSaid(a.source, attributions, chains) };
    });
}

/** The annotated source, and whom it names: for a pronoun, whom it refers to; a description names them too. */
function whoSaid(
  sourceSpan: BratSpan | null,
  attributions: BratAttribution[],
  chains: Chains,
): Pick<GoldQuote, 'source' | 'speaker' | 'aliases'> {
  const source = sourceSpan?.text.trim() ?? null;
  let speaker = source;
  let aliases: string[] = [];
  if (source && sourceSpan) {
    const [s, e] = sourceSpan.ranges[0]!;
    if (PRONOUN.test(source)) {
      [speaker = null, ...aliases] = referents(chains, s, e);
      // CoreNLP's chains are often wrong: the nearest named source the annotators marked before it counts too.
      const named = attributions
        .map((a) => a.source)
        .filter(
          (x): x is BratSpan => !!x && x.ranges[0]![0] < s && !PRONOUN.test(x.text.trim()) && /\p{Lu}/u.test(x.text),
        )
        .sort((a, b) => b.ranges[0]![0] - a.ranges[0]![0])[0];
      if (named) {
        speaker ??= named.text.trim();
        aliases.push(named.text.trim());
      }
    } else if (!/\b\p{Lu}\p{Ll}/u.test(source.replace(/^\p{Lu}/u, ''))) aliases = referents(chains, s, e);
  }
  return { source, speaker, aliases };
}
