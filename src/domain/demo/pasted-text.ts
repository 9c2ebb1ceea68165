import { DEPARTMENTS } from './organisation';
import { ARTICLE, CODE, EMAIL, LOG, NOTES, POLICY, REFERRAL } from './pasted-fragments';
import { pick } from './pick';
import { SLOTS } from './slots';
import type { PasteKind } from './template-types';

type Random = () => number;

const int = (random: Random, lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pad2 = (n: number) => String(n).padStart(2, '0');
const date = (random: Random) => `2024-${pad2(int(random, 1, 12))}-${pad2(int(random, 1, 28))}`;

const SENTENCES: Record<'policy' | 'email' | 'article', (random: Random) => string> = {
  policy: (r) => `${pick(r, POLICY.subjects)} ${pick(r, POLICY.predicates)}${pick(r, POLICY.tails)}.`,
  email: (r) => `${pick(r, EMAIL.openers)} ${pick(r, EMAIL.objects)}${pick(r, EMAIL.tails)}`,
  article: (r) =>
    `${pick(r, ARTICLE.openers)} ${pick(r, SLOTS.topic ?? [])} ${pick(r, ARTICLE.middles)}${pick(r, ARTICLE.tails)}.`,
};

const LINES: Record<'notes' | 'data' | 'log', (random: Random) => string> = {
  notes: (r) =>
    r() < 0.5
      ? `- ${pick(r, NOTES.owners)} to ${pick(r, NOTES.actions)} ${pick(r, NOTES.due)}`
      : `- ${pick(r, NOTES.discussed)} ${pick(r, NOTES.topics)}`,
  data: (r) => `${date(r)},${pick(r, DEPARTMENTS)},${pick(r, SLOTS.dataThing ?? [])},${int(r, 0, 250)}`,
  log: (r) =>
    `${date(r)} ${pad2(int(r, 0, 23))}:${pad2(int(r, 0, 59))}:${pad2(int(r, 0, 59))} ${pick(r, LOG.levels)} ` +
    `[${pick(r, LOG.components)}] ${pick(r, LOG.messages)} (0x${int(r, 4096, 65535).toString(16)})`,
};

function codeBlock(r: Random): string {
  const thing = pick(r, CODE.things);
  const field = pick(r, CODE.fields);
  const value = pick(r, CODE.values);
  if (r() < 0.5) {
    return [
      `SELECT ${field}, COUNT(*) AS ${thing}_count`,
      `FROM ${thing} t`,
      `WHERE t.${field} = '${value}' AND t.created_at >= '${date(r)}'`,
      `GROUP BY ${field}`,
      `ORDER BY ${thing}_count DESC;`,
    ].join('\n');
  }
  return [
    `def count_${thing}_by_${field}(rows):`,
    `    totals = {}`,
    `    for row in rows:`,
    `        if row["${field}"] == "${value}":`,
    `            totals[row["${field}"]] = totals.get(row["${field}"], 0) + ${int(r, 1, 3)}`,
    `    return totals`,
  ].join('\n');
}

function referralHeader(r: Random): string {
  return [
    `Referral date: ${date(r)}`,
    'Referring provider: [Provider Name], [Outside Clinic]',
    'Patient: [Name]  DOB: [redacted]  MRN: [redacted]',
    `Reason for referral: ${pick(r, REFERRAL.reasons)}`,
    `Requested specialty: ${pick(r, SLOTS.specialty ?? [])}`,
    `Urgency: ${pick(r, REFERRAL.urgency)}`,
    `Insurance: ${pick(r, SLOTS.insurer ?? [])}`,
    'Notes:',
  ].join('\n');
}

/**
 * Material a user pastes into a prompt (an email, meeting notes, a policy, code...), of at
 * least `targetLength` characters and at most one sentence, line or block longer.
 * Built by joining randomly varied sentences, so even 45,000 characters are cheap.
 */
export function pastedText(kind: PasteKind, targetLength: number, random: Random): string {
  const parts: string[] = [];
  let length = 0;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  let suffix = '';
  if (kind === 'email') {
    push(`${pick(random, EMAIL.greetings)}\n\n`);
    suffix = `\n\n${pick(random, EMAIL.signoffs)}`;
  } else if (kind === 'referral') {
    push(`${referralHeader(random)}\n`);
  } else if (kind === 'data') {
    push('date,department,measure,count\n');
  }
  const goal = targetLength - suffix.length;
  for (let units = 0; length < goal; units++) {
    if (kind === 'policy' || kind === 'email' || kind === 'article') {
      if (units > 0) push(random() < 0.22 ? '\n\n' : ' ');
      push(SENTENCES[kind](random));
    } else if (kind === 'code') {
      if (units > 0) push('\n\n');
      push(codeBlock(random));
    } else if (kind === 'referral') {
      push(`${pick(random, REFERRAL.notes)}\n`);
    } else {
      push(`${LINES[kind](random)}\n`);
    }
  }
  push(suffix);
  return parts.join('').trimEnd();
}
