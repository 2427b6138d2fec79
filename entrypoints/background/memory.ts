// The reading memory in the background: opened once per wake-up beside the indexes, fed with the
// quotations of the news articles read (after their matches are answered), and asked where the reader
// read a quotation before. A storage error is kept for the popup to show; matching goes on without it.

import type { ArticlePage } from '../../src/browser/article-page';
import { memoryStore } from '../../src/browser/memory-store';
import type { Occurrence, QuoteOccurrence } from '../../src/index/build';
import { ReadingMemory } from '../../src/index/memory';
import { memorySettings, remembersOn } from '../shared/memory-settings';
import type { MemoryInfo } from '../shared/messages';

let opening: Promise<ReadingMemory | null> | null = null;
let problem: string | null = null;

function failed(e: unknown): null {
  problem = `the reading memory: ${(e as Error).message ?? String(e)}`;
  return null;
}

/** The memory, or null when it cannot be opened (the reason is kept). */
export function memory(): Promise<ReadingMemory | null> {
  opening ??= ReadingMemory.open(memoryStore).catch((e) => {
    opening = null;
    return failed(e);
  });
  return opening;
}

/** Remembers a page's quotations when it is a news article read outside a private window, on a site allowed. */
export async function rememberPage(
  article: ArticlePage | null,
  incognito: boolean,
  quotes: QuoteOccurrence[],
  reports: Occurrence[],
): Promise<number> {
  if (!article || incognito || (quotes.length === 0 && reports.length === 0)) return 0;
  const settings = await memorySettings.getValue();
  if (!remembersOn(settings, article.host)) return 0;
  const m = await memory();
  if (!m) return 0;
  const { sign: _, ...read } = article;
  try {
    const added = await m.remember({ ...read, readAt: new Date().toISOString() }, quotes, reports, settings.limit);
    problem = null;
    return added;
  } catch (e) {
    failed(e);
    return 0;
  }
}

export async function memoryInfo(host: string | null): Promise<MemoryInfo> {
  const [settings, m] = await Promise.all([memorySettings.getValue(), memory()]);
  const size = m?.size ?? { quotes: 0, articles: 0 };
  return {
    ...size,
    on: settings.on,
    siteOn: host === null ? null : remembersOn(settings, host),
    problem,
  };
}

export async function forget(host: string | null): Promise<void> {
  const m = await memory();
  if (!m) return;
  try {
    await m.forget(host);
  } catch (e) {
    failed(e);
  }
}
