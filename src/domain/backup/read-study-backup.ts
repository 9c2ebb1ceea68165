import { studyBackupSchema } from './backup-schema';
import { BACKUP_FORMAT, BACKUP_RECORD_KEYS, BACKUP_TABLES, BACKUP_VERSION, type StudyBackup } from './study-backup';

export type BackupReading = { backup: StudyBackup; problems: [] } | { backup: null; problems: string[] };

/** At most this many problems are listed; the rest are counted. */
export const MAX_BACKUP_PROBLEMS = 20;

/** `parseStudyBackup` of a file's text; text that is not JSON is one problem. */
export function readStudyBackupText(text: string): BackupReading {
  let value: unknown;
  try {
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    return {
      backup: null,
      problems: [`The file is not JSON, so not a Concord study backup (${(error as Error).message}).`],
    };
  }
  return parseStudyBackup(value);
}

/**
 * Checks a parsed backup file before anything is written. Returns the backup, or every problem
 * in words, each naming where it is: the table and the record's 1-based number ("ratings,
 * record 4: label: …"). Refused: another kind of file, a newer or unknown version, a record
 * of the wrong shape, a record of another study, two records with the same key.
 */
export function parseStudyBackup(value: unknown): BackupReading {
  const fail = (problems: string[]): BackupReading => ({ backup: null, problems: capped(problems) });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(['The file holds no JSON object, so it is not a Concord study backup.']);
  }
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== BACKUP_FORMAT) {
    return fail([
      `The file is not a Concord study backup: its format is ${JSON.stringify(format ?? null)}, not "${BACKUP_FORMAT}".`,
    ]);
  }
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return fail([
      `The backup is version ${version}, made by a newer Concord; this one reads versions up to ${BACKUP_VERSION}. Update Concord, then restore it.`,
    ]);
  }
  if (version !== BACKUP_VERSION) return fail([`The backup's version ${JSON.stringify(version ?? null)} is unknown.`]);

  const parsed = studyBackupSchema.safeParse(value);
  if (!parsed.success) return fail(parsed.error.issues.map((issue) => `${where(issue.path)}: ${issue.message}`));
  const backup = parsed.data as StudyBackup;

  const problems: string[] = [];
  for (const table of BACKUP_TABLES) {
    const keyOf = BACKUP_RECORD_KEYS[table] as ((r: unknown) => string) | null;
    const seen = new Map<string, number>();
    backup.tables[table].forEach((record, i) => {
      if (record.studyId !== backup.study.id) {
        problems.push(
          `${table}, record ${i + 1}: belongs to study ${JSON.stringify(record.studyId)}, not to the backed-up study ${JSON.stringify(backup.study.id)}.`,
        );
      }
      if (!keyOf) return;
      const key = keyOf(record);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else problems.push(`${table}, record ${i + 1}: ${key} is already record ${first + 1}.`);
    });
  }
  return problems.length > 0 ? fail(problems) : { backup, problems: [] };
}

function where(path: readonly PropertyKey[]): string {
  const [top, table, index, ...rest] = path.map(String);
  if (top !== 'tables' || table === undefined) return path.map(String).join('.') || 'the file';
  if (index === undefined) return `tables.${table}`;
  return `${table}, record ${Number(index) + 1}${rest.length ? `: ${rest.join('.')}` : ''}`;
}

function capped(problems: string[]): string[] {
  if (problems.length <= MAX_BACKUP_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_BACKUP_PROBLEMS), `… and ${problems.length - MAX_BACKUP_PROBLEMS} more problems.`];
}
