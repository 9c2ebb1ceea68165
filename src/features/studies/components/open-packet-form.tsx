import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { paths } from '../../../lib/paths';
import { warmCryptoWorker } from '../../../queries/crypto-channel';
import { useOpenPacket } from '../../../queries/packet-queries';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';
import { ProgressBar } from '../../../ui/progress-bar';

const field = 'mt-1 rounded border border-slate-300 px-2 py-1';

/** A reviewer opens the packet the lead sent: a workspace of their own queue, apart from any study here. */
export function OpenPacketForm() {
  const open = useOpenPacket();
  const [, navigate] = useLocation();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [progress, setProgress] = useState(0);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setProgress(0);
    open.mutate(
      { file, passphrase: passphrase.trim(), onProgress: setProgress },
      {
        onSuccess: (w) => navigate(paths.label.to(w.studyId, w.sampleId, w.reviewerId)),
      },
    );
  };

  return (
    <form onSubmit={submit} aria-label="Open a reviewer packet" className="space-y-2 text-sm">
      <h2 className="font-medium">Open a reviewer packet</h2>
      <p>The lead sent you a packet file, and its passphrase by another channel.</p>
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col">
          Packet file
          <input
            type="file"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              // Its worker loads while the passphrase is typed.
              warmCryptoWorker();
            }}
            disabled={open.isPending}
            className="mt-1"
          />
        </label>
        <label className="flex flex-col">
          Passphrase
          <input
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            required
            autoComplete="off"
            spellCheck={false}
            className={`${field} w-80`}
          />
        </label>
        <Button type="submit" variant="primary" disabled={open.isPending || !file}>
          Open packet
        </Button>
      </div>
      {open.isPending && (
        <div className="w-80">
          <ProgressBar label="Decrypting the packet" value={Math.round(progress * 100)} max={100} />
        </div>
      )}
      {open.isError && (
        <Alert tone="error" title={`${file?.name ?? 'The packet'} was not opened; nothing was stored`}>
          {errorMessage(open.error)}
        </Alert>
      )}
    </form>
  );
}
