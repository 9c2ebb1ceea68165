import { z } from 'zod';
import { asCategoryId } from '../ids';
import type { Category, Codebook } from './codebook';
import { describeIssue } from './codebook-file-problems';
import { validateCodebook, type CodebookProblem } from './codebook-validation';

export const CODEBOOK_FILE_FORMAT = 'concord-codebook';
/** The format version this code writes; files of older versions are migrated on reading. */
export const CODEBOOK_FILE_VERSION = 1;

const categorySchema = z.object({
  id: z.string().regex(/\S/),
  name: z.string(),
  key: z.string(),
  definition: z.string(),
  examples: z.array(z.string()),
  medhelm: z.object({ category: z.string(), subcategory: z.string(), proposed: z.boolean() }),
  isOther: z.boolean(),
});

/** The current envelope (format version `CODEBOOK_FILE_VERSION`). */
const envelopeSchema = z.object({
  format: z.literal(CODEBOOK_FILE_FORMAT),
  formatVersion: z.literal(CODEBOOK_FILE_VERSION),
  exportedAt: z.string(),
  version: z.number().int().positive(),
  categories: z.array(categorySchema),
});

type Envelope = z.infer<typeof envelopeSchema>;
type RawEnvelope = Record<string, unknown>;

/**
 * MIGRATIONS[n] turns a format-n envelope into a format-(n + 1) one (and sets
 * `formatVersion` to n + 1); it may assume only what format n promised. Empty while 1 is
 * the only format: a format 2 adds `1: (v1) => ...` here and bumps `CODEBOOK_FILE_VERSION`.
 */
const MIGRATIONS: Readonly<Record<number, (old: RawEnvelope) => RawEnvelope>> = {};

function migrate(raw: RawEnvelope, from: number): RawEnvelope {
  let current = raw;
  for (let v = from; v < CODEBOOK_FILE_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step === undefined) throw new Error(`parseCodebookJson: no migration from codebook format version ${v}`);
    current = step(current);
  }
  return current;
}

/**
 * The codebook file: a versioned JSON envelope
 * `{ format: 'concord-codebook', formatVersion: 1, exportedAt, version, categories }`,
 * pretty-printed, ending with a newline. Only the fields of `Category` are written, so a
 * stored record's extra fields never leak into the file.
 *
 * Preconditions (throw): `codebook.version` is a positive integer; `now` (ISO timestamp,
 * becomes `exportedAt`) is not blank.
 */
export function codebookToJson(codebook: Pick<Codebook, 'version' | 'categories'>, now: string): string {
  if (!Number.isInteger(codebook.version) || codebook.version < 1) {
    throw new Error(`codebookToJson: the version must be a positive integer (got ${codebook.version})`);
  }
  if (now.trim() === '') throw new Error('codebookToJson: now must be a timestamp, not blank');
  const envelope: Envelope = {
    format: CODEBOOK_FILE_FORMAT,
    formatVersion: CODEBOOK_FILE_VERSION,
    exportedAt: now,
    version: codebook.version,
    categories: codebook.categories.map((c) => ({
      id: c.id,
      name: c.name,
      key: c.key,
      definition: c.definition,
      examples: [...c.examples],
      medhelm: { category: c.medhelm.category, subcategory: c.medhelm.subcategory, proposed: c.medhelm.proposed },
      isOther: c.isOther,
    })),
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

export type ParsedCodebookFile =
  | {
      categories: Category[];
      /** The version number the codebook had where it was exported (informational). */
      version: number;
      exportedAt: string;
      /** `validateCodebook` problems: the codebook can be stored as a draft but not labeled with yet. */
      warnings: CodebookProblem[];
    }
  | { problems: string[] };

const isRecord = (v: unknown): v is RawEnvelope => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a codebook file written by `codebookToJson`, of this or an older format version.
 *
 * Returns `{ problems }` (every problem found, each naming where it is in words, e.g.
 * 'Category 3 ("Coding"), MedHELM subcategory: expected text, found the number 7.') when the
 * text is not JSON, not a Concord codebook, of a newer format version than
 * `CODEBOOK_FILE_VERSION` (Concord must be updated), not shaped as the format requires, or
 * when two categories share an id. Otherwise returns the categories, migrated to the
 * current format, with `validateCodebook`'s problems as `warnings` (a draft may be
 * incomplete). A leading byte-order mark is ignored; unknown fields are dropped.
 */
export function parseCodebookJson(text: string): ParsedCodebookFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    return { problems: [`The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (!isRecord(raw) || raw.format !== CODEBOOK_FILE_FORMAT) {
    const found = isRecord(raw) && typeof raw.format === 'string' ? ` (its format is "${raw.format}")` : '';
    return { problems: [`The file is not a Concord codebook${found}: it has no "format": "${CODEBOOK_FILE_FORMAT}".`] };
  }
  const formatVersion = raw.formatVersion;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return {
      problems: [
        `Format version: expected a whole number from 1, found ${JSON.stringify(formatVersion) ?? 'nothing'}.`,
      ],
    };
  }
  if (formatVersion > CODEBOOK_FILE_VERSION) {
    return {
      problems: [
        `The file uses codebook format version ${formatVersion}, but this Concord reads versions up to ${CODEBOOK_FILE_VERSION}. Update Concord to open it.`,
      ],
    };
  }

  const migrated = migrate(raw, formatVersion);
  const result = envelopeSchema.safeParse(migrated);
  if (!result.success) return { problems: result.error.issues.map((issue) => describeIssue(issue, migrated)) };

  const problems: string[] = [];
  const firstIndex = new Map<string, number>();
  result.data.categories.forEach((c, i) => {
    const first = firstIndex.get(c.id);
    if (first === undefined) firstIndex.set(c.id, i);
    else problems.push(`Category ${i + 1} ("${c.name}"), id: "${c.id}" is already the id of category ${first + 1}.`);
  });
  if (problems.length > 0) return { problems };

  const categories: Category[] = result.data.categories.map((c) => ({ ...c, id: asCategoryId(c.id) }));
  return {
    categories,
    version: result.data.version,
    exportedAt: result.data.exportedAt,
    warnings: validateCodebook(categories).filter((p) => p.kind !== 'id-duplicate'),
  };
}
