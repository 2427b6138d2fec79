// The background's index and matcher: loaded once per wake-up of the worker (MV3 workers sleep after
// about 30 s idle), on first need, and reloaded when the reader imports an index.

import { Matcher } from '../../src/match/matcher';
import { type ActiveIndex, loadActiveIndex } from '../shared/index-source';
import type { IndexInfo } from '../shared/messages';

export interface Active extends ActiveIndex {
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
    const loaded = await loadActiveIndex();
    return { ...loaded, matcher: new Matcher(loaded.index) };
  } finally {
    performance.measure('whosaid:index-load', 'whosaid:index-load:start');
    // From the worker's start to a usable index: its cold start.
    performance.measure('whosaid:cold-start', { start: 0, end: performance.now() });
  }
}

export function infoOf(a: Active): IndexInfo {
  return {
    origin: a.origin,
    quotes: a.index.quotes.length,
    paraphrases: a.index.paraphrases.length,
    speakers: a.index.speakers.length,
    documents: a.index.documents.length,
    builtAt: a.index.builtAt,
    problem: a.problem,
  };
}
