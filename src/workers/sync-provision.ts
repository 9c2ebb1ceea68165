import type { ConcordDatabase } from '../db/database';
import { recordSentPackets } from '../db/repos/packets';
import { getSyncAccount, saveSyncAccount } from '../db/repos/sync-state';
import { leadUserName, reviewerDatabaseName, reviewerUserName } from '../domain/sync/couch-names';
import { PACKET_DOC_ID } from '../domain/sync/sync-docs';
import { provisionSample } from '../sync/couch-admin';
import { makePacket } from './packet-tasks';
import { toBase64 } from './sync-codec';
import type { ProvisionedReviewer, SyncRequest } from './sync-protocol';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** 24 characters of a 57-letter alphabet (about 140 bits), drawn without modulo bias. */
export function generatePassword(length = 24): string {
  const chars: string[] = [];
  const limit = 256 - (256 % ALPHABET.length);
  while (chars.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < limit && chars.length < length) chars.push(ALPHABET[byte % ALPHABET.length]!);
    }
  }
  return chars.join('');
}

/**
 * Makes the sample's reviewer packets (as "Send to reviewers" does, recorded as sent) and puts
 * each into its reviewer's database on the server, with that reviewer's user, `_security` and
 * validation; then keeps the lead's user of the study (made once, reused) so this browser
 * replicates every reviewer database. The admin's password is used for this request only.
 */
export async function provisionReviewers(
  db: ConcordDatabase,
  request: Extract<SyncRequest, { type: 'provision' }>,
  progress: (fraction: number) => void,
): Promise<{ reviewers: ProvisionedReviewer[] }> {
  const { studyId, sampleId, serverUrl } = request;
  const sample = await db.samples.get([studyId, sampleId]);
  if (!sample) throw new Error(`The sample ${sampleId} is not in the study ${studyId}, so nothing was provisioned.`);
  const packets: Awaited<ReturnType<typeof makePacket>>[] = [];
  for (const reviewerId of sample.reviewerIds) {
    const { includeMetadata, instructions, dueDate, now } = request;
    packets.push(
      await makePacket(db, {
        type: 'make-packet',
        studyId,
        sampleId,
        reviewerId,
        includeMetadata,
        instructions,
        dueDate,
        now,
      }),
    );
    progress((packets.length / sample.reviewerIds.length) * 0.8);
  }
  await recordSentPackets(
    db,
    packets.map((p) => p.sent),
  );
  const known = await getSyncAccount(db, studyId);
  const lead = { username: leadUserName(studyId), password: known?.password ?? generatePassword() };
  const reviewers = packets.map(({ packet: made, sent: record }) => {
    const { sha256 } = record;
    return {
      made,
      record,
      database: reviewerDatabaseName(studyId, sampleId, made.reviewerId),
      username: reviewerUserName(studyId, sampleId, made.reviewerId),
      password: generatePassword(),
      packetDoc: {
        _id: PACKET_DOC_ID,
        type: 'concord-packet',
        packetId: record.packetId,
        sha256,
        age: toBase64(made.bytes),
      } as const,
    };
  });
  await provisionSample({
    serverUrl,
    admin: request.admin,
    lead,
    studyId,
    sampleId,
    reviewers: reviewers.map((r) => ({
      reviewerId: r.made.reviewerId,
      username: r.username,
      password: r.password,
      threadIds: r.record.threadIds,
      packetDoc: r.packetDoc,
    })),
  });
  progress(1);
  await saveSyncAccount(db, {
    studyId,
    role: 'lead',
    serverUrl,
    ...lead,
    databases: reviewers.map((r) => ({
      database: r.database,
      sampleId,
      reviewerId: r.made.reviewerId,
      packetId: r.record.packetId,
    })),
  });
  return {
    reviewers: reviewers.map((r) => ({
      reviewerId: r.made.reviewerId,
      reviewerName: r.made.reviewerName,
      databaseUrl: `${serverUrl}/${encodeURIComponent(r.database)}`,
      username: r.username,
      password: r.password,
      passphrase: r.made.passphrase,
    })),
  };
}
