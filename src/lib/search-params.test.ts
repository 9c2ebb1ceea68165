import { expect, test } from 'vitest';
import { patchSearchParams } from './search-params';

test('sets patched keys under their URL names, removes null or empty ones, keeps the rest', () => {
  const next = patchSearchParams(
    new URLSearchParams('q=a&llm=E&keep=1'),
    { query: 'q', label: 'llm', role: 'role' },
    { query: 'b', label: '', role: 'Nurse' },
  );
  expect(next.toString()).toBe('q=b&keep=1&role=Nurse');
});
