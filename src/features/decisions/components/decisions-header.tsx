import { METHOD_NAMES } from '../../../domain/decisions/decision-rules';
import type { outcomeCounts } from '../../../domain/decisions/thread-outcome';
import type { DecisionMethod } from '../../../domain/decisions/decision';
import { plural } from '../../../domain/format-count';
import { useDocumentTitle } from '../../../lib/use-document-title';
import type { SampleGold } from '../../../queries/sample-gold';
import { KIND_NAMES, KINDS } from '../names';
import { DecisionSettings } from './decision-settings';

const METHODS: DecisionMethod[] = ['unanimous', 'consensus', 'adjudicated', 'majority'];

interface Props {
  gold: SampleGold;
  counts: ReturnType<typeof outcomeCounts>;
  decidedBy: string;
  nameOf: (id: string) => string;
}

/** The sample's counts and the view's settings; on a phone they follow the thread and the decision. */
export function DecisionsHeader({ gold, counts, decidedBy, nameOf }: Props) {
  const { sample } = gold;
  useDocumentTitle(`Disagreements ${counts.final}/${sample.threadIds.length} final`, sample.name);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <dl aria-label="Threads by kind" className="flex flex-wrap gap-x-3">
          {KINDS.map((kind) => (
            <div key={kind} className="flex gap-1">
              <dt>{KIND_NAMES[kind]}</dt>
              <dd className="font-semibold">{counts.kinds[kind]}</dd>
            </div>
          ))}
        </dl>
        <dl aria-label="Final labels by method" className="flex flex-wrap gap-x-3">
          <div className="flex gap-1">
            <dt>Final</dt>
            <dd className="font-semibold">
              {counts.final} of {sample.threadIds.length}
            </dd>
          </div>
          {METHODS.map((m) => (
            <div key={m} className="flex gap-1">
              <dt>{METHOD_NAMES[m]}</dt>
              <dd className="font-semibold">{counts.methods[m]}</dd>
            </div>
          ))}
        </dl>
        <p>{plural(counts.needsDecision, 'thread needs', 'threads need')} a decision</p>
      </div>
      <DecisionSettings gold={gold} decidedBy={decidedBy} nameOf={nameOf} />
    </div>
  );
}
