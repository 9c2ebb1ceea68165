import { ConcordDatabase } from '../../src/db/database';

let counter = 0;

/** A fresh, empty database for one test (fake-indexeddb in Node and jsdom). */
export function freshDatabase(): ConcordDatabase {
  counter += 1;
  return new ConcordDatabase(`concord-test-${counter}-${crypto.randomUUID()}`);
}
