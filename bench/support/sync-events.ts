// The sync bench's Node side: reviewers' label events made and written as their sync workers would,
// and the floor they are compared with (the same events read from the server, decrypted, checked
// and folded in Node, without a browser or IndexedDB).
import { Decrypter, Encrypter } from 'age-encryption';
import { asThreadId, type ReviewerId, type SampleId, type StudyId } from '../../src/domain/ids';
import { foldLabelEvents } from '../../src/domain/sync/fold-label-events';
import {
  labelEventId,
  labelEventPayloadSchema,
  type LabelEventDoc,
  type LabelEventPayload,
} from '../../src/domain/sync/sync-docs';

export interface Access {
  databaseUrl: string;
  username: string;
  password: string;
}

/** What the lead's IndexedDB knows of one reviewer database, as their packet would tell its reviewer. */
export interface BenchDatabase {
  database: string;
  sampleId: SampleId;
  reviewerId: ReviewerId;
  packetId: string;
  sha256: string;
}

export interface LeadRecords {
  studyId: StudyId;
  recipient: string;
  identity: string;
  databases: BenchDatabase[];
}

/**
 * Reads the lead's study, its age keys, its sync account's databases and their sent packets
 * straight from IndexedDB. A string, not a function: tsx compiles a function's inner arrows with
 * a `__name` helper the page lacks, and the ReferenceError, thrown in a callback, left the
 * promise (and the bench) waiting forever.
 */
export const LEAD_RECORDS_SCRIPT = (studyName: string) => `new Promise((resolve, reject) => {
  const open = indexedDB.open('concord');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    try {
      const tx = open.result.transaction(['studies', 'syncAccounts', 'sentPackets'], 'readonly');
      tx.onerror = () => reject(tx.error);
      const got = {};
      for (const store of ['studies', 'syncAccounts', 'sentPackets']) {
        const request = tx.objectStore(store).getAll();
        request.onsuccess = () => { got[store] = request.result; };
      }
      tx.oncomplete = () => {
        open.result.close();
        const study = got.studies.find((s) => s.name === ${JSON.stringify(studyName)});
        const account = study && got.syncAccounts.find((a) => a.studyId === study.id);
        if (!account) return reject(new Error('no study ' + ${JSON.stringify(studyName)} + ' with a sync account'));
        const sha = new Map(got.sentPackets.map((p) => [p.packetId, p.sha256]));
        resolve({
          studyId: study.id,
          recipient: study.ageKeys.recipient,
          identity: study.ageKeys.identity,
          databases: account.databases.map((d) => ({ ...d, sha256: sha.get(d.packetId) })),
        });
      };
    } catch (error) {
      reject(error);
    }
  };
})`;

const authorization = (a: { username: string; password: string }) =>
  `Basic ${Buffer.from(`${a.username}:${a.password}`).toString('base64')}`;

/** One reviewer's label events, one per thread, age-encrypted to the study's key as their sync worker seals them. */
export async function makeEvents(d: BenchDatabase, threadIds: string[], recipient: string): Promise<LabelEventDoc[]> {
  const docs: LabelEventDoc[] = [];
  for (const [i, threadId] of threadIds.entries()) {
    const seq = i + 1;
    const at = new Date(Date.UTC(2026, 11, 1, 9, 0, seq)).toISOString();
    const payload: LabelEventPayload = {
      createdAt: at,
      packetId: d.packetId,
      packetSha256: d.sha256,
      threadId,
      rating: {
        threadId: asThreadId(threadId),
        label: 'Coding',
        codebookVersion: 1,
        otherSuggestion: null,
        note: null,
        flagged: false,
        durationMs: 4000,
        updatedAt: at,
      },
      events: [{ at, action: 'rating.created', subject: threadId, from: null, to: 'Coding', why: null }],
    };
    const encrypter = new Encrypter();
    encrypter.addRecipient(recipient);
    const age = await encrypter.encrypt(JSON.stringify(payload));
    const nonce = ((seq * 2_654_435_761) >>> 0).toString(16).padStart(8, '0');
    docs.push({
      _id: labelEventId(d.reviewerId, seq, nonce),
      type: 'concord-label-event',
      reviewerId: d.reviewerId,
      threadId,
      seq,
      payload: Buffer.from(age).toString('base64'),
    });
  }
  return docs;
}

/** Puts a reviewer's events on the server with their own user (the validation function checks each). */
export async function writeEvents(access: Access, docs: LabelEventDoc[], timeoutMs: number): Promise<void> {
  const response = await fetch(`${access.databaseUrl}/_bulk_docs`, {
    method: 'POST',
    headers: { Authorization: authorization(access), 'Content-Type': 'application/json' },
    body: JSON.stringify({ docs }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const results = (await response.json()) as { error?: string; reason?: string }[];
  const refused = Array.isArray(results) ? results.filter((r) => r.error) : [results];
  if (!response.ok || refused.length)
    throw new Error(`writeEvents ${access.databaseUrl}: ${response.status} ${JSON.stringify(refused[0] ?? results)}`);
}

/**
 * The floor: every database's changes read in batches of 500 (as the lead's inbox does), each
 * payload decrypted with the study's identity and checked (zod), and each reviewer's events folded
 * into one labels file, in Node. Resolves with how many events were read.
 */
export async function readAndFold(
  serverUrl: string,
  admin: { username: string; password: string },
  lead: LeadRecords,
  timeoutMs: number,
): Promise<number> {
  let read = 0;
  for (const d of lead.databases) {
    const payloads: { seq: number; payload: LabelEventPayload }[] = [];
    let since = '0';
    for (;;) {
      const url = `${serverUrl}/${encodeURIComponent(d.database)}/_changes?include_docs=true&limit=500&since=${encodeURIComponent(since)}`;
      const response = await fetch(url, {
        headers: { Authorization: authorization(admin) },
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) throw new Error(`readAndFold: ${url} answered ${response.status}`);
      const changes = (await response.json()) as { results: { doc?: LabelEventDoc }[]; last_seq: string | number };
      for (const { doc } of changes.results) {
        if (doc?.type !== 'concord-label-event') continue;
        const decrypter = new Decrypter();
        decrypter.addIdentity(lead.identity);
        const text = await decrypter.decrypt(Buffer.from(doc.payload, 'base64'), 'text');
        payloads.push({ seq: doc.seq, payload: labelEventPayloadSchema.parse(JSON.parse(text)) });
      }
      since = String(changes.last_seq);
      if (changes.results.length < 500) break;
    }
    foldLabelEvents(payloads, {
      studyId: lead.studyId,
      sampleId: d.sampleId,
      reviewerId: d.reviewerId,
      packetId: d.packetId,
      packetSha256: d.sha256,
    });
    read += payloads.length;
  }
  return read;
}
