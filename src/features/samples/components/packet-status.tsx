import { useQuery } from '@tanstack/react-query';
import type { Reviewer } from '../../../domain/reviewer';
import type { Sample } from '../../../domain/sampling/sample';
import { formatCount } from '../../../domain/format-count';
import { formatDayTime } from '../../../lib/format-day-time';
import { packetQueries } from '../../../queries/packet-queries';
import { errorMessage } from '../../../ui/error-message';

/** Per reviewer, the packet sent and what came back from it ("labels received 180 of 300, last file 3 Dec 14:02"). */
export function PacketStatus({ sample, reviewers }: { sample: Sample; reviewers: Reviewer[] }) {
  const sent = useQuery(packetQueries.sent(sample.studyId, sample.sampleId));
  const received = useQuery(packetQueries.received(sample.studyId, sample.sampleId));
  const error = sent.error ?? received.error;
  if (error)
    return (
      <p role="alert" className="text-sm text-red-800">
        The packets of this sample could not be read: {errorMessage(error)}
      </p>
    );
  if (!sent.data?.length) return null;
  return (
    <ul aria-label={`Reviewer packets of ${sample.name}`} className="space-y-1 text-sm">
      {sample.reviewerIds.map((id) => {
        const packet = sent.data.filter((p) => p.reviewerId === id).at(-1);
        const back = received.data?.find((r) => r.reviewerId === id);
        const name = reviewers.find((r) => r.reviewerId === id)?.name ?? id;
        return (
          <li key={id}>
            {name}: {packet ? `packet sent ${formatDayTime(packet.sentAt)}` : 'no packet sent'}
            {back &&
              ` · labels received ${formatCount(back.received)} of ${formatCount(back.total)}${back.lastFileAt ? `, last file ${formatDayTime(back.lastFileAt)}` : ''}`}
          </li>
        );
      })}
    </ul>
  );
}
