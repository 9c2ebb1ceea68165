import type { ReviewerId, SampleId, StudyId } from '../domain/ids';
import { reviewerDatabaseName } from '../domain/sync/couch-names';
import { reviewerDesignDoc, reviewerSecurity } from '../domain/sync/reviewer-design-doc';
import type { PacketDoc } from '../domain/sync/sync-docs';
import { couchRequest, type CouchCredentials } from './couch-http';

export { CouchRequestError } from './couch-http';

export interface ProvisionedReviewer {
  reviewerId: ReviewerId;
  username: string;
  password: string;
  threadIds: readonly string[];
  packetDoc: PacketDoc;
}

export interface ProvisionInput {
  /** `https://host/couchdb` as the app reaches it (same origin), or a server's own address. */
  serverUrl: string;
  /** A server admin's credentials: used for these requests only, never stored. */
  admin: CouchCredentials;
  lead: CouchCredentials;
  studyId: StudyId;
  sampleId: SampleId;
  reviewers: readonly ProvisionedReviewer[];
}

type Couch = <T = Record<string, unknown>>(
  path: string,
  doing: string,
  rest?: { method?: 'PUT'; body?: unknown; accept?: number[] },
) => Promise<{ status: number; body: T }>;

/** Generated passwords are long; a short one is a bug of the caller, not a choice. */
const MIN_PASSWORD = 20;

/**
 * Sets a sample up on a CouchDB server (docs/sync.md): the lead's user and one user per
 * reviewer (with the passwords given: a new password replaces the old one), and per reviewer a
 * database with its `_security` (the lead its only admin, the reviewer its only member), its
 * `_design/concord` validation function and the packet doc. Idempotent: what is already as
 * asked is left alone, so running it again (after a failure midway, or with one more reviewer)
 * is safe; a changed packet doc or thread list is updated with its current _rev. The security
 * comes before any document, so a new database is never readable by someone else.
 * Throws CouchRequestError, whose message says what failed in the lead's words.
 */
export async function provisionSample(input: ProvisionInput): Promise<void> {
  for (const user of [input.lead, ...input.reviewers]) {
    if (user.password.length < MIN_PASSWORD)
      throw new Error(`A sync password must have at least ${MIN_PASSWORD} characters.`);
  }
  const couch: Couch = (path, doing, rest = {}) =>
    couchRequest(input.serverUrl, path, { credentials: input.admin, doing, ...rest });

  await couch('/_users', 'Preparing the server’s user list', { method: 'PUT', accept: [412] });
  await putUser(couch, input.lead, 'the lead');
  for (const reviewer of input.reviewers) {
    await putUser(couch, reviewer, `reviewer ${reviewer.reviewerId}`);
    const name = reviewerDatabaseName(input.studyId, input.sampleId, reviewer.reviewerId);
    const db = `/${encodeURIComponent(name)}`;
    await couch(db, `Creating the database ${name}`, { method: 'PUT', accept: [412] });
    const security = reviewerSecurity({ leadUser: input.lead.username, reviewerUser: reviewer.username });
    await couch(`${db}/_security`, `Restricting the database ${name} to its reviewer and the lead`, {
      method: 'PUT',
      body: security,
    });
    const design = reviewerDesignDoc({
      reviewerId: reviewer.reviewerId,
      reviewerUser: reviewer.username,
      threadIds: reviewer.threadIds,
    });
    await putDocument(couch, db, design, `Storing the validation function of the database ${name}`);
    await putDocument(couch, db, reviewer.packetDoc, `Storing the packet in the database ${name}`);
  }
}

async function putUser(couch: Couch, user: CouchCredentials, who: string) {
  const path = `/_users/${encodeURIComponent(`org.couchdb.user:${user.username}`)}`;
  const doing = `Creating the server user of ${who}`;
  const current = await couch<{ _rev?: string }>(path, doing, { accept: [404] });
  const rev = current.status === 404 ? {} : { _rev: current.body._rev };
  await couch(path, doing, {
    method: 'PUT',
    body: { ...rev, name: user.username, password: user.password, roles: [], type: 'user' },
  });
}

/** Puts a document unless it is already stored as given (its fields, not _rev, compared). */
async function putDocument(couch: Couch, db: string, doc: { _id: string }, doing: string) {
  const path = `${db}/${doc._id.startsWith('_design/') ? `_design/${encodeURIComponent(doc._id.slice(8))}` : encodeURIComponent(doc._id)}`;
  const current = await couch<Record<string, unknown>>(path, doing, { accept: [404] });
  if (current.status !== 404) {
    const { _rev, ...stored } = current.body;
    if (sameJson(stored, doc)) return;
    await couch(path, doing, { method: 'PUT', body: { ...doc, _rev } });
    return;
  }
  await couch(path, doing, { method: 'PUT', body: doc });
}

const sameJson = (a: object, b: object) => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
const sortKeys = (value: object): object =>
  Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
