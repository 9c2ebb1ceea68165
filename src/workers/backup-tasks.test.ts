import { expect, test } from 'vitest';
import { createPilotStudy, freshDatabase } from '../../tests/support/database';
import type { ConcordDatabase } from '../db/database';
import type { BackupRequest, BackupResponse } from './backup-protocol';
import { handleBackupRequest } from './backup-tasks';

const answer = (db: ConcordDatabase, request: BackupRequest) =>
  new Promise<BackupResponse>((resolve) => {
    void handleBackupRequest(db, request, (r) => {
      if (r.type !== 'phase') resolve(r);
    });
  });

test(
  'a backup made with a passphrase is an age file that restores only with that passphrase',
  { timeout: 180_000 },
  async () => {
    const source = freshDatabase();
    const study = await createPilotStudy(source);
    await source.studies.update(study.id, { ageKeys: { identity: 'AGE-SECRET-KEY-1SECRET', recipient: 'age1x' } });
    const built = await answer(source, {
      type: 'backup',
      studyId: study.id,
      exportedAt: '2026-03-01T00:00:00.000Z',
      passphrase: 'one-two-three-four-five-six',
    });
    if (built.type !== 'built') throw new Error(built.type);
    const bytes = new Uint8Array(await built.blob.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(0, 22))).toBe('age-encryption.org/v1\n');
    expect(new TextDecoder().decode(bytes)).not.toContain('AGE-SECRET-KEY-1SECRET');

    const target = freshDatabase();
    const file = new File([bytes], 'pilot-backup.age');
    expect(await answer(target, { type: 'restore', file })).toMatchObject({
      type: 'error',
      error: { problems: ['The backup is encrypted (an age file): give its passphrase to restore it.'] },
    });
    expect(await answer(target, { type: 'restore', file, passphrase: 'wrong' })).toMatchObject({
      type: 'error',
      error: {
        problems: [expect.stringMatching(/^The encrypted backup could not be opened: the passphrase is wrong/)],
      },
    });
    expect(await target.studies.count()).toBe(0);
    expect(await answer(target, { type: 'restore', file, passphrase: 'one-two-three-four-five-six' })).toMatchObject({
      type: 'restored',
      study: { id: study.id },
    });
    expect((await target.studies.get(study.id))?.ageKeys?.identity).toBe('AGE-SECRET-KEY-1SECRET');
    await Promise.all([source.delete(), target.delete()]);
  },
);
