// Imports an index file off the options page's main thread, so that the page never freezes however large
// the file: reads it as a stream, checks it, builds its runtime form into IndexedDB, and reports progress.

import { importIndex } from '../../src/browser/index-import';

export type ImportMessage =
  | { type: 'started'; id: string }
  | { type: 'progress'; bytes: number; pass: number }
  | { type: 'done'; quotes: number }
  | { type: 'failed'; reason: string };

const post = (m: ImportMessage) => postMessage(m);

addEventListener('message', async (event: MessageEvent<{ file: File }>) => {
  const { file } = event.data;
  try {
    const entry = await importIndex(() => file.stream(), file.name, {
      onStart: (id) => post({ type: 'started', id }),
      onProgress: (bytes, pass) => post({ type: 'progress', bytes, pass }),
    });
    post({ type: 'done', quotes: entry.header?.counts.quotes ?? 0 });
  } catch (e) {
    post({ type: 'failed', reason: (e as Error).message });
  }
});
