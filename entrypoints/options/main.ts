// The options page: highlighting on or off, per site, how strict matching is, and the reader's own index
// (validated on import: a bad file is refused with the reason, and the index in use stays).

import { importedIndex } from '../../src/browser/index-store';
import { parseIndexText } from '../../src/index/schema';
import type { Strictness } from '../../src/match/matcher';
import { askBackground, type IndexInfo } from '../shared/messages';
import { type Settings, settings } from '../shared/settings';
import '../shared/theme.css';
import './style.css';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const count = (n: number, noun: string) => `${n.toLocaleString()} ${noun}${n === 1 ? '' : 's'}`;

/** A larger file is not an index this browser should hold in memory. */
const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

async function update(change: (s: Settings) => Settings): Promise<void> {
  await settings.setValue(change(await settings.getValue()));
}

function showSettings(s: Settings): void {
  $<HTMLInputElement>('highlight').checked = s.highlight;
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="strictness"]'))
    radio.checked = radio.value === s.strictness;
  const list = $('sites');
  list.replaceChildren(
    ...s.disabledSites.map((host) => {
      const li = document.createElement('li');
      li.textContent = host;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = 'Remove';
      remove.setAttribute('aria-label', `Highlight on ${host} again`);
      remove.addEventListener('click', () =>
        update((x) => ({ ...x, disabledSites: x.disabledSites.filter((h) => h !== host) })),
      );
      li.append(remove);
      return li;
    }),
  );
  $('sites-empty').hidden = s.disabledSites.length > 0;
}

function showIndex(info: IndexInfo): void {
  const what = info.origin === 'imported' ? 'Your imported index' : 'The bundled index';
  $('index-info').textContent =
    `${what}: ${count(info.quotes, 'quote')}, ${count(info.paraphrases, 'paraphrase')}, ${count(info.speakers, 'speaker')}, ${count(info.documents, 'article')}, built ${info.builtAt.slice(0, 10)}.`;
  $('revert').hidden = info.origin !== 'imported';
}

function status(text: string, ok: boolean): void {
  const el = $('import-status');
  el.textContent = text;
  el.className = ok ? 'ok' : 'bad';
}

async function importFile(file: File): Promise<void> {
  if (file.size > MAX_IMPORT_BYTES)
    return status(
      `Refused ${file.name}: it is ${(file.size / 1048576).toFixed(0)} MB, over the ${MAX_IMPORT_BYTES / 1048576} MB limit. The index in use stays.`,
      false,
    );
  const result = parseIndexText(await file.text());
  if (!result.ok) return status(`Refused ${file.name}: ${result.reason}. The index in use stays.`, false);
  await importedIndex.set({
    text: JSON.stringify(result.index),
    fileName: file.name,
    importedAt: new Date().toISOString(),
  });
  const info = await askBackground('index-changed', null);
  showIndex(info);
  status(`Imported ${file.name}: ${count(info.quotes, 'quote')}.`, true);
}

async function main(): Promise<void> {
  showSettings(await settings.getValue());
  settings.watch((s) => s && showSettings(s));
  $<HTMLInputElement>('highlight').addEventListener('change', (e) =>
    update((s) => ({ ...s, highlight: (e.target as HTMLInputElement).checked })),
  );
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="strictness"]')) {
    radio.addEventListener('change', () => update((s) => ({ ...s, strictness: radio.value as Strictness })));
  }
  $('add-site').addEventListener('submit', (e) => {
    e.preventDefault();
    const input = $<HTMLInputElement>('site');
    const host = input.value
      .trim()
      .replace(/^https?:\/\//, '')
      .replace(/\/.*$/, '')
      .toLowerCase();
    if (host) void update((s) => ({ ...s, disabledSites: [...new Set([...s.disabledSites, host])] }));
    input.value = '';
  });
  const fileInput = $<HTMLInputElement>('import');
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void importFile(file).finally(() => (fileInput.value = ''));
  });
  $('revert').addEventListener('click', async () => {
    await importedIndex.clear();
    showIndex(await askBackground('index-changed', null));
    status('Using the bundled index again.', true);
  });
  const info = await askBackground('index-info', null);
  showIndex(info);
  if (info.problem)
    status(`Your imported index could not be used (${info.problem}); the bundled index is in use.`, false);
}

void main();
