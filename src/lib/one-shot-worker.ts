/**
 * Posts one request to a fresh worker and hands every message to `receive`; the worker ends at
 * the message `isLast` accepts, or when it fails (then `fail` gets `failMessage` if the browser
 * gives no reason). Each call has its own worker, so several run side by side.
 */
export function runOneShotWorker<Request, Response>(options: {
  makeWorker: () => Worker;
  request: Request;
  isLast: (response: Response) => boolean;
  receive: (response: Response) => void;
  fail: (error: Error) => void;
  failMessage: string;
}): void {
  const worker = options.makeWorker();
  worker.onmessage = (event: MessageEvent<Response>) => {
    if (options.isLast(event.data)) worker.terminate();
    options.receive(event.data);
  };
  worker.onerror = (event) => {
    worker.terminate();
    options.fail(new Error(event.message || options.failMessage));
  };
  worker.postMessage(options.request);
}
