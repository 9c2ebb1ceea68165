import { describe, expect, it } from 'vitest';
import { reviewerDesignDoc, reviewerSecurity } from './reviewer-design-doc';

type Validate = (newDoc: object, oldDoc: object | null, userCtx: object, secObj: object) => void;

const design = reviewerDesignDoc({
  reviewerId: 'ana',
  reviewerUser: 'concord-reviewer_ana',
  threadIds: ['t2', 't1', 'it\'s "odd"\u2028'],
});
// CouchDB evaluates the source as one function expression, as this does.
const validate = new Function(`return (${design.validate_doc_update});`)() as Validate;
const security = reviewerSecurity({ leadUser: 'concord-lead_s', reviewerUser: 'concord-reviewer_ana' });
const reviewer = { name: 'concord-reviewer_ana', roles: [] };
const event = {
  _id: 'ev-ana-0000000003-0badf00d',
  type: 'concord-label-event',
  reviewerId: 'ana',
  threadId: 't1',
  seq: 3,
  payload: 'YWdl',
};

const refusal = (run: () => void) => {
  try {
    run();
    return null;
  } catch (e) {
    return (e as { forbidden?: string }).forbidden ?? `not a CouchDB refusal: ${String(e)}`;
  }
};

describe('reviewerDesignDoc', () => {
  it('is a function expression CouchDB can evaluate, named _design/concord', () => {
    expect(design._id).toBe('_design/concord');
    expect(typeof validate).toBe('function');
  });

  it('lets the reviewer create a label event of theirs for a thread of their packet, even one with quotes in its id', () => {
    expect(refusal(() => validate(event, null, reviewer, security))).toBeNull();
    expect(refusal(() => validate({ ...event, threadId: 'it\'s "odd"\u2028' }, null, reviewer, security))).toBeNull();
  });

  it('refuses the reviewer a thread outside the packet, another reviewer id, a bad id or no payload', () => {
    expect(refusal(() => validate({ ...event, threadId: 't3' }, null, reviewer, security))).toMatch(
      /not in the reviewer's packet/,
    );
    const ben = { ...event, reviewerId: 'ben', _id: 'ev-ben-0000000003-0badf00d' };
    expect(refusal(() => validate(ben, null, reviewer, security))).toMatch(/names the reviewer of this database/);
    expect(refusal(() => validate({ ...event, _id: 'ev-ana-3-0badf00d' }, null, reviewer, security))).toMatch(
      /id is ev-/,
    );
    expect(refusal(() => validate({ ...event, _id: 'ev-ana-0000000003-0badf00dd' }, null, reviewer, security))).toMatch(
      /id is ev-/,
    );
    expect(refusal(() => validate({ ...event, seq: 3.5 }, null, reviewer, security))).toMatch(/whole seq/);
    expect(refusal(() => validate({ ...event, payload: '' }, null, reviewer, security))).toMatch(/encrypted payload/);
  });

  it('refuses the reviewer any update or deletion, and the packet doc', () => {
    expect(refusal(() => validate({ ...event, payload: 'b3RoZXI=' }, event, reviewer, security))).toMatch(
      /never changed or deleted/,
    );
    expect(refusal(() => validate({ ...event, _deleted: true }, null, reviewer, security))).toMatch(
      /never changed or deleted/,
    );
    const packet = { _id: 'packet', type: 'concord-packet', packetId: 'p', sha256: 'a'.repeat(64), age: 'YWdl' };
    expect(refusal(() => validate(packet, null, reviewer, security))).toMatch(/only label events/);
  });

  it('lets the lead (a database admin) and a server admin write anything, and refuses any other user', () => {
    const packet = { _id: 'packet', type: 'concord-packet' };
    expect(
      refusal(() => validate(packet, { _id: 'packet' }, { name: 'concord-lead_s', roles: [] }, security)),
    ).toBeNull();
    expect(
      refusal(() => validate({ _id: 'x', _deleted: true }, { _id: 'x' }, { name: 'root', roles: ['_admin'] }, {})),
    ).toBeNull();
    expect(refusal(() => validate(event, null, { name: 'concord-reviewer_ben', roles: [] }, security))).toMatch(
      /Only the reviewer/,
    );
    expect(refusal(() => validate(event, null, { name: null, roles: [] }, security))).toMatch(/Only the reviewer/);
  });
});

describe('reviewerSecurity', () => {
  it('makes the lead the only admin and the reviewer the only member', () => {
    expect(security).toEqual({
      admins: { names: ['concord-lead_s'], roles: [] },
      members: { names: ['concord-reviewer_ana'], roles: [] },
    });
  });
});
