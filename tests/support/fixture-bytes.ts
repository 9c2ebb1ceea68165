import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The bytes of a file in tests/fixtures/import. */
export const fixtureBytes = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url))));
