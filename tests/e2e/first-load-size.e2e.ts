// The first load's budget (issue #12: at most 200 KB of JS gzip) checked on every build, not only
// by `npm run bench -- size`: one static import of a date helper from the XLSX cell reader once
// put the whole XLSX library (156 KB gzip) into the first load without any test noticing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUDGET_KB, KB, firstLoad } from '../../bench/size-bench';

test('the built first load stays within its 200 KB gzip budget and holds no page-only library', () => {
  const { sizes, total } = firstLoad();
  const files = sizes.map((s) => s.file);
  assert.ok(total <= BUDGET_KB * KB, `first load ${(total / KB).toFixed(1)} KB gzip: ${files.join(', ')}`);
  for (const library of ['xlsx', 'd3', 'age', 'pouchdb']) {
    assert.deepEqual(
      files.filter((file) => new RegExp(`/${library}[-.]`).test(file)),
      [],
      `${library} is loaded up front`,
    );
  }
});
