// The first load's budget (issue #12: at most 200 KB of JS gzip) checked on every build, not only
// by `npm run bench -- size`: one static import of a date helper from the XLSX cell reader once
// put the whole XLSX library (156 KB gzip) into the first load without any test noticing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { BUDGET_KB, KB, firstLoad } from '../../bench/size-bench';

test('the built first load stays within its 200 KB gzip budget and holds no page-only library (XLSX, age, PouchDB, the charts)', () => {
  const { sizes, total } = firstLoad();
  const files = sizes.map((s) => s.file);
  assert.ok(total <= BUDGET_KB * KB, `first load ${(total / KB).toFixed(1)} KB gzip: ${files.join(', ')}`);
  // By a string each library carries, not by chunk name: the chart code has no chunk of its own.
  const markers = { XLSX: 'SheetJS', age: 'age-encryption.org/v1', PouchDB: 'revs_diff', charts: 'f7fbffdeebf7' };
  for (const [library, marker] of Object.entries(markers)) {
    const holding = files.filter((file) => readFileSync(join('dist', file), 'utf8').includes(marker));
    assert.deepEqual(holding, [], `${library} is loaded up front`);
  }
});
