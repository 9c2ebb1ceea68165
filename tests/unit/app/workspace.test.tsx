// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { paths } from '../../../src/lib/paths';
import type { ConcordDatabase } from '../../../src/db/database';
import { addReviewer } from '../../../src/db/repos/reviewers';
import { asSampleId, asStudyId, asThreadId, type ReviewerId, type StudyId } from '../../../src/domain/ids';
import type { ReviewerWorkspace, Study } from '../../../src/domain/study';
import { createPilotStudy, freshDatabase, importTestThreads } from '../../support/database';
import { renderShell } from '../../support/render-shell';

// The core helper's module (t10-core) decrypts and encrypts; these screens call it and show the outcome.
const packets = vi.hoisted(() => ({ open: vi.fn(), sendBack: vi.fn() }));
vi.mock('../../../src/queries/packet-queries', async () => {
  const { useMutation } = await import('@tanstack/react-query');
  return {
    useOpenPacket: () => useMutation({ mutationFn: packets.open }),
    useSendLabelsBack: () => useMutation({ mutationFn: packets.sendBack }),
  };
});
vi.mock('../../../src/lib/download', () => ({ downloadBytes: vi.fn(), downloadText: vi.fn() }));
const { downloadBytes } = await import('../../../src/lib/download');

const NOW = '2026-01-02T00:00:00Z';
const sampleId = asSampleId('s-lead-1');
const WORKSPACE: ReviewerWorkspace = {
  kind: 'reviewer-packet',
  packetId: 'p1',
  sourceStudyId: asStudyId('lead-study'),
  sourceStudyName: 'Chat study',
  sampleName: 'Pilot sample',
  reviewerName: 'Ada',
  instructions: 'Label by Friday, please.',
  dueDate: '2026-12-04',
  recipient: 'age1x',
  packetSha256: 'ab',
};
let db: ConcordDatabase;
let workspace: Study;
let ada: ReviewerId;

beforeEach(async () => {
  vi.clearAllMocks();
  db = freshDatabase();
  await createPilotStudy(db);
  workspace = await createPilotStudy(db);
  await db.studies.update(workspace.id, { name: 'Packet p1', workspace: WORKSPACE });
  ada = (await addReviewer(db, { studyId: workspace.id, name: 'Ada', initials: 'AD', role: 'reviewer', now: NOW }))
    .reviewerId;
  await importTestThreads(db, workspace.id, ['t1', 't2']);
  // A packet's sample names only its own reviewer, which createSample (two at least) refuses.
  await db.samples.add({
    studyId: workspace.id,
    sampleId,
    name: 'Pilot sample',
    createdAt: NOW,
    seed: 1,
    threadIds: ['t1', 't2'].map(asThreadId),
    reviewerIds: [ada],
    codebookVersion: 1,
    manifest: {},
  });
});
afterEach(async () => {
  await db.delete();
});

test('the studies list shows the workspace as "Packet: <study>, <sample>" with its queue and no lead page; the queue has the packet bar', async () => {
  const user = userEvent.setup();
  renderShell(db, paths.studies.to());
  const studies = await screen.findByRole('list', { name: 'Studies' });
  const item = within(studies).getByRole('heading', { name: 'Packet: Chat study, Pilot sample' }).closest('li')!;
  expect(within(item).queryByRole('link', { name: /^(Samples|Report|Exports|Codebook) of/ })).not.toBeInTheDocument();
  expect(within(studies).getByRole('link', { name: 'Samples of Pilot' })).toBeInTheDocument();

  await user.click(await within(item).findByRole('link', { name: 'Queue of the packet Chat study, Pilot sample' }));
  expect(await screen.findByText(/0 of 2 labeled/)).toBeInTheDocument();
  const bar = screen.getByRole('region', { name: 'Reviewer packet' });
  expect(bar).toHaveTextContent('Packet: Chat study, Pilot sample · due 2026-12-04');
  expect(bar).toHaveTextContent('Label by Friday, please.');
});

test('every lead page of a workspace is refused with a way back to the queue', async () => {
  const user = userEvent.setup();
  const view = renderShell(db, paths.samples.to(workspace.id));
  for (const lead of [paths.samples.to(workspace.id), paths.threads.to(workspace.id)]) {
    act(() => view.location.navigate(lead));
    expect(await screen.findByText('A reviewer packet has only its queue.')).toBeInTheDocument();
    expect(screen.queryByText('Agreement so far')).not.toBeInTheDocument();
    expect(screen.queryByRole('listbox', { name: /Threads/ })).not.toBeInTheDocument();
  }
  await user.click(await screen.findByRole('link', { name: 'Back to the queue' }));
  expect(await screen.findByText(/0 of 2 labeled/)).toBeInTheDocument();
});

test('"Send labels back" downloads a labels file each time it is pressed', async () => {
  const user = userEvent.setup();
  packets.sendBack.mockResolvedValueOnce({ fileName: 'labels-1.age', bytes: new Uint8Array([1]) });
  packets.sendBack.mockResolvedValueOnce({ fileName: 'labels-2.age', bytes: new Uint8Array([2]) });
  renderShell(db, paths.label.to(workspace.id, sampleId, ada));
  const bar = await screen.findByRole('region', { name: 'Reviewer packet' });
  const button = within(bar).getByRole('button', { name: 'Send labels back for Packet p1' });
  await user.click(button);
  expect(await within(bar).findByText('Downloaded labels-1.age: send it to the lead.')).toBeInTheDocument();
  await user.click(button);
  expect(await within(bar).findByText('Downloaded labels-2.age: send it to the lead.')).toBeInTheDocument();
  expect(vi.mocked(downloadBytes).mock.calls.map((c) => c[0])).toEqual(['labels-1.age', 'labels-2.age']);
});

test('"Open a reviewer packet": file and passphrase open the workspace queue; a refusal names the file', async () => {
  const user = userEvent.setup();
  packets.open.mockRejectedValueOnce(new Error('Wrong passphrase: this packet does not open with it.'));
  packets.open.mockImplementationOnce(async ({ onProgress }: { onProgress: (f: number) => void }) => {
    onProgress(0.5);
    return { studyId: workspace.id as StudyId, sampleId, reviewerId: ada };
  });
  const view = renderShell(db, paths.studies.to());
  const form = await screen.findByRole('form', { name: 'Open a reviewer packet' });
  const packet = new File([new Uint8Array([1])], 'pilot-ada.age');
  await user.upload(within(form).getByLabelText('Packet file'), packet);
  await user.type(within(form).getByRole('textbox', { name: 'Passphrase' }), ' amber basin cello drift ember ');
  await user.click(within(form).getByRole('button', { name: 'Open packet' }));
  expect(await within(form).findByRole('alert')).toHaveTextContent(
    'pilot-ada.age was not opened; nothing was storedWrong passphrase: this packet does not open with it.',
  );

  await user.click(within(form).getByRole('button', { name: 'Open packet' }));
  expect(await screen.findByText(/0 of 2 labeled/)).toBeInTheDocument();
  expect(packets.open.mock.lastCall![0]).toMatchObject({ file: packet, passphrase: 'amber basin cello drift ember' });
  expect(view.location.history?.at(-1)).toBe(paths.label.to(workspace.id, sampleId, ada));
});
