import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { StudyId } from '../../../domain/ids';
import type { Reviewer } from '../../../domain/reviewer';
import { reviewerQueries, useAddReviewer } from '../../../queries/reviewer-queries';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';

const field = 'mt-1 rounded border border-slate-300 px-2 py-1';

/** Reviewer profiles of the study: no passwords, the device is the access control. */
export function ReviewersPanel({ studyId }: { studyId: StudyId }) {
  const { data: reviewers = [] } = useQuery(reviewerQueries.list(studyId));
  const add = useAddReviewer();
  const [name, setName] = useState('');
  const [initials, setInitials] = useState('');
  const [role, setRole] = useState<Reviewer['role']>('reviewer');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      { studyId, name, initials, role },
      {
        onSuccess: () => {
          setName('');
          setInitials('');
        },
      },
    );
  };

  return (
    <section aria-labelledby="reviewers-heading" className="space-y-2">
      <h2 id="reviewers-heading" className="text-lg font-semibold">
        Reviewers
      </h2>
      {reviewers.length === 0 ? (
        <p className="text-sm">No reviewers yet. Add the physicians who will label.</p>
      ) : (
        <ul aria-label="Reviewers" className="flex flex-wrap gap-2 text-sm">
          {reviewers.map((r) => (
            <li key={r.reviewerId} className="rounded bg-white px-2 py-1 shadow-sm">
              {r.name} ({r.initials}) · {r.role}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} aria-label="Add a reviewer" className="flex flex-wrap items-end gap-2 text-sm">
        <label className="flex flex-col">
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} required className={field} />
        </label>
        <label className="flex flex-col">
          Initials
          <input
            value={initials}
            onChange={(e) => setInitials(e.target.value)}
            required
            maxLength={4}
            className={`${field} w-20`}
          />
        </label>
        <label className="flex flex-col">
          Role
          <select value={role} onChange={(e) => setRole(e.target.value as Reviewer['role'])} className={field}>
            <option value="reviewer">reviewer</option>
            <option value="lead">lead</option>
          </select>
        </label>
        <Button type="submit" disabled={add.isPending}>
          Add reviewer
        </Button>
      </form>
      {add.isError && (
        <Alert tone="error" title="The reviewer was not added">
          {errorMessage(add.error)}
        </Alert>
      )}
    </section>
  );
}
