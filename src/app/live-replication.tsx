import { useLocation, useRouter } from 'wouter';
import { useLiveReplication } from '../queries/sync-queries';
import { Alert } from '../ui/alert';
import { errorMessage } from '../ui/error-message';
import { trailIds } from './breadcrumb-trail';

/**
 * Replicates the study the address names, whichever of its pages is open (the report as much as
 * the samples page), so a lead keeps receiving labels and a reviewer's keep going out; the
 * status stays where it is shown.
 */
export function LiveReplication() {
  const [location] = useLocation();
  const { parser } = useRouter();
  const error = useLiveReplication(trailIds(parser, location).studyId);
  if (!error) return null;
  return (
    <Alert tone="error" title="This study's server sync could not start">
      {errorMessage(error)}
    </Alert>
  );
}
