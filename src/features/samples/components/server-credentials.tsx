import { useState } from 'react';
import type { ProvisionedReviewer } from '../../../queries/sync-queries';
import { Button } from '../../../ui/button';

function CopyField({ label, value, owner }: { label: string; value: string; owner: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(value);
    setCopied(true);
  };
  return (
    <p className="flex flex-wrap items-center gap-2">
      <span className="w-28">{label}:</span>
      <code aria-label={`${label} for ${owner}`} className="rounded bg-slate-100 px-2 py-1 break-all">
        {value}
      </code>
      <Button onClick={() => void copy()} aria-label={`Copy the ${label.toLowerCase()} for ${owner}`}>
        Copy
      </Button>
      {copied && <span role="status">Copied</span>}
    </p>
  );
}

/** What one reviewer needs to open their packet from the server: shown once, kept nowhere. */
export function ServerCredentials({ reviewer }: { reviewer: ProvisionedReviewer }) {
  const owner = reviewer.reviewerName;
  return (
    <li aria-label={`Server access for ${owner}`} className="space-y-1 rounded bg-white p-2 shadow-sm">
      <p>
        <strong>{owner}</strong>
      </p>
      <CopyField label="Database address" value={reviewer.databaseUrl} owner={owner} />
      <CopyField label="User name" value={reviewer.username} owner={owner} />
      <CopyField label="Password" value={reviewer.password} owner={owner} />
      <CopyField label="Passphrase" value={reviewer.passphrase} owner={owner} />
    </li>
  );
}
