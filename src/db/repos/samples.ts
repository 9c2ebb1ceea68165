import type { ConcordDatabase } from '../database';
import { studyRange } from '../database';
import type { SampleId, StudyId, ThreadId } from '../../domain/ids';
import type { Sample } from '../../domain/sampling/sample';

export async function listSamples(db: ConcordDatabase, studyId: StudyId): Promise<Sample[]> {
  const [lo, hi] = studyRange(studyId);
  const samples = await db.samples.where(':id').between(lo, hi, true, true).toArray();
  return samples.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function getSample(db: ConcordDatabase, studyId: StudyId, sampleId: SampleId): Promise<Sample | null> {
  return (await db.samples.get([studyId, sampleId])) ?? null;
}

/** Thread ids that are in any sample of the study: excluded from new samples by default. */
export async function listSampledThreadIds(db: ConcordDatabase, studyId: StudyId): Promise<Set<ThreadId>> {
  const ids = new Set<ThreadId>();
  for (const s of await listSamples(db, studyId)) for (const id of s.threadIds) ids.add(id);
  return ids;
}

/** Why an assignment cannot be stored: every thread, and only those, to two or more of the sample's reviewers. */
function assignmentProblem(sample: Sample): string | null {
  const { assignment } = sample;
  if (!assignment) return null;
  if (Object.keys(assignment).length !== sample.threadIds.length)
    return 'the assignment must cover exactly the threads of the sample';
  for (const id of sample.threadIds) {
    const to = assignment[id];
    if (!to || new Set(to).size !== to.length || to.length < 2 || to.some((r) => !sample.reviewerIds.includes(r))) {
      return `thread ${id} must be assigned to two or more distinct reviewers of the sample`;
    }
  }
  return null;
}

/** Stores a drawn sample with an audit event, in one transaction. */
export async function createSample(db: ConcordDatabase, sample: Sample): Promise<Sample> {
  if (sample.reviewerIds.length < 2) throw new Error('createSample: a sample needs at least two reviewers');
  if (sample.threadIds.length === 0) throw new Error('createSample: a sample needs at least one thread');
  const problem = assignmentProblem(sample);
  if (problem) throw new Error(`createSample: ${problem}`);
  await db.transaction('rw', [db.samples, db.auditEvents], async () => {
    await db.samples.add(sample);
    await db.auditEvents.add({
      studyId: sample.studyId,
      at: sample.createdAt,
      actor: 'lead',
      action: 'sample.drawn',
      subject: sample.sampleId,
      from: null,
      to: `${sample.threadIds.length} threads, seed ${sample.seed}`,
      why: null,
    });
  });
  return sample;
}

type SampleSwitch = 'revealLlmAfterDone' | 'autoAcceptUnanimous';
const SWITCH_ACTIONS: Record<SampleSwitch, string> = {
  revealLlmAfterDone: 'sample.reveal-llm',
  autoAcceptUnanimous: 'sample.auto-accept-unanimous',
};

/** Turns one of the lead's per-sample settings on or off, with an audit event, in one transaction. */
async function setSampleSwitch(
  db: ConcordDatabase,
  studyId: StudyId,
  sampleId: SampleId,
  name: SampleSwitch,
  on: boolean,
  now: string,
): Promise<void> {
  await db.transaction('rw', [db.samples, db.auditEvents], async () => {
    const updated = await db.samples.update([studyId, sampleId], { [name]: on } as Partial<Pick<Sample, SampleSwitch>>);
    if (!updated) throw new Error(`${name}: no sample ${sampleId}`);
    await db.auditEvents.add({
      studyId,
      at: now,
      actor: 'lead',
      action: SWITCH_ACTIONS[name],
      subject: sampleId,
      from: String(!on),
      to: String(on),
      why: null,
    });
  });
}

/** The lead's per-sample choice to show the LLM's labels to reviewers who have finished. */
export const setRevealLlmAfterDone = (
  db: ConcordDatabase,
  studyId: StudyId,
  sampleId: SampleId,
  reveal: boolean,
  now: string,
) => setSampleSwitch(db, studyId, sampleId, 'revealLlmAfterDone', reveal, now);

/** The lead's per-sample choice: unanimous threads become final without a decision (default on). */
export const setAutoAcceptUnanimous = (
  db: ConcordDatabase,
  studyId: StudyId,
  sampleId: SampleId,
  auto: boolean,
  now: string,
) => setSampleSwitch(db, studyId, sampleId, 'autoAcceptUnanimous', auto, now);
