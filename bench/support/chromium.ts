import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/support/browser';

/** Unbucketed, unrounded performance.memory, so heap figures are real numbers. */
export const BENCH_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info'];

export interface BenchBrowser {
  context: BrowserContext;
  version: string;
  close(): Promise<void>;
}

/**
 * Debian's Chromium with the e2e tests' flags plus precise memory info, in a fresh profile
 * (so IndexedDB starts empty), removed on close. tests/e2e/support/browser.ts takes no extra
 * flags, hence this twin.
 */
export async function launchBenchBrowser(): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'concord-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: BENCH_CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  const version = context.browser()?.version() ?? 'unknown';
  return {
    context,
    version,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
