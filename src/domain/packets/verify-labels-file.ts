import type { StudyId } from '../ids';
import type { Sample } from '../sampling/sample';
import type { LabelsFile } from './labels-file';
import type { SentPacket } from './packet-records';

/** What the lead's study holds that a labels file is checked against (read by the repository). */
export interface LabelsFileContext {
  studyId: StudyId;
  /** The sent packet whose id the file names, or null when this study never sent it. */
  packet: SentPacket | null;
  /** The sample the file names, or null when the study has none by that id. */
  sample: Sample | null;
  /** Codebook version → its category names. */
  categoriesByVersion: ReadonlyMap<number, ReadonlySet<string>>;
}

const MAX_PROBLEMS = 20;

/**
 * Every reason a decrypted labels file may not be merged into the lead's study, in words (empty:
 * it may). It must answer a packet this study sent (same id and SHA-256), for that packet's
 * sample and reviewer, who is still a reviewer of the sample; each rating on a thread of that
 * packet, at most once, under a codebook version the study knows, with a category of that version.
 * A file of another study stops at that one problem: nothing else in it can be compared.
 */
export function verifyLabelsFile(file: LabelsFile, context: LabelsFileContext): string[] {
  if (file.study.id !== context.studyId) return ['it belongs to another study, not this one'];
  const { packet, sample } = context;
  if (!packet) return [`it answers packet ${file.packetId}, which this study never sent`];
  const problems: string[] = [];
  if (file.packetSha256 !== packet.sha256)
    problems.push(`it names packet ${file.packetId} with another SHA-256 than the packet this study sent`);
  if (file.sample.id !== packet.sampleId)
    problems.push(`it is for sample ${file.sample.id}, but packet ${file.packetId} was for another sample`);
  else if (!sample) problems.push(`its sample ${file.sample.id} no longer exists in this study`);
  if (file.reviewer.id !== packet.reviewerId)
    problems.push(`it is from reviewer ${file.reviewer.id}, but packet ${file.packetId} was sent to another reviewer`);
  else if (sample && !sample.reviewerIds.includes(file.reviewer.id))
    problems.push(`reviewer ${file.reviewer.id} is no longer a reviewer of the sample`);
  if (problems.length > 0) return problems;

  const inPacket = new Set<string>(packet.threadIds);
  const seen = new Set<string>();
  file.ratings.forEach((rating, i) => {
    const where = `rating ${i + 1} (thread ${rating.threadId})`;
    if (!inPacket.has(rating.threadId)) problems.push(`${where}: the thread is not in this reviewer's packet`);
    if (seen.has(rating.threadId)) problems.push(`${where}: the thread is rated twice`);
    seen.add(rating.threadId);
    const categories = context.categoriesByVersion.get(rating.codebookVersion);
    if (!categories) problems.push(`${where}: codebook version ${rating.codebookVersion} is unknown to this study`);
    else if (!categories.has(rating.label))
      problems.push(`${where}: "${rating.label}" is not a category of codebook version ${rating.codebookVersion}`);
  });
  return problems.length > MAX_PROBLEMS
    ? [...problems.slice(0, MAX_PROBLEMS), `and ${problems.length - MAX_PROBLEMS} more problems`]
    : problems;
}
