import { useSearchParams } from 'wouter';
import { patchSearchParams } from '../../../lib/search-params';

export interface ThreadFilterParams {
  q: string;
  department: string | null;
  role: string | null;
  llmLabel: string | null;
  run: string | null;
  frequentOnly: boolean;
  threshold: number | null;
}

/** The browser's filters live in the URL, so a filtered view can be reloaded or shared. */
export function useThreadFilterParams(): [
  ThreadFilterParams,
  (patch: Partial<Record<keyof ThreadFilterParams, string | null>>) => void,
] {
  const [params, setParams] = useSearchParams();
  const threshold = params.get('n');
  const value: ThreadFilterParams = {
    q: params.get('q') ?? '',
    department: params.get('department'),
    role: params.get('role'),
    llmLabel: params.get('llm'),
    run: params.get('run'),
    frequentOnly: params.get('frequent') === '1',
    threshold: threshold !== null && /^\d+$/.test(threshold) ? Number(threshold) : null,
  };
  const names: Record<keyof ThreadFilterParams, string> = {
    q: 'q',
    department: 'department',
    role: 'role',
    llmLabel: 'llm',
    run: 'run',
    frequentOnly: 'frequent',
    threshold: 'n',
  };
  const update = (patch: Partial<Record<keyof ThreadFilterParams, string | null>>) =>
    setParams((prev) => patchSearchParams(prev, names, patch), { replace: true });
  return [value, update];
}
