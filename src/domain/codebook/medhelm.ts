/**
 * The MedHELM task taxonomy: 5 categories and 22 subcategories (the 121 tasks below them
 * are not needed here). Each codebook category is mapped to one (category, subcategory) pair.
 *
 * Reference: Bedi S. et al., "MedHELM: Holistic Evaluation of Large Language Models for
 * Medical Tasks", arXiv:2505.23802 (2025), Stanford CRFM.
 */
export interface MedhelmCategory {
  name: string;
  subcategories: readonly string[];
}

export const MEDHELM_TAXONOMY: readonly MedhelmCategory[] = [
  {
    name: 'Clinical Decision Support',
    subcategories: [
      'Supporting Diagnostic Decisions',
      'Planning Treatments',
      'Predicting Patient Risks and Outcomes',
      'Providing Clinical Knowledge Support',
    ],
  },
  {
    name: 'Clinical Note Generation',
    subcategories: [
      'Documenting Patient Visits',
      'Recording Procedures',
      'Documenting Diagnostic Reports',
      'Documenting Care Plans',
    ],
  },
  {
    name: 'Patient Communication and Education',
    subcategories: [
      'Providing Patient Education Resources',
      'Delivering Personalized Care Instructions',
      'Patient-Provider Messaging',
      'Enhancing Patient Understanding and Accessibility in Health Communication',
      'Facilitating Patient Engagement and Support',
    ],
  },
  {
    name: 'Medical Research Assistance',
    subcategories: [
      'Conducting Literature Research',
      'Analyzing Clinical Research Data',
      'Recording Research Processes',
      'Ensuring Clinical Research Quality',
      'Managing Research Enrollment',
    ],
  },
  {
    name: 'Administration and Workflow',
    subcategories: [
      'Scheduling Resources and Staff',
      'Overseeing Financial Activities',
      'Organizing Workflow Processes',
      'Care Coordination and Planning',
    ],
  },
];

/** True when `subcategory` is one of the MedHELM subcategories of `category` (exact names). */
export function isMedhelmPair(category: string, subcategory: string): boolean {
  return MEDHELM_TAXONOMY.some((c) => c.name === category && c.subcategories.includes(subcategory));
}
