import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const page = readFileSync('docs/architecture.md', 'utf8');
const folders = page.slice(page.indexOf('## Folders'), page.indexOf('## Layers'));

const entries = (dir: string) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .map((entry) => ({ entry, file: path.join(entry.parentPath, entry.name) }))
    .filter(({ file }) => !file.includes(`${path.sep}out`));

describe('docs/architecture.md', () => {
  it('names every folder of src/, tests/ and bench/', () => {
    const unnamed = ['src', 'tests', 'bench']
      .flatMap((root) => entries(root))
      .filter(({ entry }) => entry.isDirectory() && !folders.includes(`${entry.name}/`))
      .map(({ file }) => file);
    expect(unnamed).toEqual([]);
  });

  it('names every file of app/ and workers/ and every module at the root of domain/', () => {
    const unnamed = [
      ...entries('src/app'),
      ...entries('src/workers'),
      ...readdirSync('src/domain', { withFileTypes: true }).map((entry) => ({ entry, file: entry.name })),
    ]
      .filter(({ entry }) => entry.isFile() && !entry.name.endsWith('.test.ts') && !folders.includes(entry.name))
      .map(({ file }) => file);
    expect(unnamed).toEqual([]);
  });
});
