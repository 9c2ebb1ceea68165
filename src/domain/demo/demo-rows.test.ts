import { describe, expect, it } from 'vitest';
import { DEMO_CSV_COLUMNS, demoThreadsToRows } from './demo-rows';
import { generateDemoThreads } from './generate-threads';

describe('demoThreadsToRows', () => {
  it('joins turns with a blank line and keeps every column', () => {
    const threads = generateDemoThreads({ count: 200, seed: 9 });
    const rows = demoThreadsToRows(threads);
    expect(rows).toHaveLength(200);
    const multi = threads.findIndex((t) => t.turns.length > 1);
    const thread = threads[multi];
    const row = rows[multi];
    expect(row?.user_prompts).toBe(thread?.turns.join('\n\n'));
    expect(row?.turns).toEqual(thread?.turns);
    expect(row?.thread_id).toBe(thread?.threadId);
    for (const r of rows) for (const c of DEMO_CSV_COLUMNS) expect(typeof r[c]).toBe('string');
  });
});
