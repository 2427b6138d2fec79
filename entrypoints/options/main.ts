// The options page: highlighting on or off, per site, how strict matching is, and the reader's indexes:
// each listed with its size and date, switched on or off, removed; a new one imported in a worker, with a
// progress bar and a cancel button (checked as it is read: a bad file is refused with the reason, and the
// indexes in use stay as they were).

import { indexStore } from '../../src/browser/index-store';
import type { Strictness } from '../../src/match/matcher';
import { askBackground, type IndexInfo, type IndexSummary } from '../shared/messages';
import { type Settings, settings } from '../shared/settings';
import type { ImportMessage } from './import-worker';
import { memoryOptions } from './memory';
import '../shared/theme.css';
import './style.css';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const count = (n: number, noun: string) => `${n.toLocaleString()} ${noun}${n === 1 ? '' : 's'}`;

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

const megabytes = (n: number) => (n < 1e6 ? `${Math.max(1, Math.round(n / 1e3))} KB` : `${(n / 1e6).toFixed(1)} MB`);

function indexItem(x: IndexSummary): HTMLLIElement {
  const li = document.createElement('li');
  li.className = x.enabled ? '' : 'off';
  const use = document.createElement('input');
  use.type = 'checkbox';
  use.checked = x.enabled;
  use.setAttribute('aria-label', `Match pages against ${x.name}`);
  use.addEventListener('change', async () => {
    await indexStore.setEnabled(x.id, use.checked);
    showIndexes(await askBackground('index-changed', null));
  });
  const name = document.createElement('span');
  name.className = 'name';
  name.textContent = x.name;
  const meta = document.createElement('span');
  meta.className = 'meta';
  const added = x.addedAt ? `, imported ${x.addedAt.slice(0, 10)}` : '';
  meta.textContent = `${count(x.quotes, 'quote')}, ${count(x.paraphrases, 'paraphrase')}, ${count(x.speakers, 'speaker')}, ${count(x.documents, 'article')} · ${megabytes(x.bytes)} · built ${x.builtAt.slice(0, 10)}${added}`;
  li.append(use, name);
  if (x.origin === 'imported') {
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = 'Remove';
    remove.setAttribute('aria-label', `Remove ${x.name}`);
    remove.addEventListener('click', async () => {
      await indexStore.remove(x.id);
      showIndexes(await askBackground('index-changed', null));
      status(`Removed ${x.name}.`, true);
    });
    li.append(remove);
  }
  li.append(meta);
  return li;
}

function showIndexes(info: IndexInfo): void {
  $('indexes').replaceChildren(...info.indexes.map(indexItem));
  const problems = $('index-problems');
  problems.textContent = info.problems.map((p) => `Not in use: ${p}.`).join(' ');
  problems.hidden = info.problems.length === 0;
}

function status(text: string, ok: boolean): void {
  const el = $('import-status');
  el.textContent = text;
  el.className = ok ? 'ok' : 'bad';
}

let importing: { worker: Worker; id: string | null } | null = null;

/** Imports a file in a worker, showing its progress; resolves when it is done, refused or cancelled. */
function importFile(file: File): Promise<void> {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  importing = { worker, id: null };
  const bar = $<HTMLProgressElement>('import-bar');
  bar.value = 0;
  $('import-percent').textContent = '';
  $('import-progress').hidden = false;
  status(`Importing ${file.name}…`, true);
  return new Promise<void>((resolve) => {
    const finish = () => {
      worker.terminate();
      importing = null;
      $('import-progress').hidden = true;
      resolve();
    };
    worker.onmessage = async (e: MessageEvent<ImportMessage>) => {
      const m = e.data;
      if (m.type === 'started' && importing) importing.id = m.id;
      else if (m.type === 'progress') {
        const share = file.size > 0 ? Math.min(1, m.bytes / file.size) : 1;
        bar.value = share;
        $('import-percent').textContent = `${Math.round(share * 100)} %${m.pass > 1 ? ` (pass ${m.pass})` : ''}`;
      } else if (m.type === 'done') {
        finish();
        showIndexes(await askBackground('index-changed', null));
        status(`Imported ${file.name}: ${count(m.quotes, 'quote')}.`, true);
      } else if (m.type === 'failed') {
        finish();
        status(`Refused ${file.name}: ${m.reason}. The indexes in use stay as they were.`, false);
      }
    };
    worker.onerror = (e) => {
      finish();
      status(`Could not import ${file.name}: ${e.message}. The indexes in use stay as they were.`, false);
    };
    worker.postMessage({ file });
    $('import-cancel').onclick = async () => {
      const id = importing?.id;
      finish();
      if (id) await indexStore.remove(id);
      status(`Cancelled the import of ${file.name}. The indexes in use stay as they were.`, false);
    };
  });
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
    if (file && !importing) void importFile(file).finally(() => (fileInput.value = ''));
  });
  showIndexes(await askBackground('index-info', null));
  await memoryOptions();
}

void main();
