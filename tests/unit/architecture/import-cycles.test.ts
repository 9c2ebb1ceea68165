import { describe, expect, it } from 'vitest';
import { findImportCycles, importGraph, readSources } from '../../support/import-graph';

describe('imports of src/', () => {
  it('form no cycle', () => {
    const cycles = findImportCycles(importGraph(readSources('src')));
    expect(cycles.map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  it('a planted cycle, through a type-only import, is found', () => {
    const planted = new Map([
      ['src/domain/report/a.ts', "import type { B } from './b';\nexport interface A { b: B }"],
      ['src/domain/report/b.ts', "import { c } from '../c';\nexport type B = number;"],
      ['src/domain/c.ts', "export { a } from './report/a';"],
      ['src/domain/d.ts', "import { c } from './c';"],
    ]);
    expect(findImportCycles(importGraph(planted))).toEqual([
      ['src/domain/c.ts', 'src/domain/report/a.ts', 'src/domain/report/b.ts', 'src/domain/c.ts'],
    ]);
  });
});
