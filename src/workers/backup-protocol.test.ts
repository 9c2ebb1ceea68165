import { expect, test } from 'vitest';
import { BackupFileError } from '../domain/backup/backup-file-error';
import { errorFromData, errorToData } from './backup-protocol';

// Errors cross postMessage as structured clones of plain data: the page must get them back whole.
const crossed = (error: unknown) => errorFromData(structuredClone(errorToData(error)));

test('a refused backup file reaches the page as a BackupFileError with its problems', () => {
  const error = crossed(new BackupFileError(['threads, record 1: turns: expected array']));
  expect(error).toBeInstanceOf(BackupFileError);
  expect((error as BackupFileError).problems).toEqual(['threads, record 1: turns: expected array']);
  expect(error.message).toBe('The backup file was refused: threads, record 1: turns: expected array');
});

test('other errors keep their words, and a Dexie-wrapped quota error its inner name', () => {
  const refused = crossed(new Error('This browser already has the study “Pilot”'));
  expect(refused).not.toBeInstanceOf(BackupFileError);
  expect(refused.message).toBe('This browser already has the study “Pilot”');
  const quota = crossed(
    Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } }),
  );
  expect(quota.name).toBe('QuotaExceededError');
});
