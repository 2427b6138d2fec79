// Chromium with a built extension for the benchmarks, and its service worker's heap.

import { type BrowserContext, type CDPSession, chromium } from 'playwright-core';

const CHROMIUM = process.env.WHOSAID_CHROMIUM ?? '/usr/bin/chromium';

/** The worker's heap, through a CDP session on its target (Playwright has none for service workers). */
export async function workerHeap(cdp: CDPSession): Promise<{ used: number; buffers: number }> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'))!;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
  const answer = new Promise<{ usedSize: number; backingStorageSize?: number }>((resolve) => {
    const on = (e: { message: string }) => {
      const m = JSON.parse(e.message) as { id?: number; result?: { usedSize: number; backingStorageSize?: number } };
      if (m.id === 2 && m.result) {
        cdp.off('Target.receivedMessageFromTarget', on);
        resolve(m.result);
      }
    };
    cdp.on('Target.receivedMessageFromTarget', on);
  });
  await cdp.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' }),
  });
  await cdp.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({ id: 2, method: 'Runtime.getHeapUsage' }),
  });
  const usage = await answer;
  await cdp.send('Target.detachFromTarget', { sessionId });
  return { used: usage.usedSize, buffers: usage.backingStorageSize ?? 0 };
}

export async function launch(extension: string): Promise<{ context: BrowserContext; id: string }> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, id: new URL(worker.url()).host };
}
