import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { DEFAULT_CORPUS, DEFAULT_INDEX } from './src/cli/args';
import { indexCorpus, summaryLines } from './src/cli/index-command';

// The extension bundles the quote index built from the corpus: `corpus/` by default, or the folder named
// by WHOSAID_CORPUS (`WHOSAID_CORPUS=~/news npm run build`).
export default defineConfig({
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
        gecko: { id: 'whosaid@whosaid.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    'build:before': async (wxt) => {
      const corpus = process.env.WHOSAID_CORPUS ? resolve(process.env.WHOSAID_CORPUS) : DEFAULT_CORPUS;
      const summary = await indexCorpus([corpus], DEFAULT_INDEX);
      wxt.logger.info(`Quote index from ${corpus}:\n${summaryLines(summary).join('\n')}`);
      for (const w of summary.warnings) wxt.logger.warn(w);
    },
  },
});
