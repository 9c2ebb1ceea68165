import type { ConcordDatabase } from '../db/database';
import { mergeLabelsFile } from '../db/repos/merge-labels-file';
import { ensureStudyAgeKeys, readPacketSources } from '../db/repos/packets';
import { openPacketWorkspace, readWorkspaceLabels } from '../db/repos/workspaces';
import { exportFileName } from '../domain/exports/file-names';
import { buildLabelsFile } from '../domain/packets/labels-file';
import type { LabelsImportResult } from '../domain/packets/labels-merge';
import { generatePassphrase } from '../domain/packets/passphrase';
import { PacketFileError } from '../domain/packets/packet-file-error';
import type { SentPacket } from '../domain/packets/packet-records';
import { readLabelsFileText, readReviewerPacketText } from '../domain/packets/read-packet-envelope';
import { buildReviewerPacket } from '../domain/packets/reviewer-packet';
import { workspaceRecords } from '../domain/packets/reviewer-workspace';
import { decryptAgeFile, encryptToRecipient, encryptWithPassphrase, generateStudyKeys, sha256Hex } from './age-files';
import { errorToData } from './backup-protocol';
import type { PacketRequest, PacketResponse, PacketResults } from './packet-protocol';
import { stepTimer } from './step-timer';

const randomUint32 = () => crypto.getRandomValues(new Uint32Array(1))[0]!;
/**
 * JSON as UTF-8. `encodeInto` a buffer of the worst case (3 bytes a UTF-16 unit): Chromium's
 * `TextEncoder.encode` took 0.8–3.3 s on a 13.5 MB packet in a worker, `encodeInto` 0.1–0.2 s.
 */
function encode(value: unknown): Uint8Array {
  const text = JSON.stringify(value);
  const bytes = new Uint8Array(text.length * 3);
  return bytes.subarray(0, new TextEncoder().encodeInto(text, bytes).written);
}
const stamp = (iso: string) => iso.slice(0, 16).replace(/\D/g, '');

/** Runs one packet request (in the crypto worker, or in-process where there are no workers). */
export async function handlePacketRequest(
  db: ConcordDatabase,
  request: PacketRequest,
  post: (response: PacketResponse) => void,
): Promise<void> {
  try {
    post({ type: 'done', result: await run(db, request, (fraction) => post({ type: 'progress', fraction })) });
  } catch (error) {
    post({ type: 'error', error: errorToData(error) });
  }
}

async function run(
  db: ConcordDatabase,
  request: PacketRequest,
  progress: (fraction: number) => void,
): Promise<PacketResults[PacketRequest['type']]> {
  switch (request.type) {
    case 'make-packet':
      return makePacket(db, request);
    case 'open-packet':
      return openPacket(db, request, progress);
    case 'labels-file':
      return labelsFile(db, request);
    case 'import-labels':
      return importLabels(db, request, progress);
  }
}

/**
 * The packet of one reviewer of the sample, with its own passphrase, and the record of it sent
 * (stored by the page once every reviewer's is made). One reviewer a request, so the packets of a
 * sample are made side by side in as many workers: scrypt alone is ~1.5 s a packet on one core.
 */
export async function makePacket(db: ConcordDatabase, request: Extract<PacketRequest, { type: 'make-packet' }>) {
  await ensureStudyAgeKeys(db, request.studyId, generateStudyKeys);
  const sources = await readPacketSources(db, request.studyId, request.sampleId, request.reviewerId);
  const { reviewer } = sources;
  const packet = buildReviewerPacket({
    ...sources,
    packetId: crypto.randomUUID(),
    createdAt: request.now,
    instructions: request.instructions,
    dueDate: request.dueDate,
    includeMetadata: request.includeMetadata,
  });
  const passphrase = generatePassphrase(randomUint32);
  const bytes = await encryptWithPassphrase(encode(packet), passphrase);
  const fileName = exportFileName(['packet', sources.study.name, sources.sample.name, reviewer.name], 'age');
  const sent: SentPacket = {
    studyId: request.studyId,
    packetId: packet.packetId,
    sampleId: request.sampleId,
    reviewerId: reviewer.reviewerId,
    sentAt: request.now,
    sha256: await sha256Hex(bytes),
    threadIds: packet.threads.map((t) => t.threadId),
    codebookVersion: packet.codebook.version,
    includesMetadata: request.includeMetadata,
  };
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' });
  return {
    packet: { reviewerId: reviewer.reviewerId, reviewerName: reviewer.name, fileName, bytes, blob, passphrase },
    sent,
  };
}

