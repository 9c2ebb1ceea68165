/**
 * Runs `run` once the next frame has been painted, and returns a function that cancels it. A
 * requestAnimationFrame callback runs before that frame, a message posted from it after: a
 * message, not a timer, because Chromium may run a timer ahead of tasks queued before it, while
 * messages keep their order. A hidden tab paints no frames: with `fallbackMs`, `run` then runs
 * after that long anyway.
 */
export function afterNextPaint(run: () => void, fallbackMs?: number): () => void {
  const channel = new MessageChannel();
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cancel();
    run();
  };
  channel.port1.onmessage = once;
  const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
  const timer = fallbackMs === undefined ? undefined : setTimeout(once, fallbackMs);
  function cancel() {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    channel.port1.close();
  }
  return cancel;
}
