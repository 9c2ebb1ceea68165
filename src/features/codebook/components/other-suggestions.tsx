import { useQuery } from '@tanstack/react-query';
import { suggestionToCategory } from '../../../domain/codebook/other-suggestions';
import type { CodebookVersion } from '../../../domain/codebook/codebook';
import { useSaveCodebook } from '../../../queries/codebook-queries';
import { ratingQueries } from '../../../queries/rating-queries';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';

/** Every reviewer's Other suggestions, grouped, each one click from a category of the next draft. */
export function OtherSuggestions({ latest }: { latest: CodebookVersion }) {
  const { data: groups = [] } = useQuery(ratingQueries.otherSuggestions(latest.studyId));
  const save = useSaveCodebook(latest.studyId);
  const taken = new Set(latest.categories.map((c) => c.name.toLowerCase()));
  return (
    <section aria-labelledby="suggestions-heading" className="space-y-2 text-sm">
      <h2 id="suggestions-heading" className="text-lg font-semibold">
        Other suggestions
      </h2>
      {groups.length === 0 ? (
        <p>No reviewer has suggested a name for an Other label yet.</p>
      ) : (
        <ul aria-label="Other suggestions" className="space-y-1">
          {groups.map((g) => (
            <li
              key={g.key}
              className="flex flex-wrap items-center justify-between gap-2 rounded bg-white p-2 shadow-sm"
            >
              <span>
                <strong>{g.name}</strong> · {g.count} {g.count === 1 ? 'time' : 'times'} by {g.reviewerIds.length}{' '}
                reviewer(s) · threads {g.threadIds.join(', ')}
              </span>
              <Button
                disabled={taken.has(g.name.toLowerCase()) || save.isPending}
                onClick={() => {
                  const category = suggestionToCategory(g, latest.categories);
                  const categories = [
                    ...latest.categories.filter((c) => !c.isOther),
                    category,
                    ...latest.categories.filter((c) => c.isOther),
                  ];
                  save.mutate({ categories, why: `Other suggestion "${g.name}" (${g.count}) made a category` });
                }}
              >
                {taken.has(g.name.toLowerCase()) ? 'Already a category' : 'Make it a category of the draft'}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {save.isError && (
        <Alert tone="error" title="The category was not added">
          {errorMessage(save.error)}
        </Alert>
      )}
    </section>
  );
}
