// Each tab's matched quotations, for the popup's list and the toolbar badge. Kept in session storage too,
// since the worker that holds them in memory sleeps when idle.

import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { TabQuote } from '../shared/messages';

interface TabRecord {
  host: string;
  quotes: TabQuote[];
}

const item = (tabId: number) => storage.defineItem<TabRecord | null>(`session:tab-${tabId}`, { fallback: null });

export async function recordTab(tabId: number, host: string, first: boolean, found: TabQuote[]): Promise<void> {
  const previous = first ? null : await item(tabId).getValue();
  await save(tabId, { host, quotes: [...(previous?.host === host ? previous.quotes : []), ...found] });
}

/** Takes quotations off a tab's record: the page changed, and they are no longer on it. */
export async function forgetQuotes(tabId: number, ns: number[]): Promise<void> {
  const record = await item(tabId).getValue();
  if (!record) return;
  const gone = new Set(ns);
  await save(tabId, { host: record.host, quotes: record.quotes.filter((q) => !gone.has(q.n)) });
}

/** The number the next quotation found on a tab takes: numbers stay unique as quotations come and go. */
export async function nextNumber(tabId: number): Promise<number> {
  const quotes = (await item(tabId).getValue())?.quotes ?? [];
  return quotes.reduce((n, q) => Math.max(n, q.n + 1), 0);
}

async function save(tabId: number, record: TabRecord): Promise<void> {
  await item(tabId).setValue(record);
  const attributed = record.quotes.filter((q) => q.speaker !== null).length;
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text: attributed > 0 ? String(attributed) : '' });
  await action.setBadgeBackgroundColor({ tabId, color: '#8a5a00' });
}

export async function tabQuotes(tabId: number): Promise<TabRecord | null> {
  return item(tabId).getValue();
}

export function forgetTab(tabId: number): Promise<void> {
  return item(tabId).removeValue();
}
