import type { ExportState } from '../hooks/use-export-action';
import { Alert } from '../../../ui/alert';

/** What the last export of a group did: working, saved (with any warning), or why it failed. */
export function ExportStatus({ state }: { state: ExportState }) {
  if (state.status === 'idle') return null;
  if (state.status === 'busy')
    return (
      <p role="status" className="text-sm text-slate-700">
        {state.what}…
      </p>
    );
  if (state.status === 'error')
    return (
      <Alert tone="error" title={`${state.what} failed`}>
        <p>{state.message}</p>
      </Alert>
    );
  const { title, detail, warning } = state.result;
  return (
    <Alert tone={warning ? 'info' : 'success'} title={title}>
      {detail && <p>{detail}</p>}
      {warning && <p className="mt-1 font-medium">{warning}</p>}
    </Alert>
  );
}
