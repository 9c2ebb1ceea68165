import type { ThreadOutcome } from '../decisions/thread-outcome';
import type { ReviewerId, ThreadId } from '../ids';
import { distinctColumnKeys } from './column-key';
import { csvText } from './csv-text';

/** What the gold-standard file is made of: `readSampleGold`'s result satisfies it. */
export interface GoldInput {
  /** The sample's reviewers in the sample's order: label, note, flagged and Other suggestion columns each. */
  reviewers: readonly { reviewerId: ReviewerId; name: string }[];
  /** Every reviewer of the study, to name adjudicators and deciders from outside the sample. */
  studyReviewers: readonly { reviewerId: ReviewerId; name: string }[];
  sample: { codebookVersion: number };
  outcomes: readonly ThreadOutcome[];
  llm: { labels: ReadonlyMap<ThreadId, string> } | null;
}

export type GoldStatus = 'final' | 'needs decision' | 'incomplete';

/** One thread of the gold-standard file: every value is text, '' where there is none. */
export type GoldRow = Readonly<Record<string, string>>;

export interface GoldTable {
  columns: readonly string[];
  rows: readonly GoldRow[];
}

/** A reviewer's columns: `label_<key>`, `note_<key>`, `flagged_<key>`, `other_suggestion_<key>`. */
const PER_REVIEWER = ['label', 'note', 'flagged', 'other_suggestion'] as const;

/**
 * The gold-standard table of one sample: one row per thread in the sample's order, with columns
 * thread_id, final_label, decision_method, status, `label_<key>` for each reviewer of the sample
 * (in its order), llm_label, codebook_version, adjudicator, rationale, decided_by, decided_at,
 * then for each reviewer `note_<key>`, `flagged_<key>` and `other_suggestion_<key>`, and `text`
 * (the thread's user prompts joined by a blank line) when `texts` is given. The key is the
 * reviewer's name as an identifier (`distinctColumnKeys`: `Reviewer 1` → `label_reviewer_1`),
 * so a statistician's R, pandas or Stata reads every column name as it is.
 *
 * - final_label and decision_method are the stored decision, or the reviewers' unanimous label
 *   (method `unanimous`) when the sample accepts those automatically; '' when not yet final.
 * - status: `final`, `needs decision` (every reviewer has labeled, no final label yet) or
 *   `incomplete` (a reviewer has not labeled it yet).
 * - adjudicator and decided_by are reviewer names; decided_by may also be `lead` or `automatic`
 *   (a unanimous label that became final by itself); an unknown id is written as it is.
 * - flagged is `true` or `false` (R and pandas read both as logical); a reviewer's four columns
 *   are all '' on a thread that reviewer has not labeled.
 * - A thread missing from `texts` gets an empty text.
 */
export function goldTable(input: GoldInput, texts: ReadonlyMap<ThreadId, string> | null = null): GoldTable {
  const names = new Map(input.studyReviewers.map((r) => [r.reviewerId as string, r.name]));
  for (const r of input.reviewers) names.set(r.reviewerId, r.name);
  const keys = distinctColumnKeys(input.reviewers.map((r) => r.name));
  const columnsOf = (kind: (typeof PER_REVIEWER)[number]) => keys.map((k) => `${kind}_${k}`);
  const columns = [
    'thread_id',
    'final_label',
    'decision_method',
    'status',
    ...columnsOf('label'),
    'llm_label',
    'codebook_version',
    'adjudicator',
    'rationale',
    'decided_by',
    'decided_at',
    ...PER_REVIEWER.slice(1).flatMap(columnsOf),
    ...(texts ? ['text'] : []),
  ];
  const version = String(input.sample.codebookVersion);
  const rows = input.outcomes.map((o): GoldRow => {
    const final = o.final;
    const votes = new Map(o.votes.map((v) => [v.reviewerId as string, v]));
    const row: Record<string, string> = {
      thread_id: o.threadId,
      final_label: final?.label ?? '',
      decision_method: final?.method ?? '',
      status: statusOf(o),
      llm_label: input.llm?.labels.get(o.threadId) ?? '',
      codebook_version: version,
      adjudicator: final?.adjudicatorId ? (names.get(final.adjudicatorId) ?? final.adjudicatorId) : '',
      rationale: final?.rationale ?? '',
      decided_by: final ? (names.get(final.decidedBy) ?? final.decidedBy) : '',
      decided_at: final?.decidedAt ?? '',
    };
    input.reviewers.forEach((r, i) => {
      const vote = votes.get(r.reviewerId);
      row[`label_${keys[i]}`] = vote?.label ?? '';
      row[`note_${keys[i]}`] = vote?.note ?? '';
      row[`flagged_${keys[i]}`] = vote ? String(vote.flagged) : '';
      row[`other_suggestion_${keys[i]}`] = vote?.otherSuggestion ?? '';
    });
    if (texts) row.text = texts.get(o.threadId) ?? '';
    return row;
  });
  return { columns, rows };
}

function statusOf(o: ThreadOutcome): GoldStatus {
  if (o.final) return 'final';
  return o.needsDecision ? 'needs decision' : 'incomplete';
}

/**
 * The gold table as CSV, written by `csvText` (byte order mark, header row, '\n' line ends, a
 * label or text starting with =, +, -, @, tab or carriage return with a leading apostrophe). The text is never cut: a CSV cell has no limit,
 * although a spreadsheet that opens the file may cut cells over 32,767 characters (use XLSX).
 */
export function goldToCsv(table: GoldTable): string {
  return csvText(
    table.columns,
    table.rows.map((r) => table.columns.map((c) => r[c] ?? '')),
  );
}

/**
 * The gold table as JSON Lines: one object per thread, keys in column order, values exactly as
 * stored. Nothing is neutralised: JSONL is read by programs, not run by a spreadsheet, and an
 * apostrophe would change the labels a script compares.
 */
export function goldToJsonl(table: GoldTable): string {
  return (
    table.rows.map((r) => JSON.stringify(Object.fromEntries(table.columns.map((c) => [c, r[c] ?? ''])))).join('\n') +
    (table.rows.length ? '\n' : '')
  );
}
