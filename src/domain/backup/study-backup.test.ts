import { describe, expect, it } from 'vitest';
import { asCategoryId, asLlmRunId, asReviewerId, asSampleId, asStudyId, asThreadId } from '../ids';
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
      exampleCandidates: [
        {
          studyId,
          candidateId: 'c1',
          categoryId: asCategoryId('coding'),
          text: 'Fix my macro',
          source: 'typed',
          addedAt: '2026-02-01T00:00:00Z',
        },
      ],
      examplePicks: [
        {
          studyId,
          reviewerId: asReviewerId('r1'),
          candidateId: 'c1',
          categoryId: asCategoryId('coding'),
          pickedAt: '2026-02-02T00:00:00Z',
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

  it("reads a backup made before example candidates, and before the LLM's Other names, as having none", () => {
    const { exampleCandidates: _c, examplePicks: _p, ...older } = backup().tables;
    const run = { studyId, runId: asLlmRunId('run'), labels: { t1: 'Other' } };
    const { backup: read, problems } = parseStudyBackup({ ...backup(), tables: { ...older, llmLabels: [run] } });
    expect(problems).toEqual([]);
    expect([read?.tables.exampleCandidates, read?.tables.examplePicks]).toEqual([[], []]);
    expect(read?.tables.llmLabels).toEqual([run]);
  });

  it('carries the name, note and date of a run, reads a run made before runs had them as it was, and refuses a date that is not text', () => {
    const run = {
      studyId,
      runId: asLlmRunId('r1'),
      model: 'gpt-4o',
      source: 'labels.csv',
      importedAt: '2026-01-01T00:00:00Z',
      labelCounts: { Coding: 1 },
    };
    const described = {
      ...run,
      runId: asLlmRunId('r2'),
      name: 'Prompt v2',
      note: 'shorter definitions',
      ranAt: '2026-11-30 14:05',
    };
    const b = backup();
    b.tables.llmRuns = [run, described];
    const { backup: read, problems } = readStudyBackupText(studyBackupParts(b).join(''));
    expect(problems).toEqual([]);
    expect(read?.tables.llmRuns).toEqual([run, described]);
    b.tables.llmRuns = [{ ...described, ranAt: 20261130 as unknown as string }];
    expect(parseStudyBackup(b).problems[0]).toMatch(/^llmRuns, record 1: ranAt: .*expected string/);
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

  it("carries a receipt's kept local labels, reads a receipt without them, and refuses them in another shape", () => {
    const b = backup();
    const receipt = b.tables.labelsReceipts[0]!;
    b.tables.labelsReceipts = [
      { ...receipt, keptLocal: { t1: 'Coding' } },
      { ...receipt, packetId: 'k2' },
    ];
    const { backup: read, problems } = readStudyBackupText(studyBackupParts(b).join(''));
    expect(problems).toEqual([]);
    expect(read?.tables.labelsReceipts).toEqual(b.tables.labelsReceipts);
    for (const keptLocal of [['Coding'], { t1: 7 }, 'Coding']) {
      b.tables.labelsReceipts = [{ ...receipt, keptLocal: keptLocal as unknown as Record<string, string> }];
      expect(parseStudyBackup(b).problems[0]).toMatch(/^labelsReceipts, record 1: keptLocal/);
    }
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
