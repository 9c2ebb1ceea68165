import { describe, expect, it } from 'vitest';
import { asReviewerId, asSampleId, asStudyId, asThreadId } from '../ids';
import { emptySummary } from '../study-summary';
import { MAX_BACKUP_PROBLEMS, parseStudyBackup, readStudyBackupText } from './read-study-backup';
import { studyBackupParts, type StudyBackup } from './study-backup';

const studyId = asStudyId('s1');
const meta = {
  studyId,
  userId: 'u1',
  department: null,
  role: 'Scheduler',
  createdAt: null,
  turnCount: 1,
  length: 5,
  preview: 'hello',
  ordinal: 0,
};

function backup(): StudyBackup {
  return {
    format: 'concord-study-backup',
    version: 1,
    exportedAt: '2026-04-01T00:00:00Z',
    study: {
      id: studyId,
      name: 'Pilot',
      createdAt: '2026-01-01T00:00:00Z',
      isDemo: false,
      frequentUserThreshold: 5,
      summary: { ...emptySummary(), threadCount: 2 },
    },
    tables: {
      threads: [
        { ...meta, threadId: asThreadId('t1'), turns: ['hello'] },
        { ...meta, threadId: asThreadId('t2'), turns: ['"quoted"\n', '=1+1'], ordinal: 1 },
      ],
      threadPages: [{ studyId, page: 0, threads: [{ ...meta, threadId: asThreadId('t1') }] }],
      llmRuns: [],
      llmLabels: [],
      codebooks: [],
      reviewers: [],
      samples: [],
      ratings: [
        {
          studyId,
          sampleId: asSampleId('p'),
          reviewerId: asReviewerId('r1'),
          threadId: asThreadId('t1'),
          label: 'Other',
          codebookVersion: 1,
          otherSuggestion: 'Parking',
          note: 'n',
          flagged: true,
          durationMs: 1200,
          updatedAt: '2026-02-01T00:00:00Z',
        },
      ],
      pendingAnnotations: [
        {
          studyId,
          sampleId: asSampleId('p'),
          reviewerId: asReviewerId('r1'),
          threadId: asThreadId('t2'),
          note: 'two intents',
          flagged: false,
          updatedAt: '2026-02-01T00:00:00Z',
        },
      ],
      decisions: [],
      sentPackets: [
        {
          studyId,
          packetId: 'k1',
          sampleId: asSampleId('p'),
          reviewerId: asReviewerId('r1'),
          sentAt: '2026-02-01T00:00:00Z',
          sha256: 'ab',
          threadIds: [asThreadId('t1')],
          codebookVersion: 1,
          includesMetadata: false,
        },
      ],
      labelsReceipts: [
        {
          studyId,
          packetId: 'k1',
          sampleId: asSampleId('p'),
          reviewerId: asReviewerId('r1'),
          lastFileAt: '2026-02-02T00:00:00Z',
          lastFileSha256: 'cd',
          importedAt: '2026-02-03T00:00:00Z',
          delivered: { t1: '2026-02-01T00:00:00Z' },
          eventCount: 1,
        },
      ],
      auditEvents: [
        {
          studyId,
          at: '2026-01-01T00:00:00Z',
          actor: 'lead',
          action: 'study.created',
          subject: 's1',
          from: null,
          to: 'Pilot',
          why: null,
        },
      ],
    },
  };
}

describe('studyBackupParts', () => {
  it('joins to the JSON of the backup, whatever the part size', () => {
    for (const size of [1, 2, 500]) {
      expect(studyBackupParts(backup(), size).join('')).toBe(JSON.stringify(backup()));
    }
  });
});

describe('parseStudyBackup', () => {
  it('reads back what was written, keeping fields it does not know', () => {
    const written = backup();
    (written.tables.ratings[0] as unknown as Record<string, unknown>).addedLater = 7;
    const { backup: read, problems } = readStudyBackupText(studyBackupParts(written).join(''));
    expect(problems).toEqual([]);
    expect(read).toEqual(written);
  });

  it('reads a backup made before notes could precede labels as having none', () => {
    const { pendingAnnotations: _, ...older } = backup().tables;
    const { backup: read, problems } = parseStudyBackup({ ...backup(), tables: older });
    expect(problems).toEqual([]);
    expect(read?.tables.pendingAnnotations).toEqual([]);
  });

  it('refuses other files, newer and unknown versions, in words', () => {
    expect(readStudyBackupText('{"format": "concord-study-backup", ').problems[0]).toMatch(/^The file is not JSON/);
    expect(parseStudyBackup([]).problems).toEqual([
      'The file holds no JSON object, so it is not a Concord study backup.',
    ]);
    expect(parseStudyBackup({ format: 'concord-sample-manifest' }).problems).toEqual([
      'The file is not a Concord study backup: its format is "concord-sample-manifest", not "concord-study-backup".',
    ]);
    expect(parseStudyBackup({ ...backup(), version: 2 }).problems[0]).toMatch(/version 2, made by a newer Concord/);
    expect(parseStudyBackup({ ...backup(), version: '1' }).problems).toEqual(['The backup\'s version "1" is unknown.']);
  });

  it('names the table and the record of every broken record', () => {
    const broken = JSON.parse(JSON.stringify(backup())) as Record<string, Record<string, unknown[]>>;
    (broken.tables!.threads![1] as Record<string, unknown>).turns = 'not a list';
    (broken.tables!.ratings![0] as Record<string, unknown>).flagged = 'yes';
    delete broken.tables!.decisions;
    const { backup: read, problems } = parseStudyBackup(broken);
    expect(read).toBeNull();
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^threads, record 2: turns: .*expected array/);
    expect(problems[1]).toMatch(/^ratings, record 1: flagged: .*expected boolean/);
    expect(problems[2]).toMatch(/^tables\.decisions: .*expected array/);
  });

  it('refuses records of another study and repeated keys', () => {
    const b = backup();
    b.tables.threads[1] = { ...b.tables.threads[1]!, threadId: asThreadId('t1') };
    b.tables.auditEvents[0] = { ...b.tables.auditEvents[0]!, studyId: asStudyId('other') };
    expect(parseStudyBackup(b).problems).toEqual([
      'threads, record 2: t1 is already record 1.',
      'auditEvents, record 1: belongs to study "other", not to the backed-up study "s1".',
    ]);
  });

  it('lists at most 20 problems and counts the rest', () => {
    const b = backup();
    b.tables.threads = Array.from({ length: 30 }, (_, i) => ({
      ...meta,
      threadId: asThreadId(`t${i}`),
      turns: [],
      studyId: asStudyId('x'),
    }));
    const { problems } = parseStudyBackup(b);
    expect(problems).toHaveLength(MAX_BACKUP_PROBLEMS + 1);
    expect(problems.at(-1)).toBe('… and 10 more problems.');
  });
});
