import type { ReviewerId, StudyId } from './ids';

export interface Reviewer {
  studyId: StudyId;
  reviewerId: ReviewerId;
  name: string;
  initials: string;
  role: 'reviewer' | 'lead';
}
