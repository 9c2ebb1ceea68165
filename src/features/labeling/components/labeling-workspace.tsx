import { useEffect, useState, type ReactNode } from 'react';
import type { Category } from '../../../domain/codebook/codebook';
import type { ThreadId } from '../../../domain/ids';
import { estimateTimeLeft, timeLeftWords } from '../../../domain/labeling/time-left';
import { threadsOfReviewer } from '../../../domain/sampling/threads-of-reviewer';
import type { PendingAnnotation, Rating } from '../../../domain/rating';
import type { Reviewer } from '../../../domain/reviewer';
import type { Sample } from '../../../domain/sampling/sample';
import { useLatestCallback } from '../hooks/use-latest-callback';
import { useShortcutListener } from '../../../lib/use-shortcut-listener';
import { Alert } from '../../../ui/alert';
import { ShortcutHelpDialog } from '../../../ui/shortcut-help-dialog';
import { useLabelingActions } from '../hooks/use-labeling-actions';
import { useRevealedLlmLabels } from '../hooks/use-revealed-llm-labels';
import { useThreadParam } from '../hooks/use-thread-param';
import { revisitEntries } from '../revisit-entries';
import { labelingShortcuts } from '../shortcuts';
import { useLabelingUi } from '../store';
import { scrollThread } from '../thread-scroll';
import { CodebookPane } from './codebook-pane';
import { LabelingHeader } from './labeling-header';
import { NoteForm } from './note-form';
import { OtherForm } from './other-form';
import { QueueEnd } from './queue-end';
import { RevisitDialog } from './revisit-dialog';
import { TextPromptDialog } from './text-prompt-dialog';
import { ThreadStage, type StagedThread } from './thread-stage';

interface Props {
  sample: Sample;
  reviewer: Reviewer;
  categories: Category[];
  ratings: ReadonlyMap<ThreadId, Rating>;
  pending: ReadonlyMap<ThreadId, PendingAnnotation>;
  /** In a reviewer workspace: the end of the queue then offers to send the labels back. */
  sendLabelsBack?: ReactNode;
}

/** `?t=done` is the end of the queue, shown as such even while threads are open: `j` on the last thread never wraps to the first. */
const END = 'done';

