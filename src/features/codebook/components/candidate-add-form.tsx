import { useState } from 'react';
import type { Category } from '../../../domain/codebook/codebook';
import type { StudyId } from '../../../domain/ids';
import { useAddExampleCandidates } from '../../../queries/example-candidate-queries';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';

/** Types one more candidate example of a category. */
export function CandidateAddForm({ studyId, category }: { studyId: StudyId; category: Category }) {
  const [text, setText] = useState('');
  const add = useAddExampleCandidates(studyId);
  const id = `new-candidate-${category.id}`;
  return (
    <form
      className="space-y-1 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate([{ categoryId: category.id, text }], { onSuccess: () => setText('') });
      }}
    >
      <label htmlFor={id} className="block">
        New candidate for {category.name}
      </label>
      <textarea
        id={id}
        dir="auto"
        rows={2}
        value={text}
        onChange={(e) => setText(e.target.value)}
        className="w-full rounded border border-slate-300 px-2 py-1"
      />
      <Button type="submit" disabled={text.trim() === '' || add.isPending}>
        Add candidate to {category.name}
      </Button>
      {add.isError && (
        <Alert tone="error" title="The candidate was not added">
          {errorMessage(add.error)}
        </Alert>
      )}
    </form>
  );
}
