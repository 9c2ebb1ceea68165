import type { AuditEvent } from '../audit-event';
import { csvText } from './csv-text';

export const AUDIT_COLUMNS = ['seq', 'at', 'actor', 'action', 'subject', 'from', 'to', 'why'] as const;

/**
 * A study's audit log as CSV (written by `csvText`): columns seq, at, actor, action, subject,
 * from, to, why, one row per event in the given order (oldest first as `listAuditEvents` gives
 * them); empty values are ''. seq is this browser's sequence number: a restored study numbers
 * its events anew.
 *
 * People are written by the names in `names` (reviewer id → name, or alias when anonymised),
 * never by internal id: the actor; the adjudicator inside a decision's from and to
 * (`Coding (adjudicated, adjudicator <id>)`); and a `reviewer.added` event's subject and the name
 * in its to (`<name> (<role>)`). An id `names` does not know (`lead`) is written as stored.
 */
export function auditToCsv(events: readonly AuditEvent[], names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  const adjudicatorNamed = (text: string | null) =>
    (text ?? '').replace(/(, adjudicator )([^)]+)\)/g, (_, head: string, id: string) => `${head}${name(id)})`);
  return csvText(
    AUDIT_COLUMNS,
    events.map((e) => {
      const added = e.action === 'reviewer.added' && names.has(e.subject);
      return [
        e.seq === undefined ? '' : String(e.seq),
        e.at,
        name(e.actor),
        e.action,
        added ? name(e.subject) : e.subject,
        adjudicatorNamed(e.from),
        added && e.to !== null ? e.to.replace(/^.*(?= \([^()]*\)$)/, name(e.subject)) : adjudicatorNamed(e.to),
        e.why ?? '',
      ];
    }),
  );
}
