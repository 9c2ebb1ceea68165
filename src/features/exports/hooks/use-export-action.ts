import { useCallback, useState } from 'react';
import { errorMessage } from '../../../ui/error-message';

/** What an export says once its file is saved: a sentence, and threads to point out if any. */
export interface ExportResult {
  title: string;
  detail?: string;
  /** Something the lead must know about the file (threads left out of a cell, …). */
  warning?: string;
}

export type ExportState =
  | { status: 'idle' }
  | { status: 'busy'; what: string }
  | { status: 'done'; result: ExportResult }
  | { status: 'error'; what: string; message: string };

/** Runs one export at a time for a group of buttons and keeps what the last one said. */
export function useExportAction() {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const run = useCallback(async (what: string, action: () => Promise<ExportResult>) => {
    setState({ status: 'busy', what });
    try {
      setState({ status: 'done', result: await action() });
    } catch (error) {
      setState({ status: 'error', what, message: errorMessage(error) });
    }
  }, []);
  return { state, run, busy: state.status === 'busy' };
}
