import { useState } from 'react';
import type { Category, CodebookVersion } from '../../../domain/codebook/codebook';
import type { CategoryPicks } from '../../../domain/codebook/compare-example-picks';
import { EXAMPLES_PER_CATEGORY } from '../../../domain/codebook/example-candidate';
import { plural } from '../../../domain/format-count';
import type { ReviewerId } from '../../../domain/ids';
import { useTakeExampleCandidates } from '../../../queries/example-candidate-queries';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

interface Props {
  latest: CodebookVersion;
  category: Category;
  picks: CategoryPicks;
  names: ReadonlyMap<ReviewerId, string>;
}

/** The reviewers' picks of one category side by side, agreement marked; the lead ticks up to three to take. */
export function PicksComparison({ latest, category, picks, names }: Props) {
  const [chosen, setChosen] = useState<string[]>([]);
  const take = useTakeExampleCandidates(latest.studyId);
  const target = latest.frozen ? latest.version + 1 : latest.version;
  const toggle = (id: string) => setChosen((old) => (old.includes(id) ? old.filter((x) => x !== id) : [...old, id]));
  return (
    <div className="space-y-2 text-sm">
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
            </tr>
          ))}
        </tbody>
      </table>
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
