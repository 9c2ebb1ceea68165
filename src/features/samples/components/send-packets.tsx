import { useState, type FormEvent } from 'react';
import type { Sample } from '../../../domain/sampling/sample';
import { downloadBytes } from '../../../lib/download';
import { useSendPackets, type SentPacketFile } from '../../../queries/packet-queries';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';

const field = 'mt-1 rounded border border-slate-300 px-2 py-1';

function PacketPassphrase({ packet }: { packet: SentPacketFile }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(packet.passphrase);
    setCopied(true);
  };
  return (
    <li className="space-y-1 rounded bg-white p-2 shadow-sm">
      <p>
        <strong>{packet.reviewerName}</strong>: {packet.fileName}
      </p>
      <p className="flex flex-wrap items-center gap-2">
        <span>Passphrase:</span>
        <code aria-label={`Passphrase for ${packet.reviewerName}`} className="rounded bg-slate-100 px-2 py-1">
          {packet.passphrase}
        </code>
        <Button onClick={() => void copy()} aria-label={`Copy the passphrase for ${packet.reviewerName}`}>
          Copy
        </Button>
        {copied && <span role="status">Copied</span>}
        <Button
          onClick={() => downloadBytes(packet.fileName, packet.bytes)}
          aria-label={`Download the packet for ${packet.reviewerName} again`}
        >
          Download again
        </Button>
      </p>
    </li>
  );
}

/**
 * One encrypted reviewer packet per reviewer of the sample. Each passphrase is shown once, here:
 * Concord keeps none, so a lost one means sending a new packet.
 */
export function SendPackets({ sample }: { sample: Sample }) {
  const send = useSendPackets(sample.studyId, sample.sampleId);
  const [instructions, setInstructions] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [includeMetadata, setIncludeMetadata] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate(
      { includeMetadata, instructions, dueDate: dueDate || null },
      {
        onSuccess: ({ packets }) => packets.forEach((p) => downloadBytes(p.fileName, p.bytes)),
      },
    );
  };

  return (
    <details className="text-sm">
      <summary className="cursor-pointer">Send to reviewers</summary>
      {send.data ? (
        <div className="mt-2 space-y-2">
          <Alert tone="success" title={`${send.data.packets.length} reviewer packets downloaded`}>
            <p>
              Send each file to its reviewer, and its passphrase by another channel (a phone call, a text message):
              never in the same e-mail as the file. The passphrases are shown only now.
            </p>
          </Alert>
          <ul aria-label="Packets and passphrases" className="space-y-2">
            {send.data.packets.map((p) => (
              <PacketPassphrase key={p.reviewerId} packet={p} />
            ))}
          </ul>
          <Button onClick={() => send.reset()}>I have noted every passphrase</Button>
        </div>
      ) : (
        <form onSubmit={submit} aria-label={`Send ${sample.name} to reviewers`} className="mt-2 space-y-2">
          <label className="flex flex-col">
            Instructions for the reviewers
            <textarea
              value={instructions}
              onChange={(e) => setInstructions(e.target.value)}
              rows={3}
              dir="auto"
              className={field}
            />
          </label>
          <label className="flex flex-col">
            Due date
            <input
              type="date"
              value={dueDate}
              onChange={(e) => setDueDate(e.target.value)}
              className={`${field} w-44`}
            />
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={includeMetadata} onChange={(e) => setIncludeMetadata(e.target.checked)} />
            Include thread metadata (department, role, date)
          </label>
          <Button type="submit" variant="primary" disabled={send.isPending}>
            {send.isPending ? 'Encrypting packets…' : 'Make reviewer packets'}
          </Button>
          {send.isError && (
            <Alert tone="error" title="No packet was made">
              {errorMessage(send.error)}
            </Alert>
          )}
        </form>
      )}
    </details>
  );
}
