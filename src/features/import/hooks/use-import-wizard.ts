import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { ColumnMapping } from '../../../domain/formats/column-mapping';
import type { DateOrder } from '../../../domain/formats/parse-date';
import type { StudyId } from '../../../domain/ids';
import { openImportChannel, type ImportChannel } from '../../../queries/import-channel';
import type {
  ImportKind,
  ImportPhase,
  ImportResponse,
  TablePreview,
  ValidationReport,
} from '../../../domain/formats/import-protocol';

export type WizardState =
  | { step: 'choose'; notice: string | null }
  | { step: 'busy'; phase: ImportPhase; done: number; total: number; table: TablePreview | null }
  | { step: 'mapping'; table: TablePreview; error: string | null }
  | { step: 'report'; table: TablePreview; report: ValidationReport }
  | { step: 'done'; threads: number; llmLabels: number }
  | { step: 'failed'; name: string; message: string; table: TablePreview | null };

type Action =
  ImportResponse | { type: 'start'; phase: ImportPhase } | { type: 'reset'; notice: string | null } | { type: 'back' };

const tableOf = (s: WizardState): TablePreview | null => ('table' in s ? s.table : null);

function reduce(state: WizardState, action: Action): WizardState {
  switch (action.type) {
    case 'start':
      return { step: 'busy', phase: action.phase, done: 0, total: 0, table: tableOf(state) };
    case 'progress':
      return { step: 'busy', phase: action.phase, done: action.done, total: action.total, table: tableOf(state) };
    case 'table':
      return { step: 'mapping', table: action.table, error: null };
    case 'report': {
      const table = tableOf(state);
      return table ? { step: 'report', table, report: action.report } : state;
    }
    case 'done':
      return { step: 'done', threads: action.threads, llmLabels: action.llmLabels };
    case 'cancelled':
      return { step: 'choose', notice: 'The import was cancelled. Nothing was stored.' };
    case 'error':
      return { step: 'failed', name: action.name, message: action.message, table: tableOf(state) };
    case 'reset':
      return { step: 'choose', notice: action.notice };
    case 'back': {
      const table = tableOf(state);
      return table ? { step: 'mapping', table, error: null } : { step: 'choose', notice: null };
    }
  }
}

/**
 * Drives one import worker through read → map → validate → commit. Cancelling while reading or
 * checking ends the worker; cancelling while writing asks it to abort its transaction, so either
 * way nothing is stored.
 */
export function useImportWizard(studyId: StudyId) {
  const [state, dispatch] = useReducer(reduce, { step: 'choose', notice: null });
  const channel = useRef<ImportChannel | null>(null);
  const client = useQueryClient();

  const onMessage = useCallback(
    (response: ImportResponse) => {
      dispatch(response);
      if (response.type === 'done') void client.invalidateQueries();
    },
    [client],
  );

  const connect = useCallback(() => {
    channel.current?.terminate();
    channel.current = openImportChannel(onMessage);
    return channel.current;
  }, [onMessage]);

  useEffect(() => () => channel.current?.terminate(), []);

  const send = (phase: ImportPhase | null, request: Parameters<ImportChannel['send']>[0]) => {
    if (phase) dispatch({ type: 'start', phase });
    (channel.current ?? connect()).send(request);
  };

  return {
    state,
    read: (file: File, kind: ImportKind) => {
      dispatch({ type: 'start', phase: 'reading' });
      connect().send({ type: 'read', file, kind, studyId });
    },
    readSheet: (sheet: string, headerRow: number | null) => send('reading', { type: 'read-sheet', sheet, headerRow }),
    validate: (mapping: ColumnMapping, labelMap: Map<string, string | null>, dateOrder: DateOrder | null) =>
      send('validating', { type: 'validate', mapping, labelMap: [...labelMap], dateOrder }),
    commit: (llmModel: string | null) => send('writing', { type: 'commit', llmModel }),
    back: () => dispatch({ type: 'back' }),
    cancel: () => {
      if (state.step === 'busy' && state.phase === 'writing') {
        channel.current?.send({ type: 'cancel' });
        return;
      }
      channel.current?.terminate();
      channel.current = null;
      dispatch({ type: 'reset', notice: 'The import was cancelled. Nothing was stored.' });
    },
    reset: () => {
      channel.current?.terminate();
      channel.current = null;
      dispatch({ type: 'reset', notice: null });
    },
  };
}
