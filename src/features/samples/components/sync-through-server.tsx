import { useState, type FormEvent } from 'react';
import type { Sample } from '../../../domain/sampling/sample';
import { useProvisionSample } from '../../../queries/sync-queries';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';
import { ProgressBar } from '../../../ui/progress-bar';
import { ServerCredentials } from './server-credentials';

const field = 'mt-1 rounded border border-slate-300 px-2 py-1';

/**
 * The sample through a CouchDB server (README "Several sites"): the server administrator's user
 * and password, used once and kept in memory only, create one database and user per reviewer,
 * each holding that reviewer's encrypted packet. Each reviewer's access is shown once.
 */
export function SyncThroughServer({ sample }: { sample: Sample }) {
  const provision = useProvisionSample(sample.studyId, sample.sampleId);
  const [serverUrl, setServerUrl] = useState(() => `${window.location.origin}/couchdb`);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [instructions, setInstructions] = useState('');
  const [progress, setProgress] = useState(0);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setProgress(0);
    provision.mutate(
      {
        serverUrl: serverUrl.trim().replace(/\/+$/, ''),
        admin: { username: username.trim(), password },
        includeMetadata: false,
        instructions,
        dueDate: null,
        onProgress: setProgress,
      },
      { onSettled: () => setPassword('') },
    );
  };

  return (
    <details className="text-sm">
      <summary className="cursor-pointer">Sync through a server</summary>
      {provision.data ? (
        <div className="mt-2 space-y-2">
          <Alert tone="success" title={`${provision.data.reviewers.length} reviewer databases are ready on the server`}>
            <p>
              Send each reviewer their database address, user name and password, and the passphrase by another channel.
              They are shown only now; labels arrive here as the reviewers make them.
            </p>
          </Alert>
          <ul aria-label="Server access of each reviewer" className="space-y-2">
            {provision.data.reviewers.map((r) => (
              <ServerCredentials key={r.reviewerId} reviewer={r} />
            ))}
          </ul>
          <Button onClick={() => provision.reset()}>I have noted every reviewer's access</Button>
        </div>
      ) : (
        <form onSubmit={submit} aria-label={`Sync ${sample.name} through a server`} className="mt-2 space-y-2">
          <p>
            The server administrator's user and password create the reviewers' databases and users; Concord keeps them
            only for this step.
          </p>
          <label className="flex flex-col">
            Server address
            <input
              value={serverUrl}
              onChange={(e) => setServerUrl(e.target.value)}
              required
              className={`${field} w-full max-w-96`}
            />
          </label>
          <label className="flex flex-col">
            Administrator user
            <input
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              required
              autoComplete="off"
              className={`${field} w-64`}
            />
          </label>
          <label className="flex flex-col">
            Administrator password
            <input
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
              autoComplete="off"
              className={`${field} w-64`}
            />
          </label>
          <label className="flex flex-col">
            Instructions for the reviewers
            <textarea
              value={instructions}
              onChange={(e) => setInstructions(e.target.value)}
              rows={2}
              dir="auto"
              className={field}
            />
          </label>
          <Button type="submit" variant="primary" disabled={provision.isPending}>
            {provision.isPending ? 'Provisioning…' : 'Provision on the server'}
          </Button>
          {provision.isPending && (
            <div className="w-full max-w-80">
              <ProgressBar label="Encrypting the packets" value={Math.round(progress * 100)} max={100} />
            </div>
          )}
          {provision.isError && (
            <Alert tone="error" title="The server was not provisioned">
              {errorMessage(provision.error)}
            </Alert>
          )}
        </form>
      )}
    </details>
  );
}
