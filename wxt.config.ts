import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { DEFAULT_CORPUS } from './src/cli/args';
import { indexCorpus, summaryLines } from './src/cli/index-command';
import { writeRuntimeFiles } from './src/cli/runtime-files';

// The extension bundles a quote index: the one built from the corpus (`corpus/` by default, or the folder
// named by WHOSAID_CORPUS) into the output folder, or the index file named by WHOSAID_INDEX. What it ships
// is the index's runtime form (src/compact/form.ts), built here once, into `index/` of each extension. The
// output folder is `.output/`, or the one named by WHOSAID_OUT_DIR (the end-to-end tests build into their own).
let runtimeDir = '';

export default defineConfig({
  outDir: process.env.WHOSAID_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Whosaid',
    description: 'Highlights quotations on the page you read and tells you who said them, and where it was reported.',
    // storage: settings, each tab's results; contextMenus: "Who said this?" on a selection. The content
    // script's http(s) matches give it the pages it reads; nothing is ever sent over the network.
    permissions: ['storage', 'contextMenus'],
    commands: {
      'next-quote': {
        suggested_key: { default: 'Alt+Shift+W' },
        description: 'Show the card of the next quotation on the page',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'whosaid@whosaid.invalid',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    'build:before': async (wxt) => {
      let bundledIndex: string;
      if (process.env.WHOSAID_INDEX) bundledIndex = resolve(process.env.WHOSAID_INDEX);
      else {
        const corpus = process.env.WHOSAID_CORPUS ? resolve(process.env.WHOSAID_CORPUS) : DEFAULT_CORPUS;
        bundledIndex = join(wxt.config.outBaseDir, 'quote-index.json');
        const summary = await indexCorpus([corpus], bundledIndex);
        wxt.logger.info(`Quote index from ${corpus}:\n${summaryLines(summary).join('\n')}`);
        for (const w of summary.warnings) wxt.logger.warn(w);
      }
      runtimeDir = join(wxt.config.outBaseDir, 'runtime-index');
      const header = await writeRuntimeFiles(bundledIndex, runtimeDir);
      wxt.logger.info(
        `Bundled index ${bundledIndex}: ${header.counts.quotes} quotes, ${header.counts.documents} articles; runtime form ${(header.bytes / 1e6).toFixed(2)} MB`,
      );
    },
    'build:publicAssets': (_wxt, files) => {
      for (const name of readdirSync(runtimeDir))
        files.push({ absoluteSrc: join(runtimeDir, name), relativeDest: `index/${name}` });
    },
  },
});
