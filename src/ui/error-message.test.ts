import { expect, test } from 'vitest';
import { errorMessage } from './error-message';

test('a full disk is explained, whether the browser or Dexie reports it', () => {
  const quota = errorMessage({ name: 'QuotaExceededError', message: 'quota' });
  expect(quota).toMatch(/no room left.*Nothing was stored/);
  expect(errorMessage({ name: 'AbortError', message: 'aborted', inner: { name: 'QuotaExceededError' } })).toBe(quota);
  expect(errorMessage(new Error('plain'))).toBe('plain');
});

test('a message that begins with an internal function name shows only its rule, as a sentence', () => {
  expect(errorMessage(new Error('buildManifest: a sample needs a name'))).toBe('A sample needs a name');
  expect(errorMessage(new Error('Sample 1: 3 threads'))).toBe('Sample 1: 3 threads');
  expect(errorMessage(new Error('computeAgreement: gold labels need a modelRater'))).toBe(
    'Gold labels need a modelRater',
  );
});
