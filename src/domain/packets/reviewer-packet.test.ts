import { describe, expect, it } from 'vitest';
import { ben, packetSource, reviewers, sample } from './packet-fixture';
import { buildReviewerPacket } from './reviewer-packet';

describe('buildReviewerPacket', () => {
  it("holds only the reviewer's own threads, in the sample's order, without metadata unless asked", () => {
    const packet = buildReviewerPacket(packetSource());
    expect(packet.threads.map((t) => t.threadId)).toEqual(['t1', 't2', 't4', 't5']);
    expect(packet.threads[0]).toEqual({ threadId: 't1', turns: ['prompt of t1'] });
    expect(packet.study).toEqual({ id: 'study-1', name: 'Chat study', recipient: 'age1test' });
    expect(packet.reviewer).toEqual({ id: 'ana', name: 'Ana Arias', initials: 'AA' });
    expect(packet.codebook.version).toBe(1);
  });

  it('never carries another reviewer, an LLM label, the manifest, a user id or the study secret', () => {
    const text = JSON.stringify(buildReviewerPacket(packetSource({ includeMetadata: true })));
    for (const secret of [
      'Ben Boateng',
      'Cy Chen',
      '"ben"',
      '"cy"',
      'user-',
      'AGE-SECRET-KEY',
      'manifest',
      'revealLlm',
      'assignment',
      't3',
      't6',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('adds department, role and date when the lead ticks metadata', () => {
    const packet = buildReviewerPacket(packetSource({ includeMetadata: true }));
    expect(packet.threads[0]).toEqual({
      threadId: 't1',
      turns: ['prompt of t1'],
      department: 'Radiology',
      role: 'Scheduler',
      createdAt: '2025-05-01T10:00:00.000Z',
    });
  });

  it('refuses a reviewer outside the sample, a missing thread, another codebook version, a study without keys', () => {
    expect(() => buildReviewerPacket(packetSource({ sample: { ...sample, reviewerIds: [ben] } }))).toThrow(
      /not a reviewer/,
    );
    expect(() => buildReviewerPacket(packetSource({ threads: [] }))).toThrow(/thread t1 of the sample is missing/);
    expect(() => buildReviewerPacket(packetSource({ codebook: { ...packetSource().codebook, version: 2 } }))).toThrow(
      /codebook version 2/,
    );
    expect(() => buildReviewerPacket(packetSource({ study: { ...packetSource().study, ageKeys: undefined } }))).toThrow(
      /no age key/,
    );
    expect(reviewers).toHaveLength(3);
  });
});
