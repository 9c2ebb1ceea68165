import { useRef } from 'react';
import type { Study, StudyRecordCounts } from '../../../domain/study';
import { useDeleteStudy } from '../../../queries/study-queries';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';

export function DeleteStudyButton({
  study,
  onDeleted,
}: {
  study: Study;
  onDeleted: (name: string, counts: StudyRecordCounts) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const remove = useDeleteStudy();

  // mutateAsync, not mutate's callbacks: this button unmounts as soon as the list refetches.
  const confirm = async () => {
    const counts = await remove.mutateAsync(study.id).catch(() => null);
    if (!counts) return;
    dialog.current?.close();
    onDeleted(study.name, counts);
  };

  return (
    <>
      <Button variant="secondary" onClick={() => dialog.current?.showModal()} aria-label={`Delete study ${study.name}`}>
        Delete
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={`delete-${study.id}`}
        className="m-auto max-w-md rounded p-4 shadow-xl backdrop:bg-black/40"
      >
        <h2 id={`delete-${study.id}`} className="text-lg font-semibold">
          Delete “{study.name}”?
        </h2>
        <p className="my-2 text-sm">
          Every thread, label, codebook version, sample, rating, decision and audit event of this study is removed from
          this browser. This cannot be undone.
        </p>
        {remove.isError && (
          <p role="alert" className="text-sm text-red-800">
            {errorMessage(remove.error)}
          </p>
        )}
        <div className="mt-4 flex justify-end gap-2">
          <Button onClick={() => dialog.current?.close()}>Keep it</Button>
          <Button variant="danger" onClick={() => void confirm()} disabled={remove.isPending}>
            Delete study
          </Button>
        </div>
      </dialog>
    </>
  );
}
