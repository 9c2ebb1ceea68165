import { useSearchParams } from 'wouter';
import type { AgreementKind } from '../../../domain/decisions/thread-outcome';
import type { ThreadId } from '../../../domain/ids';
import { KINDS } from '../names';

export interface DecisionParams {
  /** The open thread; null opens the first of the queue; 'done' when the end of the queue was reached. */
  thread: string | null;
  /** Kinds shown in the queue; absent from the URL means every kind but incomplete. */
  kinds: AgreementKind[];
  category: string | null;
  includeDecided: boolean;
}

const DEFAULT_KINDS: AgreementKind[] = ['disagreement', 'majority', 'unanimous'];

/**
 * The queue's filters and the open thread live in the URL, like the thread browser's filters:
 * a reload or a shared link opens the same queue at the same thread, and the back button is
 * not filled with every step (replace).
 */
export function useDecisionParams(): [
  DecisionParams,
  {
    openThread: (threadId: ThreadId | 'done') => void;
    setKinds: (kinds: AgreementKind[]) => void;
    setCategory: (category: string | null) => void;
    setIncludeDecided: (include: boolean) => void;
  },
] {
  const [params, setParams] = useSearchParams();
  const kindsParam = params.get('kinds');
  const value: DecisionParams = {
    thread: params.get('thread'),
    kinds: kindsParam === null ? DEFAULT_KINDS : KINDS.filter((k) => kindsParam.split(',').includes(k)),
    category: params.get('category') || null,
    includeDecided: params.get('decided') === '1',
  };
  const update = (patch: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, v] of Object.entries(patch)) {
          if (v === null) next.delete(key);
          else next.set(key, v);
        }
        return next;
      },
      { replace: true },
    );
  return [
    value,
    {
      openThread: (thread) => update({ thread }),
      setKinds: (kinds) => update({ kinds: kinds.join(',') }),
      setCategory: (category) => update({ category }),
      setIncludeDecided: (include) => update({ decided: include ? '1' : null }),
    },
  ];
}
