// What the corpus command-line tools share: options, file reading, refusing a file with its
// problems, and the exit codes (1: bad input, named; 2: a bug, with its stack).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { CsvProblem } from '../domain/agreement/csv-table.ts';

const MAX_PROBLEMS_SHOWN = 20;

export class CliError extends Error {}

/** `--name value` options (each at most once) and positional arguments, in order. */
export function parseOptions(
  argv: readonly string[],
  names: readonly string[],
  usage: string,
): { values: Map<string, string>; positional: string[] } {
  const values = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    if (!names.includes(arg)) throw new CliError(`unknown option ${arg}\n${usage}`);
    const value = argv[++i];
    if (value === undefined || value.startsWith('--')) throw new CliError(`option ${arg} needs a value\n${usage}`);
    if (values.has(arg)) throw new CliError(`option ${arg} is given twice\n${usage}`);
    values.set(arg, value);
  }
  return { values, positional };
}

export function integerOption(name: string, text: string | undefined, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(n) || n < min) {
    throw new CliError(
      `option ${name} must be an integer${min > Number.MIN_SAFE_INTEGER ? ` ≥ ${min}` : ''} (got ${JSON.stringify(text)})`,
    );
  }
  return n;
}

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`${file}: cannot read the file (${(e as Error).message})`);
  }
}

/** Throws the problems of a file, one line each, `<file>: row <n>: <problem>`. */
export function refuse(file: string, problems: readonly CsvProblem[]): never {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `${file}: row ${p.row}: ${p.message}`);
  if (problems.length > MAX_PROBLEMS_SHOWN)
    shown.push(`${file}: and ${problems.length - MAX_PROBLEMS_SHOWN} more problems`);
  throw new CliError(shown.join('\n'));
}

/** Runs a tool's main and prints its JSON result, or its error on stderr with the exit code. */
export function runCli(name: string, main: (argv: readonly string[]) => unknown): void {
  try {
    process.stdout.write(`${JSON.stringify(main(process.argv.slice(2)), null, 2)}\n`);
  } catch (e) {
    process.stderr.write(`${name}: ${e instanceof CliError ? e.message : String((e as Error).stack ?? e)}\n`);
    process.exitCode = e instanceof CliError ? 1 : 2;
  }
}

/** True when the module at `moduleUrl` is the script node was started with (not an import, e.g. by the bench). */
export function isMain(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && moduleUrl === pathToFileURL(process.argv[1]).href;
}
