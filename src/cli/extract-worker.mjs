// The entry of `whosaid index --jobs N`'s worker threads: runs the engine's TypeScript through tsx, as
// the command itself does (whosaid.mjs), then the worker (extract-worker.ts).
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
