import type { ReviewerId, SampleId, StudyId } from '../ids';

// CouchDB's rule for a database name (https://docs.couchdb.org/en/stable/api/database/common.html):
// a lowercase letter first, then only [a-z0-9_$()+/-], at most 238 characters.
export const COUCH_DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]{0,237}$/;

/** An id kept as it is in a name: what crypto.randomUUID() gives, never an underscore. */
const PLAIN_ID = /^[a-z0-9-]{1,64}$/;

/**
 * FNV-1a, 64 bits, over the UTF-8 bytes, as 16 hex digits. Not a cryptographic hash: the names
 * are chosen by the lead, not an adversary, and 64 bits make a collision among a server's few
 * thousand names about one in a billion billion.
 */
export function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * `<prefix>_<id>_<id>…` when every id is plain (lowercase letters, digits, hyphens: a UUID), so
 * hospital IT can read which study a database belongs to; otherwise `<prefix>-h<hash of all ids>`.
 * The plain form always has an underscore right after the prefix and the hashed form never has
 * one, and plain ids hold no underscore, so two different id lists never give the same name
 * (short of a hash collision).
 */
function couchName(prefix: string, ids: readonly string[]): string {
  const plain = `${prefix}_${ids.join('_')}`;
  if (ids.every((id) => PLAIN_ID.test(id)) && COUCH_DATABASE_NAME.test(plain)) return plain;
  return `${prefix}-h${fnv1a64(JSON.stringify(ids))}`;
}

/**
 * The CouchDB database of one reviewer of one sample: deterministic (provisioning twice, or the
 * lead on another machine, finds the same database), a valid CouchDB name (COUCH_DATABASE_NAME),
 * and distinct for distinct (study, sample, reviewer).
 */
export function reviewerDatabaseName(studyId: StudyId, sampleId: SampleId, reviewerId: ReviewerId): string {
  return couchName('concord', [studyId, sampleId, reviewerId]);
}

/** The CouchDB user of one reviewer of one sample: the only member of their database. */
export function reviewerUserName(studyId: StudyId, sampleId: SampleId, reviewerId: ReviewerId): string {
  return couchName('concord-reviewer', [studyId, sampleId, reviewerId]);
}

/** The study's lead user: the admin of every reviewer database of the study, never a server admin. */
export function leadUserName(studyId: StudyId): string {
  return couchName('concord-lead', [studyId]);
}
