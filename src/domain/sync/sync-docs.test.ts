import { describe, expect, it } from 'vitest';
import {
  labelEventDocSchema,
  labelEventId,
  labelEventPayloadSchema,
  labelEventProblems,
  packetDocSchema,
  type LabelEventDoc,
  type LabelEventPayload,
} from './sync-docs';

const sha = 'a'.repeat(64);
const doc: LabelEventDoc = {
  _id: 'ev-ana-0000000042-0badf00d',
  type: 'concord-label-event',
  reviewerId: 'ana',
  threadId: 't1',
  seq: 42,
  payload: 'YWdl',
};
const rating = {
  threadId: 't1',
  label: 'Coding',
  codebookVersion: 1,
  otherSuggestion: null,
  note: null,
  flagged: false,
  durationMs: 900,
  updatedAt: '2026-01-04T10:00:00.000Z',
};
const payload = {
  createdAt: '2026-01-04T10:00:00.000Z',
  packetId: 'packet-ana',
  packetSha256: sha,
  threadId: 't1',
  rating,
  events: [
    {
      at: '2026-01-04T10:00:00.000Z',
      action: 'rating.saved',
      subject: 'sample-1/t1',
      from: null,
      to: 'Coding',
      why: null,
    },
  ],
} as unknown as LabelEventPayload;

describe('labelEventId', () => {
  it('pads the seq to ten digits, so ids sort by seq within a reviewer', () => {
    expect(labelEventId('ana', 42, '0badf00d')).toBe('ev-ana-0000000042-0badf00d');
    expect(labelEventId('ana', 9, 'ffffffff') < labelEventId('ana', 10, '00000000')).toBe(true);
  });

  it('refuses a seq that ten digits cannot hold and a nonce that is not 8 hex digits', () => {
    expect(() => labelEventId('ana', -1, '0badf00d')).toThrow(/seq must be an integer/);
    expect(() => labelEventId('ana', 1.5, '0badf00d')).toThrow(/seq must be an integer/);
    expect(() => labelEventId('ana', 10_000_000_000, '0badf00d')).toThrow(/seq must be an integer/);
    expect(() => labelEventId('ana', 1, '0BADF00D')).toThrow(/nonce/);
    expect(() => labelEventId('ana', 1, 'abc')).toThrow(/nonce/);
  });
});

describe('the schemas of the replicated documents', () => {
  it('accepts a packet doc and a label event as a server returns them (_rev and all)', () => {
    expect(
      packetDocSchema.safeParse({
        _id: 'packet',
        _rev: '1-x',
        type: 'concord-packet',
        packetId: 'p',
        sha256: sha,
        age: 'YWdl',
      }).success,
    ).toBe(true);
    expect(labelEventDocSchema.safeParse({ ...doc, _rev: '1-x' }).success).toBe(true);
    expect(labelEventPayloadSchema.safeParse(payload).success).toBe(true);
    expect(labelEventPayloadSchema.safeParse({ ...payload, rating: null }).success).toBe(true);
  });

  it('refuses a packet doc with another id, a bad SHA-256 or a payload that is not base64', () => {
    const good = { _id: 'packet', type: 'concord-packet', packetId: 'p', sha256: sha, age: 'YWdl' };
    expect(packetDocSchema.safeParse({ ...good, _id: 'other' }).success).toBe(false);
    expect(packetDocSchema.safeParse({ ...good, sha256: 'abc' }).success).toBe(false);
    expect(packetDocSchema.safeParse({ ...good, age: 'not base64!' }).success).toBe(false);
  });

  it('refuses a label event whose id does not name its reviewer and seq', () => {
    const issues = (d: object) => labelEventDocSchema.safeParse(d).error?.issues.map((i) => i.message);
    expect(issues({ ...doc, seq: 43 })).toEqual(['its id does not name its reviewer and seq']);
    expect(issues({ ...doc, reviewerId: 'ben' })).toEqual(['its id does not name its reviewer and seq']);
    expect(issues({ ...doc, _id: 'ev-ana-0000000042-0badf00dx' })).toEqual([
      'its id does not name its reviewer and seq',
    ]);
    expect(issues({ ...doc, seq: -1 })).toBeDefined();
    expect(issues({ ...doc, type: 'concord-packet' })).toBeDefined();
  });

  it('refuses a payload whose rating is for another thread, or with a broken rating', () => {
    expect(labelEventPayloadSchema.safeParse({ ...payload, threadId: 't2' }).error?.issues[0]?.message).toBe(
      'its rating is for another thread',
    );
    expect(labelEventPayloadSchema.safeParse({ ...payload, rating: { ...rating, label: '' } }).success).toBe(false);
    expect(labelEventPayloadSchema.safeParse({ ...payload, createdAt: 'yesterday' }).success).toBe(false);
  });
});

describe('labelEventProblems', () => {
  const expected = { reviewerId: 'ana', packetId: 'packet-ana', packetSha256: sha };

  it('finds nothing in an event that answers the packet', () => {
    expect(labelEventProblems(doc, payload, expected)).toEqual([]);
  });

  it('names a payload for another thread than its document, another packet, another reviewer', () => {
    expect(labelEventProblems({ ...doc, threadId: 't2' }, payload, expected)).toEqual([
      'label event ev-ana-0000000042-0badf00d: its label is for thread t1, but the event names t2',
    ]);
    expect(labelEventProblems(doc, { ...payload, packetSha256: 'b'.repeat(64) }, expected)).toEqual([
      'label event ev-ana-0000000042-0badf00d: it answers packet packet-ana, not the packet of this database',
    ]);
    expect(labelEventProblems(doc, payload, { ...expected, reviewerId: 'ben' })).toEqual([
      'label event ev-ana-0000000042-0badf00d: it is from reviewer ana, not ben',
    ]);
  });
});
