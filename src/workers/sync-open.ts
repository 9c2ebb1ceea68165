import type { ConcordDatabase } from '../db/database';
import { saveSyncAccount } from '../db/repos/sync-state';
import { openPacketWorkspace } from '../db/repos/workspaces';
import { PacketFileError } from '../domain/packets/packet-file-error';
import { readReviewerPacketText } from '../domain/packets/read-packet-envelope';
import { workspaceRecords } from '../domain/packets/reviewer-workspace';
import { PACKET_DOC_ID, packetDocSchema } from '../domain/sync/sync-docs';
import { decryptAgeFile, sha256Hex } from './age-files';
import { fromBase64 } from './sync-codec';
import { pouchProblem, remoteDatabase } from './sync-pouch';
import type { SyncRequest, SyncResults } from './sync-protocol';

const SOURCE = 'The packet on the server';

/** The server root and database name of a reviewer database's address, refused in words when it cannot be one. */
export function splitDatabaseUrl(address: string, origin: string | null): { serverUrl: string; database: string } {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new PacketFileError(SOURCE, `“${address}” is not a web address (it starts with https://)`);
  }
  // The page may only talk to its own origin (connect-src 'self'): the server sits behind /couchdb/.
  if (origin !== null && url.origin !== origin) {
    throw new PacketFileError(SOURCE, `its address must be on this site (${origin}/couchdb/…), not ${url.origin}`);
  }
  const parts = url.pathname.split('/').filter(Boolean);
  const database = parts.pop();
  if (!database) throw new PacketFileError(SOURCE, 'its address names no database (…/couchdb/<database>)');
  return {
    serverUrl: `${url.origin}${parts.length ? `/${parts.join('/')}` : ''}`,
    database: decodeURIComponent(database),
  };
}

/**
 * A reviewer opens their packet from their database on the server: the packet document read
 * with their user, checked (zod, SHA-256), decrypted with the passphrase and opened by the same
 * path as a packet file (`workspaceRecords`, `openPacketWorkspace`); then the account is kept so
 * the workspace replicates its labels.
 */
export async function openFromServer(
  db: ConcordDatabase,
  request: Extract<SyncRequest, { type: 'open-from-server' }>,
  origin: string | null,
): Promise<SyncResults['open-from-server']> {
  const { serverUrl, database } = splitDatabaseUrl(request.databaseUrl, origin);
  const credentials = { username: request.username.trim(), password: request.password };
  const remote = remoteDatabase(`${serverUrl}/${encodeURIComponent(database)}`, credentials);
  let doc: unknown;
  try {
    doc = await remote.get(PACKET_DOC_ID);
  } catch (error) {
    throw new PacketFileError(SOURCE, `it could not be read: ${pouchProblem(error)}`);
  } finally {
    void remote.close();
  }
  const parsed = packetDocSchema.safeParse(doc);
  if (!parsed.success) throw new PacketFileError(SOURCE, 'the database holds no Concord packet');
  const bytes = fromBase64(parsed.data.age);
  const sha256 = await sha256Hex(bytes);
  if (sha256 !== parsed.data.sha256) throw new PacketFileError(SOURCE, 'it was altered (its SHA-256 does not match)');
  const plaintext = await decryptAgeFile(SOURCE, bytes, 'passphrase', request.passphrase.trim());
  const { value: packet, problems } = readReviewerPacketText(new TextDecoder().decode(plaintext));
  if (!packet) throw new PacketFileError(SOURCE, problems.join('; '));
  const ids = await openPacketWorkspace(db, workspaceRecords(packet, sha256, request.now));
  await saveSyncAccount(db, {
    studyId: ids.studyId,
    role: 'reviewer',
    serverUrl,
    ...credentials,
    databases: [{ database, sampleId: ids.sampleId, reviewerId: ids.reviewerId, packetId: packet.packetId }],
  });
  return { studyId: ids.studyId, sampleId: ids.sampleId, reviewerId: ids.reviewerId };
}
