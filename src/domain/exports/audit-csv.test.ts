import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { asStudyId } from '../ids';
import type { AuditEvent } from '../audit-event';
import { auditToCsv } from './audit-csv';

const studyId = asStudyId('s');
const event = (e: Partial<AuditEvent>): AuditEvent => ({
  studyId,
  at: '2026-01-01T00:00:00Z',
  actor: 'lead',
  action: 'x',
  subject: 's',
  from: null,
  to: null,
  why: null,
  ...e,
});
const cells = (csv: string) => Papa.parse<string[]>(csv.slice(1).trimEnd()).data.slice(1);

test('the audit log as CSV: names for known actors, empty for nulls, formula cells neutralised', () => {
  const csv = auditToCsv(
    [
      event({ seq: 3, action: 'study.created', to: 'Pilot' }),
      event({
        seq: 9,
        at: '2026-01-02T00:00:00Z',
        actor: 'r1',
        action: 'rating.changed',
        subject: 'p/t1',
        from: 'Coding',
        to: '=Other',
        why: 'line 1\nline, 2',
      }),
    ],
    new Map([['r1', 'Ana']]),
  );
  expect(csv.startsWith('\uFEFFseq,at,actor,action,subject,from,to,why\n')).toBe(true);
  expect(cells(csv)).toEqual([
    ['3', '2026-01-01T00:00:00Z', 'lead', 'study.created', 's', '', 'Pilot', ''],
    ['9', '2026-01-02T00:00:00Z', 'Ana', 'rating.changed', 'p/t1', 'Coding', "'=Other", 'line 1\nline, 2'],
  ]);
  expect(auditToCsv([], new Map())).toBe('\uFEFFseq,at,actor,action,subject,from,to,why\n');
});

test('adjudicators and added reviewers are named, not given by internal id', () => {
  const names = new Map([
    ['id-dee', 'Dee'],
    ['id-ana', 'Reviewer 2'],
  ]);
  const csv = auditToCsv(
    [
      event({ action: 'reviewer.added', subject: 'id-ana', to: 'Ana Smith (reviewer)' }),
      event({
        action: 'decision.changed',
        subject: 'p/t3',
        from: 'Coding (consensus)',
        to: 'Other (adjudicated, adjudicator id-dee)',
      }),
      event({ action: 'decision.reopened', from: 'Other (adjudicated, adjudicator id-gone)' }),
    ],
    names,
  );
  expect(cells(csv).map((r) => r.slice(4, 7))).toEqual([
    ['Reviewer 2', '', 'Reviewer 2 (reviewer)'],
    ['p/t3', 'Coding (consensus)', 'Other (adjudicated, adjudicator Dee)'],
    ['s', 'Other (adjudicated, adjudicator id-gone)', ''],
  ]);
});
