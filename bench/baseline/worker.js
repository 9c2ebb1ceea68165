/* global importScripts, Papa, Dexie */
// The import floor: read the File, decode, Papa.parse with headers, and one raw Dexie bulkAdd of
// the parsed rows (one table, primary key thread_id, no secondary index) in one transaction.
// The database is opened before the file arrives, as the app's is by the time it writes.
//
// Diagnostic variants (BENCH_BASELINE_VARIANTS=1, not part of the baseline figure) write the
// same rows in the app's shape, to tell the cost of the shape from the cost of the app's code:
//   app-shape:           per row a metadata record, a text record and an LLM label record, in
//                        three tables with the app's compound keys, chunks of 2,000 awaited in turn
//   app-shape-unchunked: the same records, one bulkAdd per table
//   two-tables:          metadata and text records only (no labels), one bulkAdd per table
importScripts('/papaparse.min.js', '/dexie.min.js');

const db = new Dexie(`baseline-${Date.now()}`);
db.version(1).stores({
  threads: 'thread_id',
  appThreads: '[studyId+threadId]',
  appTexts: '[studyId+threadId]',
  appLabels: '[studyId+runId+threadId]',
});

db.open().then(
  () => self.postMessage({ type: 'ready' }),
  (error) => self.postMessage({ type: 'error', message: String(error) }),
);

const STUDY = 'study-0000';
const RUN = 'run-0000';

function appShape(rows) {
  const metas = [];
  const texts = [];
  const labels = [];
  rows.forEach((row, i) => {
    const text = row.user_prompts;
    metas.push({
      studyId: STUDY,
      threadId: row.thread_id,
      userId: row.user_id || null,
      department: row.department || null,
      role: row.role || null,
      createdAt: row.created_at || null,
      turnCount: 1,
      length: text.length,
      preview: text.slice(0, 240),
      ordinal: i,
    });
    texts.push({ studyId: STUDY, threadId: row.thread_id, turns: [text] });
    if (row.llm_label) labels.push({ studyId: STUDY, runId: RUN, threadId: row.thread_id, label: row.llm_label });
  });
  return { metas, texts, labels };
}

async function write(variant, rows) {
  if (variant === 'baseline') {
    await db.transaction('rw', db.threads, () => db.threads.bulkAdd(rows));
    return;
  }
  const { metas, texts, labels } = appShape(rows);
  await db.transaction('rw', db.appThreads, db.appTexts, db.appLabels, async () => {
    if (variant === 'app-shape') {
      for (let start = 0; start < rows.length; start += 2000) {
        await db.appThreads.bulkAdd(metas.slice(start, start + 2000));
        await db.appTexts.bulkAdd(texts.slice(start, start + 2000));
        await db.appLabels.bulkAdd(labels.slice(start, start + 2000));
      }
    } else {
      await db.appThreads.bulkAdd(metas);
      await db.appTexts.bulkAdd(texts);
      if (variant === 'app-shape-unchunked') await db.appLabels.bulkAdd(labels);
    }
  });
}

self.onmessage = async (event) => {
  if (event.data.type !== 'import') return;
  const variant = event.data.variant || 'baseline';
  try {
    const t0 = performance.now();
    const bytes = await event.data.file.arrayBuffer();
    const t1 = performance.now();
    const text = new TextDecoder('utf-8').decode(bytes);
    const parsed = Papa.parse(text, { header: true, skipEmptyLines: true });
    const rows = parsed.data;
    const t2 = performance.now();
    await write(variant, rows);
    const t3 = performance.now();
    self.postMessage({
      type: 'done',
      timings: {
        variant,
        rows: rows.length,
        parseErrors: parsed.errors.length,
        bytes: bytes.byteLength,
        readMs: t1 - t0,
        decodeParseMs: t2 - t1,
        readParseMs: t2 - t0,
        writeMs: t3 - t2,
        totalMs: t3 - t0,
      },
    });
  } catch (error) {
    self.postMessage({ type: 'error', message: String(error && error.stack ? error.stack : error) });
  }
};
