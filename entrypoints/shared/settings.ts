// The reader's settings, kept in extension storage (synced across their browsers).

import { storage } from 'wxt/utils/storage';
import type { Strictness } from '../../src/match/matcher';

export interface Settings {
  /** Highlight quotations at all. */
  highlight: boolean;
  /** Sites (host names) where nothing is highlighted. */
  disabledSites: string[];
  /** How sure a match must be to be shown. */
  strictness: Strictness;
}

export const settings = storage.defineItem<Settings>('sync:settings', {
  fallback: { highlight: true, disabledSites: [], strictness: 'balanced' },
});

export function enabledOn(s: Settings, host: string): boolean {
  return s.highlight && !s.disabledSites.includes(host);
}
