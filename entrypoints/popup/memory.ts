// The popup's reading-memory controls: what it holds, remembering on this site and everywhere, forgetting
// this site or everything, and a storage error when there is one.

import { browser } from 'wxt/browser';
import { memorySettings } from '../shared/memory-settings';
import { askBackground, type MemoryInfo } from '../shared/messages';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const count = (n: number, noun: string) => `${n.toLocaleString()} ${noun}${n === 1 ? '' : 's'}`;

/**
 * The host of an http(s) tab, else null: from the tab's address where the browser gives it, else from what
 * the tab's page told the background (the extension may not see a tab's address).
 */
async function hostOf(tabId: number | undefined): Promise<string | null> {
  if (tabId === undefined) return null;
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const url = tab?.url ? new URL(tab.url) : null;
  if (url) return /^https?:$/.test(url.protocol) ? url.hostname : null;
  return (await askBackground('tab-quotes', { tabId }).catch(() => null))?.host ?? null;
}

function show(info: MemoryInfo, host: string | null): void {
  $('memory-info').textContent = info.on
    ? `Whosaid remembers the quotations of the news articles you read, in this browser only: ${count(info.quotes, 'quotation')} from ${count(info.articles, 'article')}.`
    : `Whosaid remembers nothing you read now; it keeps ${count(info.quotes, 'quotation')} from ${count(info.articles, 'article')}.`;
  $('memory-problem').textContent = info.problem ?? '';
  $('memory-problem').hidden = info.problem === null;
  $<HTMLInputElement>('memory-on').checked = info.on;
  $('memory-site-toggle').hidden = host === null;
  $('memory-forget-site').hidden = host === null;
  if (host) {
    $('memory-site-name').textContent = host;
    const box = $<HTMLInputElement>('memory-site');
    box.checked = info.siteOn ?? false;
    box.disabled = !info.on;
  }
}

export async function showMemory(tabId: number | undefined): Promise<void> {
  const host = await hostOf(tabId);
  const refresh = async () => show(await askBackground('memory-info', { host }), host);
  $<HTMLInputElement>('memory-on').addEventListener('change', async (e) => {
    const on = (e.target as HTMLInputElement).checked;
    await memorySettings.setValue({ ...(await memorySettings.getValue()), on });
    await refresh();
  });
  $<HTMLInputElement>('memory-site').addEventListener('change', async (e) => {
    if (!host) return;
    const on = (e.target as HTMLInputElement).checked;
    const s = await memorySettings.getValue();
    const others = s.offSites.filter((h) => h !== host);
    await memorySettings.setValue({ ...s, offSites: on ? others : [...others, host] });
    await refresh();
  });
  $('memory-forget-site').addEventListener('click', async () => {
    if (host) show(await askBackground('memory-forget', { host }), host);
  });
  $('memory-forget-all').addEventListener('click', async () => {
    show(await askBackground('memory-forget', { host: null }), host);
  });
  try {
    await refresh();
  } catch (e) {
    $('memory-info').textContent = `The reading memory could not be read: ${(e as Error).message}`;
  }
}
