import type { AuditEvent } from '../audit-event';
import { neutralisedCsv } from './csv-text';

export const AUDIT_COLUMNS = ['seq', 'at', 'actor', 'action', 'subject', 'from', 'to', 'why'] as const;

/**
 * A study's audit log as CSV: columns seq, at, actor, action, subject, from, to, why, one row
 * per event in the given order (oldest first as `listAuditEvents` gives them). The actor is the
 * reviewer's name when `actorNames` knows its id (else as stored: `lead`, an id); empty values
 * are ''. seq is this browser's sequence number: a restored study numbers its events anew.
 * Every cell is neutralised (leading apostrophe before =, +, -, @, tab, carriage return).
 */
export function auditToCsv(events: readonly AuditEvent[], actorNames: ReadonlyMap<string, string>): string {
  return neutralisedCsv(AUDIT_COLUMNS, events.map((e) => [
    e.seq === undefined ? '' : String(e.seq), e.at, actorNames.get(e.actor) ?? e.actor, e.action, e.subject, e.from ?? '', e.to ?? '', e.why ?? '',
  ]));
}
