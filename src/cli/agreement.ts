// `npm run --silent agreement -- ratings.csv [--ci [--seed N] [--resamples N]] [--model RATER [--gold FILE]]`
// Prints one JSON object (docs/statistics.md). Domain code only: the app computes the same report.
import { readFileSync } from 'node:fs';
import { computeAgreementReport, type AgreementReport } from '../domain/agreement/agreement-report.ts';
import { DEFAULT_RESAMPLES } from '../domain/agreement/bootstrap.ts';
import type { Estimate } from '../domain/agreement/estimate.ts';
import { parseGoldCsv, parseRatingsCsv, type CsvProblem } from '../domain/agreement/ratings-csv.ts';
import { ratingsMatrixFromRows } from '../domain/agreement/ratings-matrix.ts';

const DEFAULT_SEED = 1;
const MAX_PROBLEMS_SHOWN = 20;

interface Options {
  file: string;
  ci: boolean;
  seed: number;
  resamples: number;
  model: string | null;
  gold: string | null;
}

class CliError extends Error {}

function parseArgs(argv: readonly string[]): Options {
  const usage = 'usage: agreement <ratings.csv> [--ci [--seed N] [--resamples N]] [--model RATER [--gold FILE]]';
  const options: Partial<Options> & { ci: boolean } = { ci: false };
  let seed: number | undefined;
  let resamples: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new CliError(`option ${arg} needs a value\n${usage}`);
      return v;
    };
    if (arg === '--ci') options.ci = true;
    else if (arg === '--seed') seed = integerOption(arg, value(), Number.MIN_SAFE_INTEGER);
    else if (arg === '--resamples') resamples = integerOption(arg, value(), 1);
    else if (arg === '--model') options.model = value();
    else if (arg === '--gold') options.gold = value();
    else if (arg.startsWith('-')) throw new CliError(`unknown option ${arg}\n${usage}`);
    else if (options.file !== undefined)
      throw new CliError(`one ratings file expected, got ${options.file} and ${arg}\n${usage}`);
    else options.file = arg;
  }
  if (options.file === undefined) throw new CliError(`no ratings file given\n${usage}`);
  if (!options.ci && (seed !== undefined || resamples !== undefined))
    throw new CliError(`--seed and --resamples need --ci\n${usage}`);
  if (options.gold !== undefined && options.model === undefined)
    throw new CliError(`--gold needs --model RATER\n${usage}`);
  return {
    file: options.file,
    ci: options.ci,
    seed: seed ?? DEFAULT_SEED,
    resamples: resamples ?? DEFAULT_RESAMPLES,
    model: options.model ?? null,
    gold: options.gold ?? null,
  };
}

function integerOption(name: string, text: string, min: number): number {
  const n = Number(text);
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(n) || n < min) {
    throw new CliError(`option ${name} must be an integer${min === 1 ? ' ≥ 1' : ''} (got ${JSON.stringify(text)})`);
  }
  return n;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`${file}: cannot read the file (${(e as Error).message})`);
  }
}

function refuse(file: string, problems: readonly CsvProblem[]): never {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `${file}: row ${p.row}: ${p.message}`);
  if (problems.length > MAX_PROBLEMS_SHOWN)
    shown.push(`${file}: and ${problems.length - MAX_PROBLEMS_SHOWN} more problems`);
  throw new CliError(shown.join('\n'));
}

/** A null statistic says why (e.g. Fleiss' kappa with no item rated by every rater); a number needs no key. */
const reasonIfUndefined = (e: Estimate): { reason?: string } =>
  e.value === null && e.reason !== null ? { reason: e.reason } : {};

/** The default output keeps exactly this shape and key order; options only append keys. */
function toJson(report: AgreementReport, options: Options): Record<string, unknown> {
  const out: Record<string, unknown> = {
    items: report.items,
    raters: report.raters,
    categories: report.categories,
    percentAgreement: report.percentAgreement.value,
    fleiss: { kappa: report.fleiss.value, items: report.fleiss.items, ...reasonIfUndefined(report.fleiss) },
    krippendorff: {
      alpha: report.krippendorff.value,
      items: report.krippendorff.items,
      ...reasonIfUndefined(report.krippendorff),
    },
    cohen: report.cohen.map((c) => ({ a: c.a, b: c.b, kappa: c.value, items: c.items, ...reasonIfUndefined(c) })),
  };
  if (options.ci) {
    out.ci = {
      ...report.bootstrap,
      percentAgreement: report.percentAgreement,
      meanPairwiseAgreement: report.meanPairwiseAgreement,
      fleiss: report.fleiss,
      krippendorff: report.krippendorff,
      cohen: report.cohen,
    };
  }
  if (report.model !== null) out.model = report.model;
  return out;
}

function main(argv: readonly string[]): void {
  const options = parseArgs(argv);
  const parsed = parseRatingsCsv(readText(options.file));
  if (parsed.problems.length > 0) refuse(options.file, parsed.problems);
  const matrix = ratingsMatrixFromRows(parsed.rows);
  if (options.model !== null && !matrix.raterIds.includes(options.model)) {
    throw new CliError(`${options.file}: --model ${JSON.stringify(options.model)} is not a rater_id of the file`);
  }
  let gold: Map<string, string> | undefined;
  if (options.gold !== null) {
    const g = parseGoldCsv(readText(options.gold));
    if (g.problems.length > 0) refuse(options.gold, g.problems);
    gold = g.gold;
  }
  const report = computeAgreementReport(matrix, {
    ...(options.model === null ? {} : { modelRater: options.model }),
    ...(gold === undefined ? {} : { gold }),
    ...(options.ci ? { bootstrap: { seed: options.seed, resamples: options.resamples } } : {}),
  });
  process.stdout.write(`${JSON.stringify(toJson(report, options), null, 2)}\n`);
}

try {
  main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`agreement: ${e instanceof CliError ? e.message : String((e as Error).stack ?? e)}\n`);
  process.exitCode = e instanceof CliError ? 1 : 2;
}
