/// <reference lib="webworker" />
import { getDatabase } from '../db/database';
import type { BackupRequest, BackupResponse } from './backup-protocol';
import { handleBackupRequest } from './backup-tasks';

// Parsing, checking and writing a 70 MB backup (or reading and serialising one) takes seconds:
// never on the page's thread.
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<BackupRequest>) =>
  handleBackupRequest(getDatabase(), event.data, (response: BackupResponse) => scope.postMessage(response));
