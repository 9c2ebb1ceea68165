// Test-only helper (imported by *.test.ts): Node file access has no place in the app.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The bytes of a file in tests/fixtures/import. */
export const fixtureBytes = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url))));
