import type { ConcordDatabase } from '../db/database';
import { mergeLabelsFile } from '../db/repos/merge-labels-file';
import { ensureStudyAgeKeys, readPacketSources, recordSentPackets } from '../db/repos/packets';
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
import type { MadePacket, PacketRequest, PacketResponse, PacketResults } from './packet-protocol';

const randomUint32 = () => crypto.getRandomValues(new Uint32Array(1))[0]!;
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
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
    case 'send-packets':
      return sendPackets(db, request, progress);
    case 'open-packet':
      return openPacket(db, request, progress);
    case 'labels-file':
      return labelsFile(db, request);
    case 'import-labels':
      return importLabels(db, request, progress);
  }
}

/** One packet per reviewer, each with its own passphrase; recorded only once all are made. */
export async function sendPackets(
  db: ConcordDatabase,
  request: Extract<PacketRequest, { type: 'send-packets' }>,
  progress: (f: number) => void,
) {
  await ensureStudyAgeKeys(db, request.studyId, generateStudyKeys);
  const sources = await readPacketSources(db, request.studyId, request.sampleId);
  const made: MadePacket[] = [];
  const sent: SentPacket[] = [];
  for (const reviewer of sources.reviewers) {
    const packet = buildReviewerPacket({
      ...sources,
      reviewer,
      packetId: crypto.randomUUID(),
      createdAt: request.now,
      instructions: request.instructions,
      dueDate: request.dueDate,
      includeMetadata: request.includeMetadata,
    });
    const passphrase = generatePassphrase(randomUint32);
    const bytes = await encryptWithPassphrase(encode(packet), passphrase);
    const fileName = exportFileName(['packet', sources.study.name, sources.sample.name, reviewer.name], 'age');
    made.push({ reviewerId: reviewer.reviewerId, reviewerName: reviewer.name, fileName, bytes, passphrase });
    sent.push({
      studyId: request.studyId,
      packetId: packet.packetId,
      sampleId: request.sampleId,
      reviewerId: reviewer.reviewerId,
      sentAt: request.now,
      sha256: await sha256Hex(bytes),
      threadIds: packet.threads.map((t) => t.threadId),
      codebookVersion: packet.codebook.version,
      includesMetadata: request.includeMetadata,
    });
    progress(made.length / sources.reviewers.length);
  }
  await recordSentPackets(db, sent);
  return { packets: made };
}

async function openPacket(
  db: ConcordDatabase,
  request: Extract<PacketRequest, { type: 'open-packet' }>,
  progress: (f: number) => void,
) {
  const bytes = new Uint8Array(await request.file.arrayBuffer());
  progress(0.1);
  const plaintext = await decryptAgeFile(request.fileName, bytes, 'passphrase', request.passphrase);
  progress(0.6);
  const { value: packet, problems } = readReviewerPacketText(new TextDecoder().decode(plaintext));
  if (!packet) throw new PacketFileError(request.fileName, problems.join('; '));
  progress(0.7);
  const { studyId, sampleId, reviewerId } = await openPacketWorkspace(
    db,
    workspaceRecords(packet, await sha256Hex(bytes), request.now),
  );
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
