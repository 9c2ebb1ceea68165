// `npm run --silent prevalence -- --labels L.csv --gold G.csv [--seed 1] [--draws 10000] [--manifest M.json]`
// Prints one JSON object (README, "Corpus findings: command-line tools"). Domain code only.
import { parseGoldCsv } from '../domain/agreement/ratings-csv.ts';
import { checkGoldScope } from '../domain/corpus/gold-scope.ts';
import { goldItemRows } from '../domain/corpus/gold-item-rows.ts';
import { parsePopulationLabelsCsv } from '../domain/corpus/population-labels-csv.ts';
import { populationShares } from '../domain/corpus/population-shares.ts';
import { DEFAULT_DRAWS } from '../domain/corpus/reclassification-shares.ts';
import { readSampleDesign, type SampleDesign } from '../domain/corpus/sample-design.ts';
import { CliError, integerOption, isMain, parseOptions, readText, refuse, runCli } from './cli-support.ts';

const USAGE = 'usage: prevalence --labels L.csv --gold G.csv [--seed N] [--draws N] [--manifest sample-manifest.json]';
const DEFAULT_SEED = 1;

function readDesign(file: string): SampleDesign {
  let json: unknown;
  try {
    json = JSON.parse(readText(file));
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${file}: not JSON (${(e as Error).message})`);
  }
  const { design, problems } = readSampleDesign(json);
  if (design === null)
    throw new CliError(problems.map((p) => `${file}: not a Concord sample manifest: ${p}`).join('\n'));
  return design;
}

export function prevalence(argv: readonly string[]): Record<string, unknown> {
  const { values, positional } = parseOptions(argv, ['--labels', '--gold', '--seed', '--draws', '--manifest'], USAGE);
  if (positional.length > 0) throw new CliError(`unexpected argument ${positional[0]}\n${USAGE}`);
  const labelsFile = values.get('--labels');
  const goldFile = values.get('--gold');
  if (labelsFile === undefined || goldFile === undefined)
    throw new CliError(`--labels and --gold are required\n${USAGE}`);
  const seed = integerOption('--seed', values.get('--seed'), DEFAULT_SEED, Number.MIN_SAFE_INTEGER);
  const draws = integerOption('--draws', values.get('--draws'), DEFAULT_DRAWS, 1);
  const manifestFile = values.get('--manifest');

  const population = parsePopulationLabelsCsv(readText(labelsFile));
  if (population.problems.length > 0) refuse(labelsFile, population.problems);
  const goldText = readText(goldFile);
  const gold = parseGoldCsv(goldText);
  if (gold.problems.length > 0) refuse(goldFile, gold.problems);

  const rows = goldItemRows(goldText);
  const notInPopulation = [...gold.gold.keys()].filter((id) => !population.labels.has(id));
  if (notInPopulation.length > 0) {
    refuse(
      goldFile,
      notInPopulation.map((id) => ({
        row: rows.get(id) ?? 0,
        message: `item ${JSON.stringify(id)} is not a thread of ${labelsFile}`,
      })),
    );
  }

  if (![...population.labels.values()].some((l) => l !== null))
    throw new CliError(`${labelsFile}: no thread has a label, so there is no share to correct`);

  const design = manifestFile === undefined ? null : readDesign(manifestFile);
  if (design !== null) {
    const scope = checkGoldScope(design, population.labels.size);
    if (!scope.ok) throw new CliError(`${manifestFile}: refused: ${scope.reason}`);
  }

  const r = populationShares(population.labels, gold.gold, { draws, seed });
  // The documented keys first, in this order; additions only after them.
  return {
    threads: r.threads,
    unlabeled: r.unlabeled,
    goldItems: r.goldItems,
    method: r.method,
    unvalidated: r.unvalidated,
    categories: r.categories,
    goldOnUnlabeledThreads: r.goldOnUnlabeledThreads,
    seed: r.seed,
    draws: r.draws,
    ...(design === null ? {} : { goldSample: design }),
  };
}

if (isMain(import.meta.url)) runCli('prevalence', prevalence);
