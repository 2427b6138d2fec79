// A worker thread of `whosaid index --jobs N`: reads and extracts the batches of articles it is sent.

import { parentPort } from 'node:worker_threads';
import type { CorpusFile } from '../corpus/files';
import { extractOne } from './extract-one';

parentPort!.on('message', ({ first, files }: { first: number; files: CorpusFile[] }) => {
  parentPort!.postMessage({ first, results: files.map(extractOne) });
});
