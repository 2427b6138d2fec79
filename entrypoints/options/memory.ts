// The options page's reading memory: how many quotations it keeps, and its export as an index file.

import { DEFAULT_MEMORY_LIMIT, memorySettings } from '../shared/memory-settings';
import { askBackground } from '../shared/messages';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function status(text: string, ok: boolean): void {
  const el = $('memory-status');
  el.textContent = text;
  el.className = ok ? 'ok' : 'bad';
}

export async function memoryOptions(): Promise<void> {
  const limit = $<HTMLInputElement>('memory-limit');
  limit.value = String((await memorySettings.getValue()).limit);
  limit.addEventListener('change', async () => {
    const n = Math.round(Number(limit.value));
    const value = Number.isFinite(n) && n >= 1000 ? n : DEFAULT_MEMORY_LIMIT;
    limit.value = String(value);
    await memorySettings.setValue({ ...(await memorySettings.getValue()), limit: value });
  });
  $('memory-export').addEventListener('click', async () => {
    status('Exporting…', true);
    try {
      const { text, quotes } = await askBackground('memory-export', null);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      a.download = `whosaid-reading-${new Date().toISOString().slice(0, 10)}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
      status(`Exported ${quotes.toLocaleString()} quotation${quotes === 1 ? '' : 's'}.`, true);
    } catch (e) {
      status(`Could not export the reading memory: ${(e as Error).message}`, false);
    }
  });
}
