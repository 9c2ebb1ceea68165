// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import { freshDatabase } from '../../../../tests/support/database';
import { renderApp } from '../../../../tests/support/render-app';
import type { ConcordDatabase } from '../../../db/database';
import { OpenServerPacketForm } from './open-server-packet-form';

let db: ConcordDatabase;
afterEach(() => db?.delete());

test('a server that does not answer is said in words, and nothing is stored', async () => {
  db = freshDatabase();
  const user = userEvent.setup();
  renderApp(<OpenServerPacketForm />, { db });
  const form = screen.getByRole('form', { name: 'Open a packet from a server' });
  expect(form).toBeInTheDocument();
  // Port 9 (discard) has no listener here: the request fails as an unreachable server does.
  await user.type(screen.getByRole('textbox', { name: 'Database address' }), 'http://127.0.0.1:9/couchdb/concord-db');
  await user.type(screen.getByRole('textbox', { name: 'User name' }), 'reviewer');
  await user.type(screen.getByLabelText('Password'), 'a-password-of-twenty-chars');
  await user.type(screen.getByRole('textbox', { name: 'Passphrase' }), 'six words of a passphrase here');
  await user.click(screen.getByRole('button', { name: 'Open from server' }));
  const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
  expect(alert).toHaveTextContent('The packet was not opened; nothing was stored');
  expect(alert).toHaveTextContent('it could not be read: the server cannot be reached');
  expect(await db.studies.count()).toBe(0);
  expect(await db.syncAccounts.count()).toBe(0);
});
