// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { freshDatabase, importTestThreads } from '../../../../tests/support/database';
import { renderApp } from '../../../../tests/support/render-app';
import type { ConcordDatabase } from '../../../db/database';
import { recordSentPackets } from '../../../db/repos/packets';
import { saveRating } from '../../../db/repos/ratings';
import { addReviewer } from '../../../db/repos/reviewers';
import { createSample } from '../../../db/repos/samples';
import { createStudy } from '../../../db/repos/studies';
import { defaultCodebook } from '../../../domain/codebook/default-codebook';
import { asSampleId, asThreadId, type ReviewerId, type StudyId } from '../../../domain/ids';
import { buildLabelsFile } from '../../../domain/packets/labels-file';
import type { Rating } from '../../../domain/rating';
import { ImportLabelsFiles } from './import-labels-files';

// The real merge, in-process (jsdom has no workers): a conflict resolved by keeping this
// browser's label is not asked about again by the reviewer's next file (issue #10).
const sampleId = asSampleId('s1');
const PACKET_SHA = 'a'.repeat(64);
let db: ConcordDatabase;
let studyId: StudyId;
let ada: ReviewerId;
let recipient: string;

beforeEach(async () => {
  db = freshDatabase();
  const identity = await generateX25519Identity();
  const keys = { identity, recipient: await identityToRecipient(identity) };
  recipient = keys.recipient;
  const study = await createStudy(db, {
    name: 'Pilot',
    now: '2026-03-01T00:00:00Z',
    categories: defaultCodebook().categories,
    ageKeys: keys,
  });
  studyId = study.id;
  const reviewers = await Promise.all(
    ['Ada', 'Ben'].map((name) =>
      addReviewer(db, { studyId, name, initials: name.slice(0, 2), role: 'reviewer', now: '2026-03-01T00:00:00Z' }),
    ),
  );
  ada = reviewers[0]!.reviewerId;
  const threadIds = ['t1', 't2'].map(asThreadId);
  await importTestThreads(db, studyId, threadIds);
  await createSample(db, {
    studyId,
    sampleId,
    name: 'Pilot sample',
    createdAt: '2026-03-01T00:00:00Z',
    seed: 1,
    threadIds,
    reviewerIds: reviewers.map((r) => r.reviewerId),
    codebookVersion: 1,
    manifest: {},
  });
  await recordSentPackets(db, [
    {
      studyId,
      packetId: 'p-ada',
      sampleId,
      reviewerId: ada,
      sentAt: '2026-03-01T00:00:00Z',
      sha256: PACKET_SHA,
      threadIds,
      codebookVersion: 1,
      includesMetadata: false,
    },
  ]);
  // Ada labeled t1 at the lead's workstation before she took the packet home.
  await saveRating(db, rating('t1', 'Brainstorming', '2026-03-01T09:00:00.000Z'));
});
afterEach(async () => {
  await db.delete();
});

function rating(thread: string, label: string, updatedAt: string): Rating {
  return {
    studyId,
    sampleId,
    reviewerId: ada,
    threadId: asThreadId(thread),
    label,
    codebookVersion: 1,
    otherSuggestion: null,
    note: null,
    flagged: false,
    durationMs: 900,
    updatedAt,
  };
}

async function labelsFile(name: string, createdAt: string, ratings: Rating[]): Promise<File> {
  const file = buildLabelsFile({
    createdAt,
    packetId: 'p-ada',
    packetSha256: PACKET_SHA,
    studyId,
    sampleId,
    reviewerId: ada,
    ratings,
    events: [],
  });
  const encrypter = new Encrypter();
  encrypter.addRecipient(recipient);
  const bytes = await encrypter.encrypt(JSON.stringify(file));
  return new File([bytes as Uint8Array<ArrayBuffer>], name);
}

const line = (text: string) => screen.findByText(text, undefined, { timeout: 10_000 });

test('a conflict resolved by keeping the local label is not asked again by a later file with the same label; a new label asks', async () => {
  const user = userEvent.setup();
  renderApp(<ImportLabelsFiles studyId={studyId} />, { db });
  const input = screen.getByLabelText('Labels files');

  await user.upload(
    input,
    await labelsFile('ada-1.age', '2026-03-02T10:00:00.000Z', [
      rating('t1', 'Coding', '2026-03-02T09:00:00.000Z'),
      rating('t2', 'Coding', '2026-03-02T09:01:00.000Z'),
    ]),
  );
  expect(await line('ada-1.age (Ada, Pilot sample): Conflicts to choose: nothing stored yet')).toBeInTheDocument();
  const conflicts = screen.getByRole('form', { name: 'Label conflicts' });
  await user.click(within(conflicts).getByRole('radio', { name: /Keep this browser's Brainstorming/ }));
  await user.click(within(conflicts).getByRole('button', { name: 'Merge with these choices' }));
  expect(await line('ada-1.age (Ada, Pilot sample): Merged (1 added, 0 changed)')).toBeInTheDocument();

  // Her next file still says Coding for t1 (and changes t2): merged without asking again.
  await user.upload(
    input,
    await labelsFile('ada-2.age', '2026-03-03T10:00:00.000Z', [
      rating('t1', 'Coding', '2026-03-02T09:00:00.000Z'),
      rating('t2', 'Text Manipulation', '2026-03-03T09:00:00.000Z'),
    ]),
  );
  expect(await line('ada-2.age (Ada, Pilot sample): Merged (0 added, 1 changed)')).toBeInTheDocument();
  expect(screen.queryByRole('form', { name: 'Label conflicts' })).not.toBeInTheDocument();
  expect((await db.ratings.get([studyId, sampleId, ada, asThreadId('t1')]))?.label).toBe('Brainstorming');

  // She relabels t1: a new incoming change, asked about.
  await user.upload(
    input,
    await labelsFile('ada-3.age', '2026-03-04T10:00:00.000Z', [
      rating('t1', 'Text Manipulation', '2026-03-04T09:00:00.000Z'),
      rating('t2', 'Text Manipulation', '2026-03-03T09:00:00.000Z'),
    ]),
  );
  expect(await line('ada-3.age (Ada, Pilot sample): Conflicts to choose: nothing stored yet')).toBeInTheDocument();
  expect(
    within(screen.getByRole('form', { name: 'Label conflicts' })).getByRole('radio', {
      name: /Take the file's Text Manipulation/,
    }),
  ).toBeInTheDocument();
});
