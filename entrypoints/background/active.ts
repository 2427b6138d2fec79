// The background's indexes and matcher: opened once per wake-up of the worker (MV3 workers sleep after
// about 30 s idle), on first need, by reading each index's header and table only; and again when the
// reader imports, switches or removes an index.

import type { ReadingMemory } from '../../src/index/memory';
import { Matcher } from '../../src/match/matcher';
import { type Indexes, openIndexes } from '../shared/index-source';
import type { IndexInfo } from '../shared/messages';
import { memory } from './memory';

export interface Active extends Indexes {
  /** The reading memory, matched with the indexes (null when it cannot be opened). */
  reading: ReadingMemory | null;
  matcher: Matcher;
}

let loading: Promise<Active> | null = null;

export function active(): Promise<Active> {
  loading ??= load();
  return loading;
}

export function reload(): Promise<Active> {
  loading = load();
  return loading;
}

async function load(): Promise<Active> {
  performance.mark('whosaid:index-load:start');
  try {
    const [indexes, reading] = await Promise.all([openIndexes(), memory()]);
    const stores = [...indexes.open.map((o) => o.store), ...(reading ? [reading] : [])];
    return { ...indexes, reading, matcher: new Matcher(stores) };
  } finally {
    performance.measure('whosaid:index-load', 'whosaid:index-load:start');
    // From the worker's start to usable indexes: its cold start.
    performance.measure('whosaid:cold-start', { start: 0, end: performance.now() });
  }
}

export function infoOf(a: Active): IndexInfo {
  return { indexes: a.summaries, problems: a.problems };
}
