// Builds the Chrome extension once before the end-to-end tests, from the current sources and the bundled
// corpus, so that the tests never run against a stale build.
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers/cli';

export default function setup(): void {
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, WHOSAID_CORPUS: '' } });
  if (r.status !== 0) throw new Error(`wxt build failed:\n${r.stdout}\n${r.stderr}`);
}
