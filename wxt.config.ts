import { join, resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { DEFAULT_CORPUS } from './src/cli/args';
import { loadIndexFile } from './src/cli/files';
import { indexCorpus, summaryLines } from './src/cli/index-command';

// The extension bundles a quote index: the one built from the corpus (`corpus/` by default, or the folder
// named by WHOSAID_CORPUS) into the output folder, or the index file named by WHOSAID_INDEX. The output
// folder is `.output/`, or the one named by WHOSAID_OUT_DIR (the end-to-end tests build into their own).
let bundledIndex = '';

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
      if (process.env.WHOSAID_INDEX) {
        bundledIndex = resolve(process.env.WHOSAID_INDEX);
        const index = await loadIndexFile(bundledIndex);
        wxt.logger.info(
          `Quote index ${bundledIndex}: ${index.quotes.length} quotes, ${index.documents.length} articles`,
        );
        return;
      }
      const corpus = process.env.WHOSAID_CORPUS ? resolve(process.env.WHOSAID_CORPUS) : DEFAULT_CORPUS;
      bundledIndex = join(wxt.config.outBaseDir, 'quote-index.json');
      const summary = await indexCorpus([corpus], bundledIndex);
      wxt.logger.info(`Quote index from ${corpus}:\n${summaryLines(summary).join('\n')}`);
      for (const w of summary.warnings) wxt.logger.warn(w);
    },
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: bundledIndex, relativeDest: 'quote-index.json' });
    },
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push('quote-index.json');
    },
  },
});
