import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildLabelsFile } from '../domain/packets/labels-file';
import { anaRating, packetSource, sampleId, studyId, ana } from '../domain/packets/packet-fixture';
import { buildReviewerPacket } from '../domain/packets/reviewer-packet';
import { encryptToRecipient, encryptWithPassphrase, generateStudyKeys } from './age-files';

// The README promises that packets and labels files are standard age files: Debian's `age`
// (.ci/run installs it) must open what Concord writes.
const AGE = '/usr/bin/age';
const dir = mkdtempSync(join(tmpdir(), 'concord-age-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('Debian’s age -d opens a reviewer packet with its passphrase', { timeout: 120_000 }, async () => {
  const passphrase = 'acorn-badger-canyon-dagger-ember-falcon';
  const packet = buildReviewerPacket(
    packetSource({ study: { ...packetSource().study, ageKeys: await generateStudyKeys() } }),
  );
  writeFileSync(
    join(dir, 'packet.age'),
    await encryptWithPassphrase(new TextEncoder().encode(JSON.stringify(packet)), passphrase),
  );
  // age reads a passphrase from the terminal only: `script` gives it one, fed from stdin.
  const run = spawnSync('script', ['-qec', `${AGE} -d -o packet.json packet.age`, '/dev/null'], {
    cwd: dir,
    input: `${passphrase}\n`,
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  expect(JSON.parse(readFileSync(join(dir, 'packet.json'), 'utf8'))).toEqual(packet);
});

test('Debian’s age -d -i opens a labels file with the study’s identity', async () => {
  const keys = await generateStudyKeys();
  const labels = buildLabelsFile({
    createdAt: '2026-01-05T12:00:00.000Z',
    packetId: 'packet-ana',
    packetSha256: 'a'.repeat(64),
    studyId,
    sampleId,
    reviewerId: ana,
    ratings: [anaRating('t1', 'Coding')],
    events: [],
  });
  writeFileSync(
    join(dir, 'labels.age'),
    await encryptToRecipient(new TextEncoder().encode(JSON.stringify(labels)), keys.recipient),
  );
  writeFileSync(join(dir, 'study.key'), `${keys.identity}\n`);
  const run = spawnSync(AGE, ['-d', '-i', 'study.key', 'labels.age'], { cwd: dir, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  expect(JSON.parse(run.stdout)).toEqual(labels);
});
