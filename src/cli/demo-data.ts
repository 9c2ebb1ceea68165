// `npm run demo-data -- --out FILE [--threads N] [--seed N] [--format csv|tsv|jsonl]
//   [--start-date YYYY-MM-DD] [--labels-out FILE]`
// Writes synthetic threads (src/domain/demo) to a file the import screen reads.
// No xlsx: an Excel cell holds at most 32,767 characters and ~1.1% of threads are longer.
import { closeSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { DEMO_CSV_COLUMNS, demoThreadsToRows, type DemoThreadRow } from '../domain/demo/demo-rows.ts';
import { generateDemoThreads } from '../domain/demo/generate-threads.ts';

const USAGE =
  'usage: demo-data --out FILE [--threads N (2000)] [--seed N (1)] [--format csv|tsv|jsonl (csv)] ' +
  '[--start-date YYYY-MM-DD (2024-01-01)] [--labels-out FILE]';
const FORMATS = ['csv', 'tsv', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];
const CHUNK_ROWS = 1000;

interface Options {
  threads: number;
  seed: number;
  format: Format;
  out: string;
  startDate: string;
  labelsOut: string | null;
}

class CliError extends Error {}

function integerOption(name: string, text: string, min: number): number {
  const n = Number(text);
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(n) || n < min) {
    throw new CliError(`--${name} must be an integer ≥ ${min} (got ${JSON.stringify(text)})`);
  }
  return n;
}

function readOptions(argv: string[]): Options {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        threads: { type: 'string' },
        seed: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        'start-date': { type: 'string' },
        'labels-out': { type: 'string' },
      },
    }));
  } catch (e) {
    throw new CliError((e as Error).message);
  }
  const format = values.format ?? 'csv';
  if (format === 'xlsx') {
    throw new CliError(
      '--format xlsx is not supported: Excel cells hold at most 32,767 characters and ~1.1% of threads are longer; use csv, tsv or jsonl',
    );
  }
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new CliError(`--format must be one of ${FORMATS.join(', ')} (got ${JSON.stringify(format)})`);
  }
  if (values.out === undefined || values.out === '') throw new CliError('--out FILE is required');
  const startDate = values['start-date'] ?? '2024-01-01';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate))
    throw new CliError(`--start-date must be YYYY-MM-DD (got ${JSON.stringify(startDate)})`);
  return {
    threads: values.threads === undefined ? 2000 : integerOption('threads', values.threads, 0),
    seed: values.seed === undefined ? 1 : integerOption('seed', values.seed, -(2 ** 31)),
    format: format as Format,
    out: values.out,
    startDate,
    labelsOut: values['labels-out'] ?? null,
  };
}

function serializeChunk(rows: readonly DemoThreadRow[], format: Format, header: boolean): string {
  if (format === 'jsonl') {
    return rows
      .map((r) =>
        JSON.stringify({
          thread_id: r.thread_id,
          turns: r.turns,
          llm_label: r.llm_label,
          llm_model: r.llm_model,
          user_id: r.user_id,
          department: r.department,
          role: r.role,
          created_at: r.created_at,
        }),
      )
      .join('\n');
  }
  return Papa.unparse(rows as DemoThreadRow[], {
    columns: [...DEMO_CSV_COLUMNS],
    header,
    delimiter: format === 'tsv' ? '\t' : ',',
    newline: '\r\n',
  });
}

/** Writes the text of each chunk, followed by a line break, to `file`; returns the bytes written. */
function writeChunks(file: string, chunks: Iterable<string>, newline: string): number {
  const fd = openSync(file, 'w');
  let bytes = 0;
  try {
    for (const chunk of chunks) bytes += writeSync(fd, chunk + newline);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

function* rowChunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) yield rows.slice(i, i + CHUNK_ROWS);
}

function main(argv: string[]): void {
  const options = readOptions(argv);
  const threads = generateDemoThreads({ count: options.threads, seed: options.seed, startDate: options.startDate });
  const rows = demoThreadsToRows(threads);
  const newline = options.format === 'jsonl' ? '\n' : '\r\n';
  const chunks = function* () {
    if (rows.length === 0 && options.format !== 'jsonl')
      yield DEMO_CSV_COLUMNS.join(options.format === 'tsv' ? '\t' : ',');
    let first = true;
    for (const chunk of rowChunks(rows)) {
      yield serializeChunk(chunk, options.format, first);
      first = false;
    }
  };
  const bytes = writeChunks(options.out, chunks(), newline);
  let labels = '';
  if (options.labelsOut !== null) {
    const labelRows = rows.map((r) => ({ thread_id: r.thread_id, label: r.llm_label, model: r.llm_model }));
    const labelBytes = writeChunks(
      options.labelsOut,
      [Papa.unparse(labelRows, { columns: ['thread_id', 'label', 'model'], newline: '\r\n' })],
      '\r\n',
    );
    labels = `; labels: ${labelBytes} bytes to ${options.labelsOut}`;
  }
  console.error(`demo-data: ${threads.length} threads, ${bytes} bytes (${options.format}) to ${options.out}${labels}`);
}

try {
  main(process.argv.slice(2));
} catch (e) {
  if (e instanceof CliError) {
    console.error(`demo-data: ${e.message}\n${USAGE}`);
    process.exitCode = 2;
  } else if (typeof (e as NodeJS.ErrnoException).code === 'string') {
    console.error(`demo-data: ${(e as Error).message}`);
    process.exitCode = 1;
  } else {
    throw e;
  }
}
