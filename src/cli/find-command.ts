// `whosaid find TEXT [--index FILE] [--json]`: the index entries that best match a piece of text.

import { Matcher, THRESHOLDS } from '../match/matcher';
import { DEFAULT_INDEX, parseCommandArgs } from './args';
import { describeMatch, speakerLine } from './describe';
import { loadIndexFile, UsageError } from './files';

const USAGE = 'whosaid find TEXT [--index FILE] [--json]';
/** find lists weaker candidates too, marked as such, so a user can see what nearly matched. */
const LIST_FLOOR = 0.3;

export async function findCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { index: { type: 'string' }, json: { type: 'boolean' } },
    USAGE,
  );
  const text = positionals.join(' ').trim();
  if (!text) throw new UsageError(`no text given\nusage: ${USAGE}`);
  const index = await loadIndexFile(values.index ?? DEFAULT_INDEX);
  const matcher = new Matcher(index);
  const matches = matcher.search(text, 5, LIST_FLOOR);
  const docs = new Map(index.documents.map((d) => [d.id, d]));
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ query: text, matches: matches.map((m) => describeMatch(m, docs)) })}\n`);
    return matches.length > 0 ? 0 : 1;
  }
  if (matches.length === 0) {
    process.stdout.write('no match in the index\n');
    return 1;
  }
  for (const m of matches) {
    const d = describeMatch(m, docs);
    const weak = m.confidence < THRESHOLDS.balanced ? '  (below the match threshold)' : '';
    process.stdout.write(
      `“${m.quote.text}”\n  — ${speakerLine(d.speaker)}   [confidence ${m.confidence.toFixed(2)}]${weak}\n`,
    );
    for (const s of d.sources) {
      const line = [s.publication, s.headline, s.date].filter(Boolean).join(' · ') || s.file;
      process.stdout.write(`    ${line}${s.firstReport ? '   (first report)' : ''}\n`);
    }
  }
  return 0;
}