export function LabelingWorkspace({ sample, reviewer, categories, ratings, pending, sendLabelsBack }: Props) {
  const [requested, setRequested] = useThreadParam();
  const ids = threadsOfReviewer(sample, reviewer.reviewerId);
  const firstOpen = ids.find((id) => !ratings.has(id)) ?? null;
  const threadId =
    requested === END ? null : requested && ids.includes(requested as ThreadId) ? (requested as ThreadId) : firstOpen;
  const index = threadId ? ids.indexOf(threadId) : ids.length;
  const { overlay, overlayOpened, overlayClosed, showExamples, examplesToggled, sittingEntered } = useLabelingUi();
  const [jumpProblem, setJumpProblem] = useState<string | null>(null);
  const { studyId, sampleId } = sample;
  const { reviewerId } = reviewer;
  // Reviewers may take turns in this tab: a sitting's undo never reaches another's labels.
  useEffect(() => {
    sittingEntered({ studyId, sampleId, reviewerId });
  }, [sittingEntered, studyId, sampleId, reviewerId]);

  const goTo = (id: ThreadId) => {
    setJumpProblem(null);
    setRequested(id);
  };
  const goIndex = (i: number) => (i >= ids.length ? setRequested(END) : goTo(ids[Math.max(0, i)]!));
  const actions = useLabelingActions({
    sample,
    reviewerId,
    threadId,
    position: index + 1,
    ratings,
    pending,
    goTo,
    goNext: () => goIndex(index + 1),
  });
  const jump = (typed: string) => {
    const n = Number(typed);
    if (Number.isInteger(n) && n >= 1 && n <= ids.length) goIndex(n - 1);
    else setJumpProblem(`There is no thread “${typed}” in your queue: its threads are numbered 1 to ${ids.length}.`);
  };

  const shortcuts = labelingShortcuts(categories, {
    label: (c) => void actions.label(c),
    next: () => index < ids.length && goIndex(index + 1),
    previous: () => goIndex(index - 1),
    other: () => threadId && overlayOpened('other'),
    note: () => threadId && overlayOpened('note'),
    flag: () => void actions.annotate({ flagged: !actions.flagged() }),
    undo: () => void actions.undo(),
    scroll: scrollThread,
    goToNumber: () => overlayOpened('goto'),
    revisit: () => overlayOpened('revisit'),
    help: () => (overlay === 'help' ? overlayClosed() : overlayOpened('help')),
    examples: examplesToggled,
    close: overlayClosed,
    overlayOpen: () => overlay !== 'none',
  });
  useShortcutListener(shortcuts);

  const labeledCount = ids.filter((id) => ratings.has(id)).length;
  const revealed = useRevealedLlmLabels(sample, labeledCount === ids.length);
  const staged = (id: ThreadId | undefined): StagedThread | null => {
    if (!id) return null;
    const rating = ratings.get(id) ?? null;
    return {
      threadId: id,
      position: ids.indexOf(id) + 1,
      rating,
      annotation: rating ?? pending.get(id) ?? null,
      llmLabel: revealed ? (revealed.get(id) ?? null) : undefined,
    };
  };
  const current = staged(threadId ?? undefined);
  const ahead = staged(ids[index + 1]);
  const pace = estimateTimeLeft(
    ids.flatMap((id) => ratings.get(id)?.durationMs ?? []),
    ids.length - labeledCount,
  );
  const timeLeft = pace ? timeLeftWords(pace.ms) : null;
  const other = categories.find((c) => c.isOther)!;
  const onLabel = useLatestCallback((c: Category) => (c.isOther ? overlayOpened('other') : void actions.label(c)));
  return (
    <div className="flex h-full min-w-0 flex-col gap-3">
      <LabelingHeader reviewer={reviewer} sample={sample} labeled={labeledCount} index={index} timeLeft={timeLeft} />
      {actions.error && <Alert tone="error" title={actions.error} />}
      <p role="status" className="text-sm empty:hidden">
        {jumpProblem ?? actions.notice}
      </p>
      <div className="flex min-h-0 flex-1 gap-4">
        <ThreadStage studyId={studyId} total={ids.length} current={current} ahead={ahead}>
          <QueueEnd
            studyId={studyId}
            total={ids.length}
            labeled={labeledCount}
            firstOpen={firstOpen ? ids.indexOf(firstOpen) + 1 : null}
            timeLeft={timeLeft}
            onOpenFirst={() => firstOpen && goTo(firstOpen)}
            sendLabelsBack={sendLabelsBack}
          />
        </ThreadStage>
        <div className="contents lg:flex lg:w-80 lg:shrink-0 lg:flex-col">
          <CodebookPane
            categories={categories}
            current={current?.rating ?? null}
            disabled={!threadId}
            showDetails={showExamples}
            onDetailsToggled={examplesToggled}
            onLabel={onLabel}
          />
        </div>
      </div>
      {overlay === 'other' && (
        <OtherForm
          initial={current?.rating?.otherSuggestion ?? ''}
          onCancel={overlayClosed}
          onSubmit={(name) => {
            overlayClosed();
            void actions.label(other, name);
          }}
        />
      )}
      {overlay === 'note' && (
        <NoteForm
          initial={current?.annotation?.note ?? ''}
          onCancel={overlayClosed}
          onSubmit={(note) => {
            overlayClosed();
            void actions.annotate({ note: note || null });
          }}
        />
      )}
      {overlay === 'goto' && (
        <TextPromptDialog
          title="Go to a thread"
          label={`Thread number (1 to ${ids.length})`}
          initial=""
          required
          onCancel={overlayClosed}
          onSubmit={(typed) => {
            overlayClosed();
            jump(typed);
          }}
        />
      )}
      {overlay === 'revisit' && (
        <RevisitDialog
          entries={revisitEntries(ids, ratings, pending)}
          onClose={overlayClosed}
          onOpen={(id) => {
            overlayClosed();
            goTo(id);
          }}
        />
      )}
      {overlay === 'help' && <ShortcutHelpDialog shortcuts={shortcuts} onClose={overlayClosed} />}
    </div>
  );
}
