import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSearchParams } from 'wouter';
import type { Category } from '../../../domain/codebook/codebook';
import type { ThreadId } from '../../../domain/ids';
import { threadsOfReviewer } from '../../../domain/sampling/threads-of-reviewer';
import type { PendingAnnotation, Rating } from '../../../domain/rating';
import type { Reviewer } from '../../../domain/reviewer';
import type { Sample } from '../../../domain/sampling/sample';
import { useShortcutListener } from '../../../lib/use-shortcut-listener';
import { threadQueries } from '../../../queries/thread-queries';
import { Alert } from '../../../ui/alert';
import { useLabelingActions } from '../hooks/use-labeling-actions';
import { useRevealedLlmLabels } from '../hooks/use-revealed-llm-labels';
import { labelingShortcuts } from '../shortcuts';
import { useLabelingUi } from '../store';
import { CodebookPane } from './codebook-pane';
import { ShortcutHelpDialog } from '../../../ui/shortcut-help-dialog';
import { LabelingHeader } from './labeling-header';
import { NoteForm } from './note-form';
import { OtherForm } from './other-form';
import { ThreadPane } from './thread-pane';

interface Props {
  sample: Sample;
  reviewer: Reviewer;
  categories: Category[];
  ratings: ReadonlyMap<ThreadId, Rating>;
  pending: ReadonlyMap<ThreadId, PendingAnnotation>;
}

export function LabelingWorkspace({ sample, reviewer, categories, ratings, pending }: Props) {
  const [params, setParams] = useSearchParams();
  const ids = threadsOfReviewer(sample, reviewer.reviewerId);
  const requested = params.get('t') as ThreadId | null;
  const firstOpen = ids.find((id) => !ratings.has(id)) ?? null;
  const threadId = requested && ids.includes(requested) ? requested : firstOpen;
  const index = threadId ? ids.indexOf(threadId) : ids.length;
  const { overlay, overlayOpened, overlayClosed, showExamples, examplesToggled, sittingEntered } = useLabelingUi();
  const client = useQueryClient();
  const { studyId, sampleId } = sample;
  const { reviewerId } = reviewer;
  // Reviewers may take turns in this tab: a sitting's undo never reaches another's labels.
  useEffect(() => { sittingEntered({ studyId, sampleId, reviewerId }); }, [sittingEntered, studyId, sampleId, reviewerId]);

  const goTo = (id: ThreadId) => setParams({ t: id }, { replace: true });
  const goIndex = (i: number) => (i >= ids.length ? setParams({ t: 'done' }, { replace: true }) : goTo(ids[Math.max(0, i)]!));
  const actions = useLabelingActions({
    sample, reviewerId, threadId, position: index + 1, ratings, pending, goTo, goNext: () => goIndex(index + 1),
  });

  // The next thread's text is read ahead so that moving on paints at once.
  const nextId = ids[index + 1];
  useEffect(() => {
    if (nextId) void client.prefetchQuery(threadQueries.detail(sample.studyId, nextId));
  }, [client, nextId, sample.studyId]);

  const shortcuts = labelingShortcuts(categories, {
    label: (c) => void actions.label(c),
    next: () => goIndex(index + 1),
    previous: () => goIndex(index - 1),
    other: () => threadId && overlayOpened('other'),
    note: () => threadId && overlayOpened('note'),
    flag: () => void actions.annotate({ flagged: !actions.flagged() }),
    undo: () => void actions.undo(),
    help: () => (overlay === 'help' ? overlayClosed() : overlayOpened('help')),
    examples: examplesToggled,
    close: overlayClosed,
    overlayOpen: () => overlay !== 'none',
  });
  useShortcutListener(shortcuts);

  const current = threadId ? ratings.get(threadId) ?? null : null;
  const annotation = current ?? (threadId ? pending.get(threadId) ?? null : null);
  const labeledCount = ids.filter((id) => ratings.has(id)).length;
  const revealed = useRevealedLlmLabels(sample, labeledCount === ids.length);
  const other = categories.find((c) => c.isOther)!;
  return (
    <div className="flex h-full flex-col gap-3">
      <LabelingHeader reviewer={reviewer} sample={sample} labeled={labeledCount} index={index} />
      {actions.error && <Alert tone="error" title={actions.error} />}
      <p role="status" className="text-sm empty:hidden">{actions.notice}</p>
      <div className="grid min-h-0 flex-1 grid-cols-[1fr_22rem] gap-4">
        <section aria-label="Thread to label" tabIndex={0} className="min-h-0 overflow-auto">
          {threadId ? (
            <ThreadPane studyId={sample.studyId} threadId={threadId} position={index + 1} total={ids.length} rating={current} annotation={annotation} llmLabel={revealed ? revealed.get(threadId) ?? null : undefined} />
          ) : (
            <Alert tone="success" title={`All ${ids.length} threads of this sample are labeled. Thank you.`}>
              <p>Press ← or k to go back to a thread; your labels are saved.</p>
            </Alert>
          )}
        </section>
        <CodebookPane categories={categories} current={current} disabled={!threadId} showExamples={showExamples}
          onLabel={(c) => (c.isOther ? overlayOpened('other') : void actions.label(c))} />
      </div>
      {overlay === 'other' && (
        <OtherForm initial={current?.otherSuggestion ?? ''} onCancel={overlayClosed}
          onSubmit={(name) => { overlayClosed(); void actions.label(other, name); }} />
      )}
      {overlay === 'note' && (
        <NoteForm initial={annotation?.note ?? ''} onCancel={overlayClosed}
          onSubmit={(note) => { overlayClosed(); void actions.annotate({ note: note || null }); }} />
      )}
      {overlay === 'help' && <ShortcutHelpDialog shortcuts={shortcuts} onClose={overlayClosed} />}
    </div>
  );
}
