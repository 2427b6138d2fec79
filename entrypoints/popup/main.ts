// The toolbar popup: the quotations the current tab holds, with their speakers (a click shows one on the
// page), a search of the indexes in use, and their sizes and build dates. The background finds the
// entries a search may mean in each index's search table (never reading a whole index); the popup ranks
// them, whole words first, then fuse.js's fuzzy matches. A result's speaker opens every quotation of that
// speaker, newest first; a quotation copies as a citation.

import { browser } from 'wxt/browser';
import { NAMED, speakerShown, UNNAMED } from '../../src/match/card';
import { citation } from '../../src/match/citation';
import { IndexSearch, type SearchRecord } from '../../src/match/search';
import { askBackground, type IndexInfo, type TabQuote, tellTab } from '../shared/messages';
import { settings } from '../shared/settings';
import { showMemory } from './memory';
import '../shared/theme.css';
import './style.css';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const count = (n: number, noun: string) => `${n.toLocaleString()} ${noun}${n === 1 ? '' : 's'}`;

/** Entries the background finds for a search, for the popup to rank. */
const CANDIDATES = 100;
/** A speaker's quotations listed at most. */
const SPEAKER_QUOTES = 200;

/** The tab the popup is about: the active tab, or the one named by ?tab=ID (for opening it as a page). */
async function targetTab(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function item(
  parts: {
    who: string;
    role?: string | null;
    text: string;
    meta?: string;
    disputed?: boolean;
    outletsDiffer?: boolean;
    paraphrase?: boolean;
  },
  onClick?: () => void,
): HTMLLIElement {
  const li = document.createElement('li');
  const button = document.createElement(onClick ? 'button' : 'div');
  if (onClick) (button as HTMLButtonElement).type = 'button';
  const who = document.createElement('span');
  who.className = 'who';
  who.textContent = parts.who;
  button.append(who);
  if (parts.role) {
    const role = document.createElement('span');
    role.className = 'role';
    role.textContent = `, ${parts.role}`;
    button.append(role);
  }
  if (parts.disputed) {
    const d = document.createElement('span');
    d.className = 'disputed';
    d.textContent = ' · this page names someone else';
    button.append(d);
  }
  if (parts.outletsDiffer) {
    const d = document.createElement('span');
    d.className = 'disputed';
    d.textContent = ' · outlets differ on who said this';
    button.append(d);
  }
  const words = parts.text.length > 160 ? `${parts.text.slice(0, 157)}…` : parts.text;
  const text = document.createElement('span');
  text.className = parts.paraphrase ? 'text paraphrase' : 'text';
  text.textContent = parts.paraphrase ? words : `“${words}”`;
  if (parts.paraphrase) {
    const label = document.createElement('span');
    label.className = 'label';
    label.textContent = 'Reported, not a quotation: ';
    text.prepend(label);
  }
  button.append(text);
  if (parts.meta) {
    const meta = document.createElement('span');
    meta.className = 'meta';
    meta.textContent = parts.meta;
    button.append(meta);
  }
  if (onClick) button.addEventListener('click', onClick);
  li.append(button);
  return li;
}

async function showPage(tabId: number | undefined): Promise<void> {
  const list = $('page-quotes');
  const { host, quotes } =
    tabId === undefined ? { host: null, quotes: [] as TabQuote[] } : await askBackground('tab-quotes', { tabId });
  for (const q of quotes) {
    list.append(
      item(
        {
          who: speakerShown(q.speaker, q.attribution),
          role: q.attribution >= UNNAMED ? q.role : null,
          text: q.text,
          meta: ` words match ${Math.round(q.confidence * 100)} %`,
          disputed: q.disputed,
        },
        () => {
          void tellTab(tabId!, 'reveal', { n: q.n });
          if (!new URLSearchParams(location.search).has('tab')) window.close();
        },
      ),
    );
  }
  $('page-empty').hidden = quotes.length > 0;
  if (host) {
    const s = await settings.getValue();
    $('site-name').textContent = host;
    const box = $<HTMLInputElement>('site-enabled');
    box.checked = !s.disabledSites.includes(host);
    box.addEventListener('change', async () => {
      const current = await settings.getValue();
      const others = current.disabledSites.filter((h) => h !== host);
      await settings.setValue({ ...current, disabledSites: box.checked ? others : [...others, host] });
    });
    $('site-toggle').hidden = false;
  }
}

function showIndexes(info: IndexInfo): void {
  const used = info.indexes.filter((x) => x.enabled);
  $('index-info').textContent =
    used
      .map(
        (x) =>
          `${x.origin === 'imported' ? x.name : 'Bundled index'}: ${count(x.quotes, 'quote')}, ${count(x.paraphrases, 'paraphrase')}, ${count(x.speakers, 'speaker')}, ${count(x.documents, 'article')} · built ${x.builtAt.slice(0, 10)}`,
      )
      .join('\n') || 'No index is in use: switch one on in the options.';
}

/** A found entry: its speaker opens their quotations, and a quotation copies as a citation. */
function resultItem(r: SearchRecord): HTMLLIElement {
  const li = item({
    who: speakerShown(r.speaker || null, r.attribution),
    role: r.attribution >= UNNAMED ? r.role : null,
    text: r.text,
    meta: r.source ? ` ${r.source}` : '',
    outletsDiffer: r.outletsDiffer,
    paraphrase: r.paraphrase,
  });
  const row = li.firstElementChild!;
  // A speaker named plainly opens their own list; a hedged one is no one to list quotations of.
  if (r.speakerId && r.attribution >= NAMED) {
    const who = document.createElement('button');
    who.type = 'button';
    who.className = 'who';
    who.textContent = r.speaker;
    who.title = `Every quotation of ${r.speaker}`;
    who.addEventListener('click', () => void showSpeaker(r.speakerId));
    row.querySelector('.who')!.replaceWith(who);
  }
  if (!r.paraphrase) {
    const cite = document.createElement('button');
    cite.type = 'button';
    cite.className = 'cite';
    cite.textContent = 'Copy citation';
    cite.addEventListener('click', async () => {
      const text = citation({
        text: r.text,
        speaker: r.speaker || null,
        role: r.role || null,
        outlet: r.outlet,
        date: r.date,
      });
      await navigator.clipboard.writeText(text).then(
        () => (cite.textContent = 'Copied'),
        () => (cite.textContent = 'Could not copy'),
      );
    });
    row.append(cite);
  }
  return li;
}

/** Every quotation of a speaker, newest first, in place of the search's results. */
async function showSpeaker(speakerId: string): Promise<void> {
  const { name, records } = await askBackground('speaker-quotes', { speakerId, limit: SPEAKER_QUOTES });
  $('speaker-name').textContent = name ?? 'Speaker unknown';
  $('speaker-quotes').replaceChildren(...records.map(resultItem));
  $('speaker-section').hidden = false;
  $('results').hidden = true;
}

function searchBox(): void {
  const input = $<HTMLInputElement>('search');
  const results = $('results');
  let asked = 0;
  $('speaker-back').addEventListener('click', () => {
    $('speaker-section').hidden = true;
    results.hidden = false;
  });
  input.addEventListener('input', async () => {
    const query = input.value.trim();
    const mine = ++asked;
    $('speaker-section').hidden = true;
    results.hidden = false;
    if (query.length < 2) {
      results.replaceChildren();
      return;
    }
    const { records } = await askBackground('search', { query, limit: CANDIDATES });
    // A later keystroke's answer replaces this one.
    if (mine !== asked) return;
    results.replaceChildren(...new IndexSearch(records).search(query, 20).map(resultItem));
  });
}

async function main(): Promise<void> {
  const tabId = await targetTab();
  void showPage(tabId);
  void showMemory(tabId);
  searchBox();
  try {
    showIndexes(await askBackground('index-info', null));
  } catch (e) {
    $('index-info').textContent = `The indexes could not be read: ${(e as Error).message}`;
  }
}

void main();
