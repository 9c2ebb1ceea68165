import PouchDB, { type Database, type PouchError } from 'pouchdb-browser';
import type { Credentials } from './sync-protocol';

// PouchDB is the transport only: Concord's records stay in Dexie. Only the sync worker imports
// this module, so the library never weighs on the page's first load.

export type { Database } from 'pouchdb-browser';

/** A reviewer database on the server, as this user; never created from here (the lead provisions it). */
export function remoteDatabase<Doc>(url: string, credentials: Credentials): Database<Doc> {
  return new PouchDB<Doc>(url, { auth: credentials, skip_setup: true });
}

let outboxAdapter: string | undefined;

/** Node tests keep the outbox in memory: fake-indexeddb cannot store what PouchDB's IndexedDB adapter writes. */
export function setOutboxAdapterForTests(plugin: unknown, adapter: string): void {
  PouchDB.plugin(plugin);
  outboxAdapter = adapter;
}

/** A database of this browser holding label events until the server has them. */
export const outboxDatabase = <Doc>(name: string): Database<Doc> =>
  new PouchDB<Doc>(`concord-outbox-${name}`, outboxAdapter ? { adapter: outboxAdapter } : {});

/** A server's refusal or a network failure, in words a reviewer or lead can act on. */
export function pouchProblem(error: unknown): string {
  const e = (error ?? {}) as PouchError;
  if (e.status === 401) return 'the server refused this user name and password';
  if (e.status === 403) return `the server refused the write (${e.reason ?? e.message ?? 'forbidden'})`;
  if (e.status === 404) return 'the server has no such database: check the database address';
  if (e.status === undefined || e.status === 0 || e.status >= 500) return 'the server cannot be reached';
  return `the server answered ${e.status}: ${e.reason ?? e.message ?? e.name ?? 'no reason given'}`;
}

/** Whether a failure is the server being out of reach (retry later) rather than a refusal. */
export const isUnreachable = (error: unknown): boolean => {
  const status = (error as PouchError | undefined)?.status;
  return status === undefined || status === 0 || status >= 500;
};
