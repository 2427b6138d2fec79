// The toolbar popup: a search over the whole index (whole words first, then fuse.js's fuzzy matches), the
// quotations the current tab holds, with their speakers (a click shows one on the page), and the index's
// size and build date.

import { browser } from 'wxt/browser';
import { type QuoteIndex, roleShown } from '../../src/index/schema';
import { speakerShown, UNNAMED } from '../../src/match/card';
import { IndexSearch, type SearchRecord } from '../../src/match/search';
import { loadActiveIndex } from '../shared/index-source';
import { askBackground, type TabQuote, tellTab } from '../shared/messages';
import { settings } from '../shared/settings';
import '../shared/theme.css';
import './style.css';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const count = (n: number, noun: string) => `${n.toLocaleString()} ${noun}${n === 1 ? '' : 's'}`;

/** The tab the popup is about: the active tab, or the one named by ?tab=ID (for opening it as a page). */
async function targetTab(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function item(
  parts: { who: string; role?: string | null; text: string; meta?: string; disputed?: boolean; paraphrase?: boolean },
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

function showIndex(index: QuoteIndex, origin: string): void {
  const built = index.builtAt.slice(0, 10);
  $('index-info').textContent =
    `${origin === 'imported' ? 'Your index' : 'Bundled index'}: ${count(index.quotes.length, 'quote')}, ${count(index.paraphrases.length, 'paraphrase')}, ${count(index.speakers.length, 'speaker')}, ${count(index.documents.length, 'article')} · built ${built}`;
  const speakers = new Map(index.speakers.map((s) => [s.id, s]));
  const docs = new Map(index.documents.map((d) => [d.id, d]));
  const record = (q: QuoteIndex['quotes' | 'paraphrases'][number], paraphrase: boolean): SearchRecord => {
    const s = q.speaker ? speakers.get(q.speaker) : undefined;
    const d = docs.get(q.sources[0]!.doc);
    return {
      id: q.id,
      paraphrase,
      text: q.text,
      speaker: s?.name ?? '',
      aliases: s?.aliases ?? [],
      role: roleShown(q, s) ?? '',
      source: [d?.publication, d?.headline, d?.date].filter(Boolean).join(' · '),
    };
  };
  const records = [...index.quotes.map((q) => record(q, false)), ...index.paraphrases.map((p) => record(p, true))];
  const search = new IndexSearch(records);
  const input = $<HTMLInputElement>('search');
  const results = $('results');
  input.addEventListener('input', () => {
    const query = input.value.trim();
    results.replaceChildren(
      ...(query.length < 2
        ? []
        : search.search(query, 20).map((r) =>
            item({
              who: r.speaker || 'Speaker unknown',
              role: r.role,
              text: r.text,
              meta: r.source ? ` ${r.source}` : '',
              paraphrase: r.paraphrase,
            }),
          )),
    );
  });
}

async function main(): Promise<void> {
  const tabId = await targetTab();
  void showPage(tabId);
  try {
    const { index, origin } = await loadActiveIndex();
    showIndex(index, origin);
  } catch (e) {
    $('index-info').textContent = `The index could not be loaded: ${(e as Error).message}`;
  }
}

void main();
