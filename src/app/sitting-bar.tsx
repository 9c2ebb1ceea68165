import { useLocation } from 'wouter';
import { useSittingStore, type Sitting } from '../lib/sitting-store';
import { Button } from '../ui/button';
import { paths } from '../lib/paths';

/** Who is sitting, and the way out: ending it lands on the studies list, never on a sample's figures. */
export function SittingBar({ sitting }: { sitting: Sitting }) {
  const sittingEnded = useSittingStore((s) => s.sittingEnded);
  const [, navigate] = useLocation();
  const end = () => {
    sittingEnded();
    navigate(paths.studies.to());
  };
  return (
    <div role="region" aria-label="Sitting" className="flex items-center gap-3 text-sm">
      <span>
        Sitting of <strong>{sitting.reviewerName}</strong>
      </span>
      <Button onClick={end}>End sitting</Button>
    </div>
  );
}
