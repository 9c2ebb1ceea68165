import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The layer rule's messages for `source` linted as if it were the file at `filePath`. */
async function layerProblems(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = [imported];\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'concord/layer-imports').map((m) => m.message);
}

const planted: [string, string, string][] = [
  [
    'a feature imports another feature',
    'src/features/labeling/components/planted.tsx',
    "import { imported } from '../../samples/components/samples-page';",
  ],
  [
    'a feature imports app/',
    'src/features/labeling/components/planted.tsx',
    "import { imported } from '../../../app/app';",
  ],
  [
    'a feature imports db/',
    'src/features/labeling/hooks/planted.ts',
    "import { imported } from '../../../db/repos/ratings';",
  ],
  ['ui imports queries/', 'src/ui/planted.tsx', "import { imported } from '../queries/study-queries';"],
  ['ui imports db/', 'src/ui/charts/planted.tsx', "import { imported } from '../../db/database';"],
  [
    'ui imports a feature',
    'src/ui/planted.tsx',
    "import { imported } from '../features/report/components/report-page';",
  ],
  ['queries import a feature', 'src/queries/planted.ts', "import { imported } from '../features/labeling/store';"],
  ['queries import ui/', 'src/queries/planted.ts', "import { imported } from '../ui/error-message';"],
  ['workers import React', 'src/workers/planted.ts', "import { useState as imported } from 'react';"],
  [
    'workers import a feature',
    'src/workers/planted.ts',
    "import { imported } from '../features/import/hooks/use-import-wizard';",
  ],
  ['domain imports lib/', 'src/domain/report/planted.ts', "import { imported } from '../../lib/format';"],
  [
    'domain imports queries/ by a dynamic import',
    'src/domain/planted.ts',
    "const imported = await import('../queries/study-queries');",
  ],
  [
    'domain re-exports from db/',
    'src/domain/planted.ts',
    "export { imported } from '../db/database';\nconst imported = 1;",
  ],
  ['domain imports React', 'src/domain/planted.ts', "import { useState as imported } from 'react';"],
  ['domain imports Node', 'src/domain/formats/planted.ts', "import { readFileSync as imported } from 'node:fs';"],
  ['a feature imports Dexie', 'src/features/threads/planted.ts', "import imported from 'dexie';"],
  ['db imports Zustand', 'src/db/repos/planted.ts', "import { create as imported } from 'zustand';"],
  ['sync imports db/', 'src/sync/planted.ts', "import { imported } from '../db/database';"],
  ['sync imports queries/', 'src/sync/planted.ts', "import { imported } from '../queries/study-queries';"],
  ['sync imports workers/', 'src/sync/planted.ts', "import { imported } from '../workers/packet-tasks';"],
  ['sync imports React', 'src/sync/planted.ts', "import { useState as imported } from 'react';"],
  ['sync imports Dexie', 'src/sync/planted.ts', "import imported from 'dexie';"],
  [
    'a feature imports sync/',
    'src/features/samples/hooks/planted.ts',
    "import { imported } from '../../../sync/couch-admin';",
  ],
  ['ui imports sync/', 'src/ui/planted.tsx', "import { imported } from '../sync/couch-admin';"],
];

describe('the layer rule of eslint.config.js', () => {
  it.each(planted)(
    'refuses an import where %s',
    async (_case, filePath, source) => {
      expect(await layerProblems(filePath, source)).toHaveLength(1);
    },
    30_000,
  );

  it('accepts the imports the architecture allows', async () => {
    expect(
      await layerProblems(
        'src/features/labeling/components/planted.tsx',
        [
          "import { imported } from '../../../domain/ids';",
          "import { a } from '../../../queries/sample-queries';",
          "import { b } from '../../../ui/button';",
          "import { c } from '../../../lib/paths';",
          "import { d } from '../store';",
          "import { useState } from 'react';",
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(
      await layerProblems(
        'src/app/app.tsx',
        "import { imported } from '../features/labeling/components/labeling-page';",
      ),
    ).toEqual([]);
    expect(await layerProblems('src/domain/formats/planted.ts', "import imported from 'papaparse';")).toEqual([]);
  }, 30_000);

  it('lets sync/ use domain and lib, and queries and workers use sync/', async () => {
    expect(
      await layerProblems(
        'src/sync/planted.ts',
        [
          "import { imported } from '../domain/sync/couch-names';",
          "import { a } from '../lib/format';",
          "import { b } from './couch-http';",
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(await layerProblems('src/queries/planted.ts', "import { imported } from '../sync/couch-admin';")).toEqual(
      [],
    );
    expect(await layerProblems('src/workers/planted.ts', "import { imported } from '../sync/couch-admin';")).toEqual(
      [],
    );
  }, 30_000);

  it('lets a screen test arrange data through db/ and tests/support, but not a domain test', async () => {
    expect(
      await layerProblems(
        'src/features/labeling/components/planted.test.tsx',
        "import { imported } from '../../../db/repos/ratings';",
      ),
    ).toEqual([]);
    expect(
      await layerProblems(
        'src/domain/exports/planted.test.ts',
        "import { imported } from '../../../tests/support/gold-fixture';",
      ),
    ).toEqual([]);
    expect(
      await layerProblems('src/domain/exports/planted.test.ts', "import { imported } from '../../db/repos/ratings';"),
    ).toHaveLength(1);
  }, 30_000);
});
