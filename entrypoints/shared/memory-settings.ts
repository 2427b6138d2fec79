// The reading memory's settings, kept in this browser only (what a reader reads is not synced).

import { storage } from 'wxt/utils/storage';

export interface MemorySettings {
  /** Remember quotations from the news articles read. */
  on: boolean;
  /** Sites (host names) where nothing is remembered. */
  offSites: string[];
  /** Quotations kept at most; the oldest read go first. */
  limit: number;
}

export const DEFAULT_MEMORY_LIMIT = 50_000;

export const memorySettings = storage.defineItem<MemorySettings>('local:memory', {
  fallback: { on: true, offSites: [], limit: DEFAULT_MEMORY_LIMIT },
});

export function remembersOn(s: MemorySettings, host: string): boolean {
  return s.on && !s.offSites.includes(host);
}
