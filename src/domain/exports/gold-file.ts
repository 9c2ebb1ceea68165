import type { ThreadOutcome } from '../decisions/thread-outcome';
import type { ReviewerId, ThreadId } from '../ids';
import { neutralisedCsv } from './csv-text';

/** What the gold-standard file is made of: `readSampleGold`'s result satisfies it. */
export interface GoldInput {
  /** The sample's reviewers in the sample's order: one label column each. */
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

/** The column of a reviewer's label: `label_<name>` (names are unique within a study). */
export const reviewerColumn = (name: string) => `label_${name}`;

/**
 * The gold-standard table of one sample: one row per thread in the sample's order, with columns
 * thread_id, final_label, decision_method, status, `label_<reviewer name>` for each reviewer of
 * the sample (in its order), llm_label, codebook_version, adjudicator, rationale, decided_by,
 * decided_at, and `text` (the thread's user prompts joined by a blank line) when `texts` is given.
 *
 * - final_label and decision_method are the stored decision, or the reviewers' unanimous label
 *   (method `unanimous`) when the sample accepts those automatically; '' when not yet final.
 * - status: `final`, `needs decision` (every reviewer has labeled, no final label yet) or
 *   `incomplete` (a reviewer has not labeled it yet).
 * - adjudicator and decided_by are reviewer names; decided_by may also be `lead` or `automatic`
 *   (a unanimous label that became final by itself); an unknown id is written as it is.
 * - A thread missing from `texts` gets an empty text.
 *
 * Throws when two reviewers would share a column (two reviewers with the same name).
 */
export function goldTable(input: GoldInput, texts: ReadonlyMap<ThreadId, string> | null = null): GoldTable {
  const names = new Map(input.studyReviewers.map((r) => [r.reviewerId as string, r.name]));
  for (const r of input.reviewers) names.set(r.reviewerId, r.name);
  const reviewerColumns = input.reviewers.map((r) => reviewerColumn(r.name));
  if (new Set(reviewerColumns).size !== reviewerColumns.length) {
    throw new Error('goldTable: two reviewers of the sample have the same name, so their label columns would clash');
  }
  const columns = [
    'thread_id', 'final_label', 'decision_method', 'status', ...reviewerColumns, 'llm_label', 'codebook_version',
    'adjudicator', 'rationale', 'decided_by', 'decided_at', ...(texts ? ['text'] : []),
  ];
  const version = String(input.sample.codebookVersion);
  const rows = input.outcomes.map((o): GoldRow => {
    const final = o.final;
    const votes = new Map(o.votes.map((v) => [v.reviewerId as string, v.label]));
    const row: Record<string, string> = {
      thread_id: o.threadId,
      final_label: final?.label ?? '',
      decision_method: final?.method ?? '',
      status: statusOf(o),
    };
    input.reviewers.forEach((r, i) => { row[reviewerColumns[i]!] = votes.get(r.reviewerId) ?? ''; });
    row.llm_label = input.llm?.labels.get(o.threadId) ?? '';
    row.codebook_version = version;
    row.adjudicator = final?.adjudicatorId ? names.get(final.adjudicatorId) ?? final.adjudicatorId : '';
    row.rationale = final?.rationale ?? '';
    row.decided_by = final ? names.get(final.decidedBy) ?? final.decidedBy : '';
    row.decided_at = final?.decidedAt ?? '';
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
 * The gold table as CSV (header row, '\n' line ends, a final line end). Every cell, the header
 * included, goes through `neutraliseCell`, so a label or text starting with =, +, -, @, tab or
 * carriage return carries a leading apostrophe. The text is never cut: a CSV cell has no limit,
 * although a spreadsheet that opens the file may cut cells over 32,767 characters (use XLSX).
 */
export function goldToCsv(table: GoldTable): string {
  return neutralisedCsv(table.columns, table.rows.map((r) => table.columns.map((c) => r[c] ?? '')));
}

/**
 * The gold table as JSON Lines: one object per thread, keys in column order, values exactly as
 * stored. Nothing is neutralised: JSONL is read by programs, not run by a spreadsheet, and an
 * apostrophe would change the labels a script compares.
 */
export function goldToJsonl(table: GoldTable): string {
  return table.rows.map((r) => JSON.stringify(Object.fromEntries(table.columns.map((c) => [c, r[c] ?? ''])))).join('\n') + (table.rows.length ? '\n' : '');
}