async function openPacket(
  db: ConcordDatabase,
  request: Extract<PacketRequest, { type: 'open-packet' }>,
  progress: (f: number) => void,
) {
  const step = stepTimer('open-packet');
  const bytes = new Uint8Array(await request.file.arrayBuffer());
  // WebCrypto hashes off this thread: started now, it is done by the time scrypt is.
  const sha256 = sha256Hex(bytes);
  step('read the file');
  progress(0.1);
  const plaintext = await decryptAgeFile(request.fileName, bytes, 'passphrase', request.passphrase, () =>
    step('decrypt: scrypt'),
  );
  step('decrypt: payload');
  progress(0.6);
  const text = new TextDecoder().decode(plaintext);
  step('UTF-8 decode');
  const { value: packet, problems } = readReviewerPacketText(text, step);
  if (!packet) throw new PacketFileError(request.fileName, problems.join('; '));
  progress(0.7);
  const records = workspaceRecords(packet, await sha256, request.now);
  step('build records');
  const { studyId, sampleId, reviewerId } = await openPacketWorkspace(db, records);
  step('IndexedDB transaction');
  progress(1);
  return { studyId, sampleId, reviewerId };
}

async function labelsFile(db: ConcordDatabase, request: Extract<PacketRequest, { type: 'labels-file' }>) {
  const { recipient, ...source } = await readWorkspaceLabels(db, request.workspaceStudyId, request.now);
  const bytes = await encryptToRecipient(encode(buildLabelsFile(source)), recipient);
  const study = await db.studies.get(request.workspaceStudyId);
  const names = [study?.workspace?.sampleName ?? '', study?.workspace?.reviewerName ?? ''];
  return { fileName: exportFileName(['labels', ...names, stamp(request.now)], 'age'), bytes };
}

/** Each file on its own: one refused file never stops the others, and is stored not at all. */
async function importLabels(
  db: ConcordDatabase,
  request: Extract<PacketRequest, { type: 'import-labels' }>,
  progress: (f: number) => void,
) {
  const study = await db.studies.get(request.studyId);
  if (!study) throw new Error(`importLabels: no study ${request.studyId}`);
  const results: LabelsImportResult[] = [];
  for (const { name, blob } of request.files) {
    try {
      if (!study.ageKeys)
        throw new PacketFileError(name, 'this study has sent no reviewer packet yet, so no labels file can be for it');
      const bytes = new Uint8Array(await blob.arrayBuffer());
      const plaintext = await decryptAgeFile(name, bytes, 'recipient', study.ageKeys.identity);
      const { value: file, problems } = readLabelsFileText(new TextDecoder().decode(plaintext));
      if (!file) throw new PacketFileError(name, problems.join('; '));
      results.push(
        await mergeLabelsFile(db, {
          studyId: request.studyId,
          file,
          fileName: name,
          fileSha256: await sha256Hex(bytes),
          importedAt: request.now,
          resolutions: request.resolutions,
        }),
      );
    } catch (error) {
      if (!(error instanceof PacketFileError)) throw error;
      results.push({ fileName: name, status: 'refused', added: 0, changed: 0, reason: error.reason, conflicts: [] });
    }
    progress(results.length / request.files.length);
  }
  return results;
}
