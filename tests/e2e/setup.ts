// Builds the extension for Chromium and Firefox once before the end-to-end tests, from the current sources
// and the bundled corpus, into a folder of their own: the reader's `.output/` stays as they built it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT } from '../helpers/cli';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built extensions: `chrome-mv3/`, `firefox-mv2/` and the bundled `quote-index.json`. */
    builtDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-e2e-build-'));
  for (const target of ['chrome', 'firefox']) {
    const r = spawnSync('npx', ['wxt', 'build', '-b', target], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, WHOSAID_CORPUS: '', WHOSAID_INDEX: '', WHOSAID_OUT_DIR: dir },
    });
    if (r.status !== 0) throw new Error(`wxt build -b ${target} failed:\n${r.stdout}\n${r.stderr}`);
  }
  project.provide('builtDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
