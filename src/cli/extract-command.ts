// `whosaid extract FILE… [--json]`: the quotations of each article, as JSON lines or as a listing.

import { extract } from '../attribution/extract';
import type { Quote, Report } from '../attribution/model';
import type { Article } from '../corpus/article';
import { readArticle } from '../corpus/files';
import { parseCommandArgs } from './args';
import { speakerLine } from './describe';
import { UsageError } from './files';

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
    const { quotes, reports, terms } = extract(article.text, article.paragraphs, article.meta.language);
    if (values.json) {
      const out = quotes.map((q) => ({
        start: q.start,
        end: q.end,
        text: q.text,
        speaker: q.speaker,
        kind: q.kind,
        group: q.group,
        confidence: q.confidence,
      }));
      const reported = reports.map((r) => ({
        start: r.start,
        end: r.end,
        text: r.text,
        speaker: r.speaker,
        confidence: r.confidence,
      }));
      process.stdout.write(`${JSON.stringify({ file: path, quotes: out, reports: reported })}\n`);
    } else {
      process.stdout.write(
        listing(
          path,
          article,
          quotes,
          reports,
          terms.map((t) => article.text.slice(t.start, t.end)),
        ),
      );
    }
  }
  return failed > 0 ? 1 : 0;
}

function listing(path: string, article: Article, quotes: Quote[], reports: Report[], terms: string[]): string {
  const { publication, headline, date } = article.meta;
  const source = [publication, headline, date].filter(Boolean).join(' · ');
  const lines = [`${path}${source ? `  (${source})` : ''}`];
  if (quotes.length === 0) lines.push('  no quotations');
  quotes.forEach((q, i) => {
    lines.push(`  ${String(i + 1).padStart(2)}. “${q.text.replace(/\s+/g, ' ')}”`);
    lines.push(
      `      — ${speakerLine(q.speaker)}   [${q.kind}, ${q.group}, confidence ${q.confidence.toFixed(2)}, @${q.start}-${q.end}]`,
    );
  });
  if (reports.length > 0) lines.push('  reported speech (the reporter’s words, not quotations):');
  for (const r of reports) {
    lines.push(`    ~ ${r.text.replace(/\s+/g, ' ')}`);
    lines.push(
      `      — ${speakerLine(r.speaker)}   [paraphrase, confidence ${r.confidence.toFixed(2)}, @${r.start}-${r.end}]`,
    );
  }
  if (terms.length > 0) lines.push(`  not quotations: ${terms.map((t) => `“${t}”`).join(', ')}`);
  return `${lines.join('\n')}\n\n`;
}
