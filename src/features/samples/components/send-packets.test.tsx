// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import { freshDatabase } from '../../../../tests/support/database';
import { renderApp } from '../../../../tests/support/render-app';
import { asReviewerId, asSampleId, asStudyId } from '../../../domain/ids';
import type { Reviewer } from '../../../domain/reviewer';
import type { Sample } from '../../../domain/sampling/sample';
import { PacketStatus } from './packet-status';
import { SendPackets } from './send-packets';

// The core helper's module (t10-core) builds the packets; this screen only shows them.
const packets = vi.hoisted(() => ({ send: vi.fn(), sent: [] as unknown[], received: [] as unknown[] }));
vi.mock('../../../queries/packet-queries', async () => {
  const { useMutation, queryOptions } = await import('@tanstack/react-query');
  return {
    useSendPackets: () => useMutation({ mutationFn: packets.send }),
    packetQueries: {
      sent: () => queryOptions({ queryKey: ['packets', 'sent'], queryFn: async () => packets.sent }),
      received: () => queryOptions({ queryKey: ['packets', 'received'], queryFn: async () => packets.received }),
    },
  };
});
vi.mock('../../../lib/download', () => ({ downloadBytes: vi.fn() }));
const { downloadBytes } = await import('../../../lib/download');

const studyId = asStudyId('st');
const [ada, ben] = [asReviewerId('r-ada'), asReviewerId('r-ben')];
const sample = {
  studyId,
  sampleId: asSampleId('s1'),
  name: 'Pilot sample',
  reviewerIds: [ada, ben],
  threadIds: [],
} as unknown as Sample;
const reviewers = [
  { reviewerId: ada, name: 'Ada' },
  { reviewerId: ben, name: 'Ben' },
] as Reviewer[];

beforeEach(() => {
  vi.clearAllMocks();
  packets.sent = [];
  packets.received = [];
});

test('the lead makes one packet per reviewer: each downloaded, its passphrase shown once with Copy and the advice to send it apart', async () => {
  const user = userEvent.setup();
  const writeText = vi.fn(async () => {});
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  packets.send.mockResolvedValue({
    packets: [
      {
        reviewerId: ada,
        reviewerName: 'Ada',
        fileName: 'pilot-ada.age',
        bytes: new Uint8Array([1]),
        passphrase: 'amber-basin-cello-drift-ember',
      },
      {
        reviewerId: ben,
        reviewerName: 'Ben',
        fileName: 'pilot-ben.age',
        bytes: new Uint8Array([2]),
        passphrase: 'fable-grove-harbor-islet-jade',
      },
    ],
  });
  renderApp(<SendPackets sample={sample} />, { db: freshDatabase() });
  await user.click(screen.getByText('Send to reviewers'));
  const form = screen.getByRole('form', { name: 'Send Pilot sample to reviewers' });
  await user.type(within(form).getByRole('textbox', { name: 'Instructions for the reviewers' }), 'Label by Friday');
  await user.type(within(form).getByLabelText('Due date'), '2026-12-04');
  await user.click(within(form).getByRole('checkbox', { name: /Include thread metadata/ }));
  await user.click(within(form).getByRole('button', { name: 'Make reviewer packets' }));

  expect(await screen.findByText('2 reviewer packets downloaded')).toBeInTheDocument();
  expect(packets.send.mock.calls[0]![0]).toEqual({
    includeMetadata: true,
    instructions: 'Label by Friday',
    dueDate: '2026-12-04',
  });
  expect(vi.mocked(downloadBytes).mock.calls.map((c) => c[0])).toEqual(['pilot-ada.age', 'pilot-ben.age']);
  expect(screen.getByText(/by another channel/)).toBeInTheDocument();
  expect(screen.getByLabelText('Passphrase for Ben')).toHaveTextContent('fable-grove-harbor-islet-jade');
  await user.click(screen.getByRole('button', { name: 'Copy the passphrase for Ada' }));
  expect(writeText).toHaveBeenCalledWith('amber-basin-cello-drift-ember');

  await user.click(screen.getByRole('button', { name: 'I have noted every passphrase' }));
  expect(screen.queryByText(/amber-basin/)).not.toBeInTheDocument();
});

test('a failed send says why and keeps the form', async () => {
  const user = userEvent.setup();
  packets.send.mockRejectedValue(new Error('Ben has no thread in this sample.'));
  renderApp(<SendPackets sample={sample} />, { db: freshDatabase() });
  await user.click(screen.getByText('Send to reviewers'));
  await user.click(screen.getByRole('button', { name: 'Make reviewer packets' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('No packet was madeBen has no thread in this sample.');
  expect(downloadBytes).not.toHaveBeenCalled();
});

test('per reviewer: the packet sent and the labels received so far, with the time of the last file', async () => {
  packets.sent = [
    { packetId: 'p1', reviewerId: ada, sentAt: new Date(2026, 11, 1, 9, 30).toISOString(), sha256: 'ab' },
  ];
  packets.received = [
    { reviewerId: ada, received: 180, total: 300, lastFileAt: new Date(2026, 11, 3, 14, 2).toISOString() },
  ];
  renderApp(<PacketStatus sample={sample} reviewers={reviewers} />, { db: freshDatabase() });
  const list = await screen.findByRole('list', { name: 'Reviewer packets of Pilot sample' });
  expect(
    within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual([
    'Ada: packet sent 1 Dec 09:30 · labels received 180 of 300, last file 3 Dec 14:02',
    'Ben: no packet sent',
  ]);
});
