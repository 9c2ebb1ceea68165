import type { Study } from '../../../domain/study';
import { downloadBytes } from '../../../lib/download';
import { useSendLabelsBack } from '../../../queries/packet-queries';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';

/** A labels file of every label so far, encrypted to the lead's study: as often as the reviewer likes. */
export function SendLabelsBack({ study }: { study: Study }) {
  const send = useSendLabelsBack(study.id);
  const click = () => send.mutate(undefined, { onSuccess: (file) => downloadBytes(file.fileName, file.bytes) });
  return (
    <span className="inline-flex flex-wrap items-center gap-2 text-sm">
      <Button onClick={click} disabled={send.isPending} aria-label={`Send labels back for ${study.name}`}>
        {send.isPending ? 'Encrypting labels…' : 'Send labels back'}
      </Button>
      {send.isSuccess && <span role="status">Downloaded {send.data.fileName}: send it to the lead.</span>}
      {send.isError && (
        <span role="alert" className="text-red-800">
          No labels file was made: {errorMessage(send.error)}
        </span>
      )}
    </span>
  );
}
