import { useSearchParams } from 'wouter';
import { patchSearchParams } from '../../../lib/search-params';
import type { SampleId } from '../../../domain/ids';

export interface CorpusParams {
  run: string | null;
  department: string | null;
  role: string | null;
  frequentOnly: boolean;
  threshold: number | null;
  /** The gold samples that correct the shares; none when absent. */
  samples: SampleId[];
  /** The trend alert's category and group (`clinical:<group>` or `soc:<group>`); defaults when null. */
  alertCategory: string | null;
  alertGroup: string | null;
}

const NAMES: Record<keyof CorpusParams, string> = {
  run: 'run',
  department: 'department',
  role: 'role',
  frequentOnly: 'frequent',
  threshold: 'n',
  samples: 'samples',
  alertCategory: 'alert',
  alertGroup: 'group',
};

/** The dashboard's choices live in the URL, as the threads browser's (same names), so a view can be reloaded or shared. */
export function useCorpusParams(): [CorpusParams, (patch: Partial<Record<keyof CorpusParams, string | null>>) => void] {
  const [params, setParams] = useSearchParams();
  const threshold = params.get(NAMES.threshold);
  const value: CorpusParams = {
    run: params.get(NAMES.run),
    department: params.get(NAMES.department),
    role: params.get(NAMES.role),
    frequentOnly: params.get(NAMES.frequentOnly) === '1',
    threshold: threshold !== null && /^\d+$/.test(threshold) ? Number(threshold) : null,
    samples: (params.get(NAMES.samples) ?? '').split(',').filter((s) => s !== '') as SampleId[],
    alertCategory: params.get(NAMES.alertCategory),
    alertGroup: params.get(NAMES.alertGroup),
  };
  const update = (patch: Partial<Record<keyof CorpusParams, string | null>>) =>
    setParams((prev) => patchSearchParams(prev, NAMES, patch), { replace: true });
  return [value, update];
}
