import { LABEL_EVENT_DOC_TYPE } from './sync-docs';

export const DESIGN_DOC_ID = '_design/concord';

export interface ReviewerDesignDoc {
  _id: typeof DESIGN_DOC_ID;
  validate_doc_update: string;
}

export interface CouchSecurity {
  admins: { names: string[]; roles: string[] };
  members: { names: string[]; roles: string[] };
}

// The function CouchDB runs before every write to a reviewer's database, in its own JavaScript
// engine (ES5 to be safe with every CouchDB 3.x build; no template literals, no arrow functions).
// `__REVIEWER_ID__`, `__REVIEWER_USER__` and `__THREADS__` are replaced by JSON literals.
// A server admin (role _admin) or a database admin (the lead) may write anything; the reviewer
// may only CREATE label events of their own, for threads of their packet, with a well-formed id.
// Every other user is refused (the _security members list refuses them before this, too).
const VALIDATE_SOURCE = `function (newDoc, oldDoc, userCtx, secObj) {
  var reviewerId = __REVIEWER_ID__;
  var reviewerUser = __REVIEWER_USER__;
  var threads = __THREADS__;
  var roles = userCtx.roles || [];
  var admins = (secObj && secObj.admins) || {};
  var i;
  if (roles.indexOf('_admin') !== -1) return;
  if (userCtx.name !== null && (admins.names || []).indexOf(userCtx.name) !== -1) return;
  for (i = 0; i < roles.length; i++) {
    if ((admins.roles || []).indexOf(roles[i]) !== -1) return;
  }
  if (userCtx.name !== reviewerUser) {
    throw({ forbidden: 'Only the reviewer of this database and the study lead write to it.' });
  }
  if (oldDoc || newDoc._deleted) {
    throw({ forbidden: 'Label events are never changed or deleted: a change is a new event.' });
  }
  if (newDoc.type !== '${LABEL_EVENT_DOC_TYPE}') {
    throw({ forbidden: 'A reviewer writes only label events; the packet is the lead\\'s.' });
  }
  if (newDoc.reviewerId !== reviewerId) {
    throw({ forbidden: 'A label event names the reviewer of this database.' });
  }
  if (typeof newDoc.threadId !== 'string' || threads.indexOf(newDoc.threadId) === -1) {
    throw({ forbidden: 'This thread is not in the reviewer\\'s packet.' });
  }
  if (typeof newDoc.seq !== 'number' || newDoc.seq % 1 !== 0 || newDoc.seq < 0 || newDoc.seq > 9999999999) {
    throw({ forbidden: 'A label event has a whole seq from 0 to 9999999999.' });
  }
  var seq = String(newDoc.seq);
  while (seq.length < 10) seq = '0' + seq;
  var prefix = 'ev-' + reviewerId + '-' + seq + '-';
  if (newDoc._id.length !== prefix.length + 8 || newDoc._id.indexOf(prefix) !== 0
      || !/^[0-9a-f]{8}$/.test(newDoc._id.slice(prefix.length))) {
    throw({ forbidden: 'A label event id is ev-<reviewer>-<seq, ten digits>-<8 hex digits>.' });
  }
  if (typeof newDoc.payload !== 'string' || newDoc.payload.length === 0) {
    throw({ forbidden: 'A label event carries its encrypted payload.' });
  }
}`;

/**
 * The design document of one reviewer's database: its `validate_doc_update` embeds the
 * reviewer's id, CouchDB user and packet's thread ids, so the server itself refuses a label for
 * another reviewer or a thread outside the packet, any update or deletion of an event, and a
 * reviewer's write of the packet. JSON literals are valid JavaScript, so no id can break out of
 * its string (U+2028/2029 are escaped for engines older than ES2019).
 */
export function reviewerDesignDoc(input: {
  reviewerId: string;
  reviewerUser: string;
  threadIds: readonly string[];
}): ReviewerDesignDoc {
  const literal = (value: unknown) =>
    JSON.stringify(value)
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029');
  const source = VALIDATE_SOURCE.replace('__REVIEWER_ID__', () => literal(input.reviewerId))
    .replace('__REVIEWER_USER__', () => literal(input.reviewerUser))
    .replace('__THREADS__', () => literal([...input.threadIds].sort()));
  return { _id: DESIGN_DOC_ID, validate_doc_update: source };
}

/** The `_security` of a reviewer's database: the lead's user its only admin, the reviewer's its only member. */
export function reviewerSecurity(input: { leadUser: string; reviewerUser: string }): CouchSecurity {
  return {
    admins: { names: [input.leadUser], roles: [] },
    members: { names: [input.reviewerUser], roles: [] },
  };
}
