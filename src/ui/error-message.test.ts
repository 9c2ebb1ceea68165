import { expect, test } from 'vitest';
import { errorMessage } from './error-message';

test('a full disk is explained, whether the browser or Dexie reports it', () => {
  const quota = errorMessage({ name: 'QuotaExceededError', message: 'quota' });
  expect(quota).toMatch(/no room left.*Nothing was stored/);
  expect(errorMessage({ name: 'AbortError', message: 'aborted', inner: { name: 'QuotaExceededError' } })).toBe(quota);
  expect(errorMessage(new Error('plain'))).toBe('plain');
});
