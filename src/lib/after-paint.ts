/**
 * Runs `callback` once the next frame has been painted, and returns what cancels it. A
 * requestAnimationFrame callback runs before that frame, a message posted from it after. A
 * message, not a timer: Chromium may run a timer before tasks queued ahead of it, so work put off
 * this way could still delay what that frame had queued (bench/labeling-bench.ts), while messages
 * keep their order. A hidden tab paints no frame: there the callback runs on the message alone.
 */
export function afterPaint(callback: () => void): () => void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => callback();
  const post = () => channel.port2.postMessage(null);
  const frame = document.hidden ? null : requestAnimationFrame(post);
  if (frame === null) post();
  return () => {
    if (frame !== null) cancelAnimationFrame(frame);
    channel.port1.close();
  };
}
