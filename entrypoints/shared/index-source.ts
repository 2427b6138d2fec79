// The index in use: the reader's imported one if there is one and it still validates, else the one the
// extension bundles. Both are validated as they are read.

import { browser } from 'wxt/browser';
import { importedIndex } from '../../src/browser/index-store';
import { parseIndexText, type QuoteIndex } from '../../src/index/schema';

export interface ActiveIndex {
  index: QuoteIndex;
  origin: 'bundled' | 'imported';
  /** Why the imported index could not be used, if it could not. */
  problem: string | null;
}

export async function loadActiveIndex(): Promise<ActiveIndex> {
  const stored = await importedIndex.get().catch(() => undefined);
  let problem: string | null = null;
  if (stored) {
    const r = parseIndexText(stored.text);
    if (r.ok) return { index: r.index, origin: 'imported', problem: null };
    problem = `${stored.fileName}: ${r.reason}`;
  }
  const response = await fetch(browser.runtime.getURL('/quote-index.json'));
  const r = parseIndexText(await response.text());
  if (!r.ok) throw new Error(`the bundled index is refused: ${r.reason}`);
  return { index: r.index, origin: 'bundled', problem };
}
