// The content script: on http(s) pages where highlighting is on, a PageSession reads the page and paints
// the quotations the index knows.

import { answer, type ContentProtocol } from '../shared/messages';
import { enabledOn, settings } from '../shared/settings';
import './highlights.css';
import { PageSession } from './session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    let session: PageSession | null = null;
    const apply = (on: boolean) => {
      if (on && !session) {
        session = new PageSession(ctx);
        session.start();
      } else if (!on && session) {
        session.stop();
        session = null;
      }
    };
    apply(enabledOn(await settings.getValue(), location.hostname));
    settings.watch((s) => apply(enabledOn(s, location.hostname)));
    answer<ContentProtocol>({
      'show-card': (data) => {
        session?.showCard(data.card, data.text);
        return null;
      },
      reveal: ({ n }) => {
        session?.reveal(n);
        return null;
      },
      'next-quote': () => {
        session?.nextQuote();
        return null;
      },
    });
  },
});
