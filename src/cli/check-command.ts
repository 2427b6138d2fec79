// `whosaid check FILE|- [--index FILE] [--json]`: the quotations of an article, each with the index entry it
// matches, the speaker the article names, and whether they disagree.

import { readFileSync } from 'node:fs';
import { extract } from '../attribution/extract';
import { readArticle } from '../corpus/files';
import { checkQuotes, pageQuotes } from '../match/check';
import { Matcher } from '../match/matcher';
import { DEFAULT_INDEX, parseCommandArgs } from './args';
import { describeMatch, speakerLine } from './describe';
import { loadIndexFile, UsageError } from './files';

const USAGE = 'whosaid check FILE|- [--index FILE] [--json]';

export async function checkCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { index: { type: 'string' }, json: { type: 'boolean' } },
    USAGE,
  );
  if (positionals.length !== 1) throw new UsageError(`give one article file, or - for standard input\nusage: ${USAGE}`);
  const path = positionals[0]!;
  const article = path === '-' ? { text: readFileSync(0, 'utf8'), paragraphs: undefined } : readOrFail(path);
  const index = await loadIndexFile(values.index ?? DEFAULT_INDEX);
  const docs = new Map(index.documents.map((d) => [d.id, d]));
  const extraction = extract(article.text, article.paragraphs, 'meta' in article ? article.meta.language : null);
  const page = pageQuotes(extraction);
  const checked = checkQuotes(page, new Matcher(index)).map((c, i) => ({
    ...c,
    ...page[i]!,
    start: extraction.quotes[i]!.start,
    end: extraction.quotes[i]!.end,
  }));

  if (values.json) {
    const quotes = checked.map((c) => ({
      start: c.start,
      end: c.end,
      text: c.text,
      match: c.match ? describeMatch(c.match, docs) : null,
      attributedTo: c.attributedTo,
      disagrees: c.disagrees,
    }));
    process.stdout.write(`${JSON.stringify({ quotes })}\n`);
    return 0;
  }
  if (checked.length === 0) process.stdout.write('no quotations\n');
  for (const c of checked) {
    process.stdout.write(`“${c.text.replace(/\s+/g, ' ')}”\n`);
    if (!c.match) process.stdout.write('  not in the index\n');
    else {
      const d = describeMatch(c.match, docs);
      process.stdout.write(
        `  index: ${speakerLine(d.speaker)}   [${d.id}, confidence ${c.match.confidence.toFixed(2)}, ${d.sources.length} source${d.sources.length === 1 ? '' : 's'}]\n`,
      );
    }
    if (c.attributedTo)
      process.stdout.write(`  this article: ${c.attributedTo}${c.disagrees ? '   ← disagrees with the index' : ''}\n`);
  }
  return 0;
}

function readOrFail(path: string) {
  const r = readArticle({ path, id: path });
  if (!r.ok) throw new UsageError(`${path}: ${r.refusal.reason}`);
  return r.article;
}
