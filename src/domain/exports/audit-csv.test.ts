import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { asStudyId } from '../ids';
import { auditToCsv } from './audit-csv';

test('the audit log as CSV: names for known actors, empty for nulls, formula cells neutralised', () => {
  const studyId = asStudyId('s');
  const csv = auditToCsv([
    { seq: 3, studyId, at: '2026-01-01T00:00:00Z', actor: 'lead', action: 'study.created', subject: 's', from: null, to: 'Pilot', why: null },
    { seq: 9, studyId, at: '2026-01-02T00:00:00Z', actor: 'r1', action: 'rating.changed', subject: 'p/t1', from: 'Coding', to: '=Other', why: 'line 1\nline, 2' },
  ], new Map([['r1', 'Ana']]));
  expect(csv.startsWith('seq,at,actor,action,subject,from,to,why\n')).toBe(true);
  expect(Papa.parse<string[]>(csv.trimEnd()).data.slice(1)).toEqual([
    ['3', '2026-01-01T00:00:00Z', 'lead', 'study.created', 's', '', 'Pilot', ''],
    ['9', '2026-01-02T00:00:00Z', 'Ana', 'rating.changed', 'p/t1', 'Coding', "'=Other", 'line 1\nline, 2'],
  ]);
  expect(auditToCsv([], new Map())).toBe('seq,at,actor,action,subject,from,to,why\n');
});
