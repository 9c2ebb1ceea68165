import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const MAX_LINES = 300;

it(`every source file of src/, tests/ and bench/ has at most ${MAX_LINES} lines`, () => {
  const tooLong = ['src', 'tests', 'bench']
    .flatMap((root) => readdirSync(root, { withFileTypes: true, recursive: true }))
    .filter(
      (entry) => entry.isFile() && /\.(tsx?|js)$/.test(entry.name) && !entry.parentPath.includes(`bench${path.sep}out`),
    )
    .map((entry) => path.join(entry.parentPath, entry.name))
    .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length }))
    .filter(({ lines }) => lines > MAX_LINES);
  expect(tooLong).toEqual([]);
});
