import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'wouter';
import { paths } from '../../../lib/paths';
import { decisionQueue, outcomeCounts } from '../../../domain/decisions/thread-outcome';
import type { ThreadId } from '../../../domain/ids';
import type { SampleGold } from '../../../queries/sample-gold';
import { threadQueries } from '../../../queries/thread-queries';
import { ShortcutHelpDialog } from '../../../ui/shortcut-help-dialog';
import { allowedMethods, methodPatch, pickLabelPatch } from '../draft';
import { useDecisionActions } from '../hooks/use-decision-actions';
import { useDecisionParams } from '../hooks/use-decision-params';
import { readDraft } from '../hooks/use-draft';
import { useShortcutListener } from '../../../lib/use-shortcut-listener';
import { LEAD, reviewerNamer } from '../names';
import { decisionShortcuts } from '../shortcuts';
import { useDecisionsUi } from '../store';
import { DecisionPanel } from './decision-panel';
import { DecisionQueue } from './decision-queue';
import { DecisionView } from './decision-view';
import { DecisionsHeader } from './decisions-header';
import { QueueEmpty } from './queue-empty';
import { QueueFilters } from './queue-filters';
import { ReopenDialog } from './reopen-dialog';

export function DecisionsWorkspace({ gold }: { gold: SampleGold }) {
  const { sample, outcomes, codebook, reviewers, studyReviewers } = gold;
  const categories = codebook.categories;
  const [params, nav] = useDecisionParams();
  const anonymize = useDecisionsUi((s) => s.anonymize);
  const recordedBy = useDecisionsUi((s) => s.recordedBy);
  const overlay = useDecisionsUi((s) => s.overlay);
  const { overlayOpened, overlayClosed, draftEdited } = useDecisionsUi.getState();
  const client = useQueryClient();

  const queue = params.kinds.length === 0 ? [] : decisionQueue(outcomes, params);
  const requested =
    params.thread && params.thread !== 'done' ? outcomes.find((o) => o.threadId === params.thread) : undefined;
  const current = requested ?? (params.thread === 'done' ? null : (queue[0] ?? null));
  const index = current ? queue.findIndex((o) => o.threadId === current.threadId) : -1;
  const counts = outcomeCounts(outcomes);
  const options = [...studyReviewers.map((r) => r.reviewerId as string), LEAD];
  const decidedBy =
    recordedBy && options.includes(recordedBy)
      ? recordedBy
      : (studyReviewers.find((r) => r.role === 'lead')?.reviewerId ?? LEAD);
  const nameOf = reviewerNamer(reviewers, studyReviewers, anonymize);
  const actions = useDecisionActions({
    studyId: sample.studyId,
    sampleId: sample.sampleId,
    categories: categories.map((c) => c.name),
    decidedBy,
  });

  const open = (threadId: ThreadId | 'done') => nav.openThread(threadId);
  const move = (step: 1 | -1) => {
    const target = index < 0 ? (step > 0 ? queue[0] : queue.at(-1)) : queue[index + step];
    if (target) open(target.threadId);
  };
  // Chosen before the write: once decided, the thread may leave the queue.
  const following = (threadId: ThreadId) => {
    const i = queue.findIndex((o) => o.threadId === threadId);
    return (i >= 0 ? queue[i + 1] : undefined) ?? queue.find((o) => o.threadId !== threadId && o.needsDecision) ?? null;
  };
  const record = () => {
    if (!current) return;
    const next = following(current.threadId);
    void actions.record(current, () => open(next?.threadId ?? 'done'));
  };

  const nextId = current ? following(current.threadId)?.threadId : undefined;
  useEffect(() => {
    if (nextId) void client.prefetchQuery(threadQueries.detail(sample.studyId, nextId));
  }, [client, nextId, sample.studyId]);

  const shortcuts = decisionShortcuts(categories, {
    pick: (category) =>
      current && draftEdited(readDraft(current), pickLabelPatch(readDraft(current), current, category.name)),
    method: (method) => current && draftEdited(readDraft(current), methodPatch(current, method)),
    confirm: record,
    next: () => move(1),
    previous: () => move(-1),
    help: () => (overlay === 'help' ? overlayClosed() : overlayOpened('help')),
    close: overlayClosed,
    overlayOpen: () => overlay !== 'none',
    canDecide: () => current !== null && current.kind !== 'incomplete',
    methodAllowed: (method) => current !== null && allowedMethods(current).includes(method),
  });
  useShortcutListener(shortcuts);

  return (
    // A phone reads the page from top to bottom; from a tablet up each part scrolls in its own place.
    <div className="flex min-w-0 flex-col gap-3 md:h-full">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold break-words">Disagreements of {sample.name}</h1>
        <p className="text-sm">
          <Link href={paths.samples.to(sample.studyId)} className="underline">
            Samples
          </Link>
          <span className="ml-3 hidden text-xs text-slate-600 sm:inline">Press ? for every shortcut.</span>
        </p>
      </header>
      <div className="order-last space-y-2 md:order-none">
        <DecisionsHeader gold={gold} counts={counts} decidedBy={decidedBy} nameOf={nameOf} />
        <QueueFilters categories={categories} params={params} nav={nav} />
      </div>
      <div className="grid gap-4 md:min-h-0 md:flex-1 md:grid-cols-[minmax(0,1fr)_18rem] md:grid-rows-[auto_minmax(0,1fr)] lg:grid-cols-[14rem_minmax(0,1fr)_20rem] lg:grid-rows-1">
        <div className="order-last flex max-h-48 min-w-0 flex-col md:order-none md:col-span-2 lg:col-span-1 lg:max-h-none lg:min-h-0">
          <DecisionQueue queue={queue} currentId={current?.threadId ?? null} onOpen={open} />
        </div>
        <section aria-label="Thread under decision" tabIndex={0} className="min-w-0 md:min-h-0 md:overflow-auto">
          {current ? (
            <DecisionView outcome={current} gold={gold} nameOf={nameOf} />
          ) : (
            <QueueEmpty counts={counts} queueLength={queue.length} />
          )}
        </section>
        {current && (
          <DecisionPanel
            key={current.threadId}
            outcome={current}
            gold={gold}
            nameOf={nameOf}
            error={actions.errorFor(current.threadId)}
            onRecord={record}
            onReopen={() => overlayOpened('reopen')}
            keyOf={(m) => shortcuts.find((s) => s.id === `method:${m}`)?.keys[0]}
          />
        )}
      </div>
      {overlay === 'help' && (
        <ShortcutHelpDialog shortcuts={shortcuts} onClose={overlayClosed}>
          <p className="mt-2 text-sm">
            In the rationale, keys type text: Ctrl+Enter records, Esc leaves the field. Esc leaves any field.
          </p>
        </ShortcutHelpDialog>
      )}
      {overlay === 'reopen' && current?.final?.stored && (
        <ReopenDialog
          threadId={current.threadId}
          finalLabel={current.final.label}
          onCancel={overlayClosed}
          onSubmit={(why) => {
            overlayClosed();
            void actions.reopen(current.threadId, why);
          }}
        />
      )}
    </div>
  );
}
