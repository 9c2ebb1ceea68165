import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { paths } from '../../../lib/paths';
import { manifestToJson, type SampleManifest } from '../../../domain/sampling/sample-manifest';
import { threadsOfReviewer } from '../../../domain/sampling/threads-of-reviewer';
import type { Reviewer } from '../../../domain/reviewer';
import type { Sample } from '../../../domain/sampling/sample';
import { downloadText } from '../../../lib/download';
import { useSittingStore } from '../../../lib/sitting-store';
import { packetQueries } from '../../../queries/packet-queries';
import { Button } from '../../../ui/button';
import { PacketStatus } from './packet-status';
import { RevealLlmToggle } from './reveal-llm-toggle';
import { SampleAgreement } from './sample-agreement';
import { SampleSyncStatus } from './sample-sync-status';
import { SendPackets } from './send-packets';
import { SyncThroughServer } from './sync-through-server';

/**
 * A sample, who labels it and how far each has got (counts only: labels stay blind). The counts
 * are keys counted in IndexedDB, not the sample's ratings read: this row refreshes after every
 * merge while labels replicate in.
 */
function SampleRow({ sample, reviewers }: { sample: Sample; reviewers: Reviewer[] }) {
  const { data: received = [] } = useQuery(packetQueries.received(sample.studyId, sample.sampleId));
  const manifest = manifestToJson(sample.manifest as SampleManifest);
  const perThread = (sample.manifest as SampleManifest).assignment?.reviewersPerThread;
  const sittingStarted = useSittingStore((s) => s.sittingStarted);
  return (
    <li className="space-y-2 rounded border border-slate-200 bg-white p-3 text-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">{sample.name}</h3>
        <p className="text-slate-600">
          {sample.threadIds.length} threads · seed {sample.seed} · codebook v{sample.codebookVersion}
          {perThread ? ` · each thread by ${perThread} of ${sample.reviewerIds.length} reviewers` : ''} ·{' '}
          {sample.createdAt.slice(0, 10)}
        </p>
      </div>
      <nav aria-label={`Who is working on ${sample.name}?`} className="flex flex-wrap gap-2">
        <span className="self-center">Who is working?</span>
        {sample.reviewerIds.map((id) => {
          const r = reviewers.find((x) => x.reviewerId === id);
          const done = received.find((x) => x.reviewerId === id)?.received ?? 0;
          return (
            <Link
              key={id}
              href={paths.label.to(sample.studyId, sample.sampleId, id)}
              onClick={() =>
                sittingStarted({
                  studyId: sample.studyId,
                  sampleId: sample.sampleId,
                  reviewerId: id,
                  reviewerName: r?.name ?? id,
                })
              }
              className="rounded border border-indigo-300 px-2 py-1 text-indigo-900 hover:bg-indigo-50"
            >
              {r?.name ?? id} ({done}/{threadsOfReviewer(sample, id).length})
            </Link>
          );
        })}
      </nav>
      <PacketStatus sample={sample} reviewers={reviewers} />
      <SampleSyncStatus sample={sample} reviewers={reviewers} />
      <RevealLlmToggle sample={sample} />
      <div className="flex flex-wrap gap-2">
        <Link
          href={paths.decide.to(sample.studyId, sample.sampleId)}
          className="rounded border border-indigo-300 px-3 py-1.5 text-indigo-900 hover:bg-indigo-50"
          aria-label={`Disagreements of ${sample.name}`}
        >
          Disagreements
        </Link>
        <Link
          href={paths.report.to(sample.studyId, [sample.sampleId])}
          className="rounded border border-indigo-300 px-3 py-1.5 text-indigo-900 hover:bg-indigo-50"
          aria-label={`Report of ${sample.name}`}
        >
          Report
        </Link>
        <Button
          onClick={() =>
            downloadText(`${sample.name.replace(/[^\w-]+/g, '-')}-manifest.json`, manifest, 'application/json')
          }
        >
          Export manifest (JSON)
        </Button>
      </div>
      <SendPackets sample={sample} />
      <SyncThroughServer sample={sample} />
      <SampleAgreement sample={sample} />
      <details>
        <summary className="cursor-pointer">Manifest</summary>
        <pre className="max-h-64 overflow-auto bg-slate-50 p-2 text-xs">{manifest}</pre>
      </details>
    </li>
  );
}

export function SamplesList({ samples, reviewers }: { samples: Sample[]; reviewers: Reviewer[] }) {
  if (samples.length === 0) return <p className="text-sm">No samples yet.</p>;
  return (
    <ul aria-label="Samples" className="space-y-2">
      {samples.map((s) => (
        <SampleRow key={s.sampleId} sample={s} reviewers={reviewers} />
      ))}
    </ul>
  );
}
