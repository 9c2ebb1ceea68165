// The baseline page: hands the chosen File (a handle, not its bytes) to the worker and records
// the worker's timings, plus the time the page saw from the file's change event to the answer.
const worker = new Worker('/worker.js', { name: 'baseline-import' });
const status = document.getElementById('status');
window.__baseline = { result: null, error: null, longTasks: [] };

new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__baseline.longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: false });

let chosenAt = 0;
document.getElementById('file').addEventListener('change', (event) => {
  const file = event.target.files[0];
  if (!file) return;
  chosenAt = performance.now();
  status.textContent = 'Importing…';
  worker.postMessage({ type: 'import', file, variant: new URLSearchParams(location.search).get('variant') });
});

worker.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'ready') {
    window.__baseline.ready = true;
  } else if (message.type === 'done') {
    window.__baseline.result = { ...message.timings, pageTotalMs: performance.now() - chosenAt };
    status.textContent = `Stored ${message.timings.rows} rows`;
  } else if (message.type === 'error') {
    window.__baseline.error = message.message;
    status.textContent = `Failed: ${message.message}`;
  }
};
worker.onerror = (event) => {
  window.__baseline.error = event.message || 'worker error';
};
