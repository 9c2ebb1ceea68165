import { getDatabase, type ConcordDatabase } from '../db/database';

/** The database the queries use; tests swap it for a fresh one. */
let current: ConcordDatabase | null = null;

export const db = (): ConcordDatabase => (current ??= getDatabase());

export function setDatabaseForTests(database: ConcordDatabase): void {
  current = database;
}
