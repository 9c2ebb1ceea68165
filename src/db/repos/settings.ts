import type { ConcordDatabase } from '../database';

export async function getSetting<T>(db: ConcordDatabase, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

export async function putSetting(db: ConcordDatabase, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
