// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import type { ConcordDatabase } from '../../../src/db/database';
import { saveRating } from '../../../src/db/repos/ratings';
import { openPacketWorkspace } from '../../../src/db/repos/workspaces';
import { asThreadId, type StudyId } from '../../../src/domain/ids';
import { ana, packetSource, sampleId, study } from '../../../src/domain/packets/packet-fixture';
import { buildReviewerPacket } from '../../../src/domain/packets/reviewer-packet';
import { workspaceRecords } from '../../../src/domain/packets/reviewer-workspace';
import { paths } from '../../../src/lib/paths';
import { decryptAgeFile } from '../../../src/workers/age-files';
import { freshDatabase } from '../../support/database';
import { renderShell } from '../../support/render-shell';

// The real labels file (made in-process: jsdom has no workers); only the browser download is caught.
vi.mock('../../../src/lib/download', () => ({ downloadBytes: vi.fn(), downloadText: vi.fn() }));
const { downloadBytes } = await import('../../../src/lib/download');

let db: ConcordDatabase;
let identity: string;
let workspaceId: StudyId;
let threadIds: string[];

beforeEach(async () => {
  vi.clearAllMocks();
  db = freshDatabase();
  identity = await generateX25519Identity();
  const lead = { ...study, ageKeys: { identity, recipient: await identityToRecipient(identity) } };
  const packet = buildReviewerPacket(packetSource({ study: lead }));
  threadIds = packet.threads.map((t) => t.threadId);
  workspaceId = (await openPacketWorkspace(db, workspaceRecords(packet, 'b'.repeat(64), '2026-01-04T00:00:00.000Z')))
    .studyId;
});
afterEach(async () => {
  await db.delete();
});

test('the end of a workspace queue offers "Send labels back", which makes the labels file of every label', async () => {
  const user = userEvent.setup();
  for (const [i, threadId] of threadIds.entries()) {
    await saveRating(db, {
      studyId: workspaceId,
      sampleId,
      reviewerId: ana,
      threadId: asThreadId(threadId),
      label: i % 2 ? 'Coding' : 'Brainstorming',
      codebookVersion: 1,
      otherSuggestion: null,
      note: null,
      flagged: false,
      durationMs: 1200,
      updatedAt: `2026-01-05T10:0${i}:00.000Z`,
    });
  }
  renderShell(db, paths.label.to(workspaceId, sampleId, ana));
  const end = await screen.findByRole('region', { name: 'End of your queue' }, { timeout: 5_000 });
  expect(
    within(end).getByText(`All ${threadIds.length} threads of this sample are labeled. Thank you.`),
  ).toBeInTheDocument();
  expect(within(end).queryByRole('link', { name: 'Back to the samples' })).not.toBeInTheDocument();

  await user.click(within(end).getByRole('button', { name: 'Send labels back for Chat study' }));
  expect(
    await within(end).findByText(
      /^Downloaded labels-Pilot-1-Ana-Arias-\d{12}\.age: send it to the lead\.$/,
      undefined,
      { timeout: 10_000 },
    ),
  ).toBeInTheDocument();
  const [fileName, bytes] = vi.mocked(downloadBytes).mock.calls[0]!;
  const labels = JSON.parse(new TextDecoder().decode(await decryptAgeFile(fileName, bytes, 'recipient', identity)));
  expect(labels).toMatchObject({
    format: 'concord-labels-file',
    study: { id: study.id },
    sample: { id: sampleId },
    reviewer: { id: ana },
  });
  expect(labels.ratings.map((r: { threadId: string; label: string }) => [r.threadId, r.label])).toEqual(
    threadIds.map((t, i) => [t, i % 2 ? 'Coding' : 'Brainstorming']),
  );
});
