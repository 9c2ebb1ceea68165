import { z } from 'zod';
import { MANIFEST_FORMAT, type SampleManifest } from '../sampling/sample-manifest.ts';
import { STRATIFY_BY } from '../sampling/sample-settings.ts';

/** What a corrected share needs to know of the sample its gold labels come from. */
export interface SampleDesign {
  readonly filters: SampleManifest['filters'];
  readonly stratifiedBy: SampleManifest['stratification']['by'];
  /** Threads of the study that matched the filters when the sample was drawn. */
  readonly populationThreads: number;
}

const list = z.array(z.string()).nullable();
const manifestPart = z.object({
  format: z.literal(MANIFEST_FORMAT),
  filters: z.object({
    frequentOnly: z.boolean(),
    frequentThreshold: z.number().nullable(),
    departments: list,
    roles: list,
    dateFrom: z.string().nullable(),
    dateTo: z.string().nullable(),
    llmLabels: list,
    includePreviouslySampled: z.boolean(),
  }),
  stratification: z.object({ by: z.enum(STRATIFY_BY) }),
  population: z.object({ matchingFilters: z.number().int().nonnegative() }),
});

/**
 * Reads the design of a sample from its exported manifest (`manifestToJson`), keeping only the
 * parts a corrected share depends on. Returns the design, or the problems (each naming the
 * field, e.g. `stratification.by: …`) when the object is not a Concord sample manifest.
 */
export function readSampleDesign(
  json: unknown,
): { design: SampleDesign; problems: [] } | { design: null; problems: string[] } {
  const parsed = manifestPart.safeParse(json);
  if (!parsed.success) {
    return {
      design: null,
      problems: parsed.error.issues.map((i) => `${i.path.join('.') || 'manifest'}: ${i.message}`),
    };
  }
  const m = parsed.data;
  return {
    design: { filters: m.filters, stratifiedBy: m.stratification.by, populationThreads: m.population.matchingFilters },
    problems: [],
  };
}
