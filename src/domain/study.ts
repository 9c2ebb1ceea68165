import type { RoleGroups } from './corpus/role-groups';
import type { StudyId } from './ids';
import type { StudySummary } from './study-summary';

export interface Study {
  id: StudyId;
  name: string;
  createdAt: string;
  isDemo: boolean;
  /** Users with more than this many threads are "frequent users" (PRODUCT.md: five). */
  frequentUserThreshold: number;
  summary: StudySummary;
  /** Reports and exports show reviewers as Reviewer 1…n, not by name (absent: off; not indexed). */
  anonymiseReviewers?: boolean;
  /** Role → its groups on the corpus dashboard, as the lead set them (absent: defaults; not indexed). */
  roleGroups?: RoleGroups;
}

/** How many records of each kind a study held (what deleting it removed). */
export type StudyRecordCounts = Record<
  'studies' | 'threads' | 'threadPages' | 'llmRuns' | 'llmLabels' | 'codebooks' | 'reviewers' | 'samples' | 'ratings'
  | 'pendingAnnotations' | 'decisions' | 'auditEvents',
  number
>;
