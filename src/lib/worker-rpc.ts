/** Request/response over a worker's messages: each call gets its own id and promise. */
export type RpcRequest<T> = { id: number; request: T };
export type RpcResponse<R> = { id: number; result: R } | { id: number; error: string };

export function createWorkerRpc<T, R>(makeWorker: () => Worker): (request: T) => Promise<R> {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, { resolve: (r: R) => void; reject: (e: Error) => void }>();
  return (request) => {
    if (!worker) {
      worker = makeWorker();
      worker.onmessage = ({ data }: MessageEvent<RpcResponse<R>>) => {
        const waiting = pending.get(data.id);
        pending.delete(data.id);
        if ('error' in data) waiting?.reject(new Error(data.error));
        else waiting?.resolve(data.result);
      };
    }
    const id = nextId++;
    return new Promise<R>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker!.postMessage({ id, request } satisfies RpcRequest<T>);
    });
  };
}

/** The worker side: answers each request with the handler's result or its error message. */
export function serveRpc<T, R>(
  scope: { onmessage: ((e: MessageEvent) => unknown) | null; postMessage: (m: unknown) => void },
  handle: (request: T) => Promise<R> | R,
): void {
  scope.onmessage = async ({ data }: MessageEvent<RpcRequest<T>>) => {
    let response: RpcResponse<R>;
    try {
      response = { id: data.id, result: await handle(data.request) };
    } catch (error) {
      response = { id: data.id, error: error instanceof Error ? error.message : String(error) };
    }
    scope.postMessage(response);
  };
}
