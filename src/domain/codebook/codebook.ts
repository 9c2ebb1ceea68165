import type { CategoryId, StudyId } from '../ids';

export interface MedhelmMapping {
  category: string;
  subcategory: string;
  /** True where no MedHELM subcategory fits and the mapping is our proposed addition. */
  proposed: boolean;
}

export interface Category {
  id: CategoryId;
  name: string;
  /** One-key shortcut: '1'-'9', '0', then letters. */
  key: string;
  definition: string;
  examples: string[];
  medhelm: MedhelmMapping;
  /** The catch-all category; a reviewer who picks it suggests a descriptive name. */
  isOther: boolean;
}

export interface Codebook {
  /** 1, 2, 3... within a study. */
  version: number;
  categories: Category[];
}

export const OTHER_CATEGORY_NAME = 'Other';

export interface CodebookVersion {
  studyId: StudyId;
  version: number;
  categories: Category[];
  createdAt: string;
  /** Frozen once anything has been labeled under it; edits then make a new version. */
  frozen: boolean;
}
