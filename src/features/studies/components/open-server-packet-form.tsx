import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { paths } from '../../../lib/paths';
import { useOpenFromServer } from '../../../queries/sync-queries';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';

const field = 'mt-1 rounded border border-slate-300 px-2 py-1';

/**
 * A reviewer opens the packet the lead put on the server: the same workspace as a packet file,
 * whose labels then replicate to the lead (offline too: they wait here until the server answers).
 */
export function OpenServerPacketForm() {
  const open = useOpenFromServer();
  const [, navigate] = useLocation();
  const [databaseUrl, setDatabaseUrl] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [passphrase, setPassphrase] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    open.mutate(
      { databaseUrl, username, password, passphrase },
      { onSuccess: (w) => navigate(paths.label.to(w.studyId, w.sampleId, w.reviewerId)) },
    );
  };

  return (
    <form onSubmit={submit} aria-label="Open a packet from a server" className="space-y-2 text-sm">
      <h2 className="font-medium">Open a packet from a server</h2>
      <p>The lead sent you a database address, a user name and a password, and the passphrase by another channel.</p>
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col">
          Database address
          <input
            type="url"
            value={databaseUrl}
            onChange={(e) => setDatabaseUrl(e.target.value)}
            required
            placeholder={`${window.location.origin}/couchdb/…`}
            className={`${field} w-full max-w-96`}
          />
        </label>
        <label className="flex flex-col">
          User name
          <input
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
            autoComplete="username"
            className={`${field} w-64`}
          />
        </label>
        <label className="flex flex-col">
          Password
          <input
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
            autoComplete="current-password"
            className={`${field} w-64`}
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
            className={`${field} w-full max-w-80`}
          />
        </label>
        <Button type="submit" variant="primary" disabled={open.isPending}>
          {open.isPending ? 'Opening…' : 'Open from server'}
        </Button>
      </div>
      {open.isError && (
        <Alert tone="error" title="The packet was not opened; nothing was stored">
          {errorMessage(open.error)}
        </Alert>
      )}
    </form>
  );
}
