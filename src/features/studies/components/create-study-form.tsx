import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { paths } from '../../../lib/paths';
import { useCreateStudy } from '../../../queries/study-queries';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';

export function CreateStudyForm() {
  const [name, setName] = useState('');
  const create = useCreateStudy();
  const [, navigate] = useLocation();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(name, { onSuccess: (study) => navigate(paths.importThreads.to(study.id)) });
  };

  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-2" aria-label="New study">
      <label className="flex flex-col text-sm">
        New study name
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          className="mt-1 w-72 rounded border border-slate-300 px-2 py-1"
        />
      </label>
      <Button type="submit" variant="primary" disabled={create.isPending || !name.trim()}>
        Create study
      </Button>
      {create.isError && (
        <Alert tone="error" title="The study was not created">
          {errorMessage(create.error)}
        </Alert>
      )}
    </form>
  );
}
