// The extension's service worker's heap, for the benchmarks (which launch Chromium as the e2e tests do).

import type { CDPSession } from 'playwright-core';

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
