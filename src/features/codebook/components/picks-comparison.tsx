import { useState } from 'react';
import type { Category, CodebookVersion } from '../../../domain/codebook/codebook';
import type { CategoryPicks } from '../../../domain/codebook/compare-example-picks';
import { EXAMPLES_PER_CATEGORY } from '../../../domain/codebook/example-candidate';
import { plural } from '../../../domain/format-count';
import type { ReviewerId } from '../../../domain/ids';
import { useRemoveExampleCandidate, useTakeExampleCandidates } from '../../../queries/example-candidate-queries';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';
import { WideTableScroll } from '../../../ui/wide-table-scroll';
import { ConfirmRemove } from './confirm-remove';

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

interface Props {
  latest: CodebookVersion;
  category: Category;
  picks: CategoryPicks;
  names: ReadonlyMap<ReviewerId, string>;
  /** Candidate id → the first codebook version holding it as an example: it cannot be removed. */
  taken: ReadonlyMap<string, number>;
}

/**
 * The reviewers' picks of one category side by side, agreement marked; the lead ticks up to three
 * to take, or removes a candidate (and its picks) that no codebook version holds.
 */
export function PicksComparison({ latest, category, picks, names, taken }: Props) {
  const [chosen, setChosen] = useState<string[]>([]);
  const take = useTakeExampleCandidates(latest.studyId);
  const remove = useRemoveExampleCandidate(latest.studyId);
  const anyTaken = picks.candidates.some((c) => taken.has(c.candidate.candidateId));
  const target = latest.frozen ? latest.version + 1 : latest.version;
  const toggle = (id: string) => setChosen((old) => (old.includes(id) ? old.filter((x) => x !== id) : [...old, id]));
  return (
    <div className="space-y-2 text-sm">
      <WideTableScroll label={`Picks for ${category.name}`}>
        <table className="w-full border-collapse">
          <caption className="text-left font-medium">Picks for {category.name}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-1">
                Take
              </th>
              <th scope="col" className="p-1">
                Candidate
              </th>
              {picks.reviewerIds.map((r) => (
                <th key={r} scope="col" className="p-1">
                  {names.get(r) ?? r}
                </th>
              ))}
              <th scope="col" className="p-1">
                Agreement
              </th>
              <th scope="col" className="p-1">
                Remove
              </th>
            </tr>
          </thead>
          <tbody>
            {picks.candidates.map(({ candidate, pickedBy, agreed }) => (
              <tr key={candidate.candidateId} className={`border-b border-slate-200 ${agreed ? 'bg-green-50' : ''}`}>
                <td className="p-1">
                  <input
                    type="checkbox"
                    aria-label={`Take “${short(candidate.text)}”`}
                    checked={chosen.includes(candidate.candidateId)}
                    onChange={() => toggle(candidate.candidateId)}
                  />
                </td>
                <td dir="auto" className="whitespace-pre-wrap p-1">
                  {candidate.text}
                </td>
                {picks.reviewerIds.map((r) => (
                  <td key={r} className="p-1">
                    {pickedBy.includes(r) ? 'picked' : '—'}
                  </td>
                ))}
                <td className="p-1">{agreed ? '✓ agreed' : ''}</td>
                <td className="p-1">
                  {taken.has(candidate.candidateId) ? (
                    `In version ${taken.get(candidate.candidateId)}`
                  ) : (
                    <ConfirmRemove
                      name={`“${short(candidate.text)}”`}
                      buttonText="Remove…"
                      disabled={remove.isPending}
                      onRemove={() =>
                        remove.mutate(candidate.candidateId, {
                          onSuccess: () => setChosen((old) => old.filter((x) => x !== candidate.candidateId)),
                        })
                      }
                    >
                      Remove this candidate{pickedBy.length > 0 ? ` and ${plural(pickedBy.length, 'pick')} of it` : ''}?
                    </ConfirmRemove>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </WideTableScroll>
      {anyTaken && (
        <p>
          A candidate “in version N” is an example of that codebook version: it cannot be removed, since the audit log
          names it as the source of that example.
        </p>
      )}
      {remove.isError && (
        <Alert tone="error" title="The candidate was not removed">
          {errorMessage(remove.error)}
        </Alert>
      )}
      {picks.reviewerIds.length === 0 && <p>No reviewer has picked a candidate of {category.name} yet.</p>}
      <Button
        variant="primary"
        disabled={chosen.length === 0 || chosen.length > EXAMPLES_PER_CATEGORY || take.isPending}
        onClick={() =>
          take.mutate({ categoryId: category.id, candidateIds: chosen }, { onSuccess: () => setChosen([]) })
        }
      >
        Take {plural(chosen.length, 'example')} of {category.name} into version {target}
      </Button>
      {chosen.length > EXAMPLES_PER_CATEGORY && (
        <p role="status">A category holds at most {EXAMPLES_PER_CATEGORY} examples.</p>
      )}
      {take.isSuccess && (
        <Alert tone="success" title={`Version ${take.data.version} holds the new examples of ${category.name}.`} />
      )}
      {take.isError && (
        <Alert tone="error" title="The examples were not taken">
          {errorMessage(take.error)}
        </Alert>
      )}
    </div>
  );
}
