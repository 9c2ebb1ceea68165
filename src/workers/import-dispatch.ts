import type { ImportRequest, ImportResponse } from '../domain/formats/import-protocol';
import { ImportCancelled, type ImportSession } from './import-session';

/** Runs one request against a session and turns any failure into an 'error' or 'cancelled' reply. */
export async function dispatchImportRequest(
  session: ImportSession,
  request: ImportRequest,
  post: (response: ImportResponse) => void,
): Promise<void> {
  try {
    switch (request.type) {
      case 'read':
        return await session.read(request.file, request.kind, request.studyId);
      case 'read-sheet':
        return session.readSheet(request.sheet, request.headerRow);
      case 'validate':
        return await session.validate(request.mapping, new Map(request.labelMap), request.dateOrder);
      case 'commit':
        return await session.commit(request.llmModel);
      case 'cancel':
        return session.cancel();
    }
  } catch (error) {
    if (error instanceof ImportCancelled) return post({ type: 'cancelled' });
    const e = error instanceof Error ? error : new Error(String(error));
    // Dexie wraps the browser's error: the quota case must reach the user by its own name.
    const inner = (e as { inner?: Error }).inner;
    post({ type: 'error', name: inner?.name ?? e.name, message: inner?.message ?? e.message });
  }
}
