import { useSearchParams } from 'wouter';
import { asSampleId, type SampleId } from '../../../domain/ids';

/** `?samples=a,b` → those samples; absent → every sample (null); present but empty → none. */
export function useChosenSamples(): [SampleId[] | null, (next: SampleId[] | null) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('samples');
  const chosen =
    raw === null
      ? null
      : raw
          .split(',')
          .filter((id) => id !== '')
          .map(asSampleId);
  const choose = (next: SampleId[] | null) =>
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        if (next === null) out.delete('samples');
        else out.set('samples', next.join(','));
        return out;
      },
      { replace: true },
    );
  return [chosen, choose];
}
