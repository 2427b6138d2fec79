// `whosaid extract FILE… [--json]`: the quotations of each article, as JSON lines or as a listing.

import { readArticle } from '../corpus/files';
import type { Article } from '../corpus/article';
import { extract, type Quote } from '../extract';
import { UsageError } from './files';
import { parseCommandArgs } from './args';

const USAGE = 'whosaid extract FILE… [--json]';

export async function extractCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, USAGE);
  if (positionals.length === 0) throw new UsageError(`no file given\nusage: ${USAGE}`);
  let failed = 0;
  for (const path of positionals) {
    const result = readArticle({ path, id: path });
    if (!result.ok) {
      process.stderr.write(`whosaid: ${path}: ${result.refusal.reason}\n`);
      failed++;
      continue;
    }
    for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
    const { article } = result;
    const { quotes, terms } = extract(article.text, article.paragraphs);
    if (values.json) {
      const out = quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker, kind: q.kind, group: q.group, confidence: q.confidence }));
      process.stdout.write(JSON.stringify({ file: path, quotes: out }) + '\n');
    } else {
      process.stdout.write(listing(path, article, quotes, terms.map((t) => article.text.slice(t.start, t.end))));
    }
  }
  return failed > 0 ? 1 : 0;
}

function listing(path: string, article: Article, quotes: Quote[], terms: string[]): string {
  const { publication, headline, date } = article.meta;
  const source = [publication, headline, date].filter(Boolean).join(' · ');
  const lines = [`${path}${source ? `  (${source})` : ''}`];
  if (quotes.length === 0) lines.push('  no quotations');
  quotes.forEach((q, i) => {
    const who = q.speaker ? `${q.speaker.name}${q.speaker.role ? `, ${q.speaker.role}` : ''}` : 'speaker unknown';
    lines.push(`  ${String(i + 1).padStart(2)}. “${q.text.replace(/\s+/g, ' ')}”`);
    lines.push(`      — ${who}   [${q.kind}, ${q.group}, confidence ${q.confidence.toFixed(2)}, @${q.start}-${q.end}]`);
  });
  if (terms.length > 0) lines.push(`  not quotations: ${terms.map((t) => `“${t}”`).join(', ')}`);
  return lines.join('\n') + '\n\n';
}
