// `npm run --silent compare-models -- ratings.csv --gold G.csv --models A,B [--seed N] [--resamples N]`
// Prints one JSON object (README, "Corpus findings: command-line tools"). Domain code only.
import { DEFAULT_RESAMPLES } from '../domain/agreement/bootstrap.ts';
import { encodeRatings } from '../domain/agreement/encoded-ratings.ts';
import { parseGoldCsv, parseRatingsCsv } from '../domain/agreement/ratings-csv.ts';
import { ratingsMatrixFromRows } from '../domain/agreement/ratings-matrix.ts';
import { compareModels } from '../domain/corpus/model-comparison.ts';
import { CliError, integerOption, isMain, parseOptions, readText, refuse, runCli } from './cli-support.ts';

const USAGE = 'usage: compare-models <ratings.csv> --gold G.csv --models A,B [--seed N] [--resamples N]';
const DEFAULT_SEED = 1;

export function compareModelsCli(argv: readonly string[]): Record<string, unknown> {
  const { values, positional } = parseOptions(argv, ['--gold', '--models', '--seed', '--resamples'], USAGE);
  if (positional.length !== 1)
    throw new CliError(
      `one ratings file expected${positional.length > 1 ? `, got ${positional.join(' and ')}` : ''}\n${USAGE}`,
    );
  const file = positional[0]!;
  const goldFile = values.get('--gold');
  const models = values.get('--models')?.split(',');
  if (goldFile === undefined || models === undefined) throw new CliError(`--gold and --models are required\n${USAGE}`);
  if (models.length !== 2 || models.some((m) => m === '') || models[0] === models[1]) {
    throw new CliError(
      `--models needs two different rater ids separated by a comma (got ${JSON.stringify(values.get('--models'))})`,
    );
  }
  const seed = integerOption('--seed', values.get('--seed'), DEFAULT_SEED, Number.MIN_SAFE_INTEGER);
  const resamples = integerOption('--resamples', values.get('--resamples'), DEFAULT_RESAMPLES, 1);

  const parsed = parseRatingsCsv(readText(file));
  if (parsed.problems.length > 0) refuse(file, parsed.problems);
  const data = encodeRatings(ratingsMatrixFromRows(parsed.rows));
  for (const m of models)
    if (!data.raterIds.includes(m))
      throw new CliError(`${file}: --models ${JSON.stringify(m)} is not a rater_id of the file`);
  const gold = parseGoldCsv(readText(goldFile));
  if (gold.problems.length > 0) refuse(goldFile, gold.problems);

  const r = compareModels(data, models[0]!, models[1]!, gold.gold, { seed, resamples });
  // The documented keys first, in this order; additions only after them.
  return {
    items: r.items,
    models: r.models.map((m) => ({ rater: m.rater, accuracy: m.accuracy.value, macroF1: m.macroF1.value })),
    mcnemar: r.mcnemar,
    macroF1Difference: r.macroF1Difference,
    detail: {
      categories: r.categories,
      models: r.models.map((m) => ({
        rater: m.rater,
        accuracy: m.accuracy,
        macroF1: m.macroF1,
        kappa: m.kappa,
        perCategory: r.categories.map((category, i) => ({ category, f1: m.perCategoryF1[i] })),
      })),
      bootstrap: r.bootstrap,
    },
  };
}

if (isMain(import.meta.url)) runCli('compare-models', compareModelsCli);
