import { describe, expect, it } from 'vitest';
import { asStudyId } from '../ids';
import { anaFile, anaRating, ben, context, sample, sentPacket } from './packet-fixture';
import { verifyLabelsFile } from './verify-labels-file';

const file = anaFile([anaRating('t1', 'Coding'), anaRating('t2', 'Brainstorming')], 0);

describe('verifyLabelsFile', () => {
  it('accepts a file answering the packet this study sent', () => {
    expect(verifyLabelsFile(file, context())).toEqual([]);
  });

  it('names a file of another study, a packet never sent, another SHA-256', () => {
    expect(verifyLabelsFile({ ...file, study: { id: asStudyId('other') } }, context())).toEqual([
      'it belongs to another study, not this one',
    ]);
    expect(verifyLabelsFile(file, context({ packet: null }))).toEqual([
      'it answers packet packet-ana, which this study never sent',
    ]);
    expect(verifyLabelsFile({ ...file, packetSha256: 'b'.repeat(64) }, context())).toEqual([
      'it names packet packet-ana with another SHA-256 than the packet this study sent',
    ]);
  });

  it('names another sample, another reviewer, a reviewer no longer of the sample', () => {
    expect(verifyLabelsFile({ ...file, sample: { id: 'sample-2' as typeof file.sample.id } }, context())[0]).toMatch(
      /for sample sample-2, but packet packet-ana was for another sample/,
    );
    expect(verifyLabelsFile({ ...file, reviewer: { id: ben } }, context())).toEqual([
      'it is from reviewer ben, but packet packet-ana was sent to another reviewer',
    ]);
    expect(verifyLabelsFile(file, context({ sample: { ...sample, reviewerIds: [ben] } }))).toEqual([
      'reviewer ana is no longer a reviewer of the sample',
    ]);
    expect(verifyLabelsFile(file, context({ sample: null }))).toEqual([
      'its sample sample-1 no longer exists in this study',
    ]);
  });

  it('names every rating outside the packet, twice, under an unknown version or with an unknown category', () => {
    const bad = anaFile(
      [
        anaRating('t3', 'Coding'),
        anaRating('t1', 'Coding'),
        anaRating('t1', 'Coding'),
        anaRating('t2', 'Coding', 0, { codebookVersion: 9 }),
        anaRating('t4', 'Poetry'),
      ],
      0,
    );
    // buildLabelsFile sorts by thread: t1, t1, t2, t3, t4.
    expect(verifyLabelsFile(bad, context())).toEqual([
      'rating 2 (thread t1): the thread is rated twice',
      'rating 3 (thread t2): codebook version 9 is unknown to this study',
      "rating 4 (thread t3): the thread is not in this reviewer's packet",
      'rating 5 (thread t4): "Poetry" is not a category of codebook version 1',
    ]);
    expect(sentPacket.threadIds).not.toContain('t3');
  });
});
