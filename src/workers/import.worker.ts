/// <reference lib="webworker" />
import { getDatabase } from '../db/database';
import { dispatchImportRequest } from './import-dispatch';
import type { ImportRequest, ImportResponse } from '../domain/formats/import-protocol';
import { ImportSession } from './import-session';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (response: ImportResponse) => scope.postMessage(response);
const session = new ImportSession(getDatabase(), post, () => new Date().toISOString());

scope.onmessage = (event: MessageEvent<ImportRequest>) => dispatchImportRequest(session, event.data, post);
