import type { BrowserContext, CDPSession } from 'playwright-core';

export interface WorkerSession {
  url: string;
  send<T = unknown>(method: string, params?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/**
 * A DevTools session to a dedicated worker (Playwright opens CDP sessions to pages and frames
 * only): a browser-level session attaches to the worker's target without flattening, and
 * commands travel through Target.sendMessageToTarget. Used to read the import worker's heap
 * (performance.memory does not exist in workers) and, on request, to profile it.
 */
export async function attachToWorker(
  context: BrowserContext,
  match: (url: string) => boolean,
  timeoutMs = 10_000,
): Promise<WorkerSession> {
  const browser = context.browser();
  if (!browser) throw new Error('attachToWorker: the context has no browser');
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  try {
    const deadline = Date.now() + timeoutMs;
    let target: { targetId: string; url: string } | undefined;
    while (!target) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      target = targetInfos.find((t) => t.type === 'worker' && match(t.url));
      if (target) break;
      if (Date.now() > deadline) throw new Error('attachToWorker: no such worker');
      await new Promise((r) => setTimeout(r, 20));
    }
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
    let nextId = 1;
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
      const waiter = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiter) return;
      pending.delete(message.id!);
      if (message.error) waiter.reject(new Error(message.error.message));
      else waiter.resolve(message.result);
    });
    return {
      url: target.url,
      send: <T>(method: string, params: Record<string, unknown> = {}) =>
        new Promise<T>((resolve, reject) => {
          const id = nextId++;
          pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
          cdp
            .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
            .catch((e: Error) => {
              pending.delete(id);
              reject(e);
            });
        }),
      close: async () => {
        for (const waiter of pending.values()) waiter.reject(new Error('worker session closed'));
        await cdp.detach().catch(() => undefined);
      },
    };
  } catch (error) {
    await cdp.detach().catch(() => undefined);
    throw error;
  }
}
