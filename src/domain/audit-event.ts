import type { StudyId } from './ids';

export interface AuditEvent {
  seq?: number;
  studyId: StudyId;
  at: string;
  actor: string;
  action: string;
  subject: string;
  from: string | null;
  to: string | null;
  why: string | null;
}
