import { asCategoryId } from '../ids';
import { OTHER_CATEGORY_NAME, type Category, type Codebook, type MedhelmMapping } from './codebook';

// Keys: '1'-'9' and '0' for the ten categories in order of usage, 'o' for Other.
// Categories without a fitting MedHELM subcategory go under Organizing Workflow Processes
// as a proposed new task, as the study did.
const proposedWorkflow: MedhelmMapping = {
  category: 'Administration and Workflow',
  subcategory: 'Organizing Workflow Processes',
  proposed: true,
};

interface CategorySpec {
  name: string;
  key: string;
  definition: string;
  examples: string[];
  medhelm: MedhelmMapping;
  share: number;
}

const SPECS: CategorySpec[] = [
  {
    name: 'Email & Document Writing',
    key: '1',
    definition:
      'Drafting, rewriting or improving emails, letters, memos, announcements, policies and other written workplace communication.',
    examples: [
      'Write an email to the clinic managers reminding them that the new badge readers go live on Monday.',
      'Help me write a thank-you letter to a family foundation that donated toys to our inpatient units.',
      'Draft a memo explaining the updated overtime approval process for our scheduling team.',
    ],
    medhelm: proposedWorkflow,
    share: 0.539,
  },
  {
    name: 'Text Manipulation',
    key: '2',
    definition:
      'Transforming text the user supplies (summarizing, shortening, reformatting, proofreading or translating) without adding new content.',
    examples: [
      'Summarize these meeting notes into five bullet points with owners and due dates.',
      'Proofread this paragraph and fix the grammar but keep my wording.',
      'Turn this list of names and extensions into a table sorted by last name.',
    ],
    medhelm: proposedWorkflow,
    share: 0.091,
  },
  {
    name: 'Brainstorming',
    key: '3',
    definition: 'Generating ideas, options, names, themes or activities for a project, event, initiative or problem.',
    examples: [
      'Give me ten ideas for a staff appreciation week on a small budget.',
      'What are some catchy names for our new volunteer newsletter?',
      'Suggest activities for a waiting room that keep toddlers and teenagers busy.',
    ],
    medhelm: proposedWorkflow,
    share: 0.067,
  },
  {
    name: 'Handle Information Requests',
    key: '4',
    definition:
      'Answering general factual, procedural or regulatory questions that are not medical, such as how something works, what a rule requires or how to do a task.',
    examples: [
      'What is the difference between FMLA and short-term disability leave?',
      'How long do we have to keep signed consent forms under federal rules?',
      'What does a prior authorization mean and who usually requests it?',
    ],
    // Most such questions are about how work gets done, which this subcategory covers.
    medhelm: {
      category: 'Administration and Workflow',
      subcategory: 'Organizing Workflow Processes',
      proposed: false,
    },
    share: 0.061,
  },
  {
    name: 'Answer Medical Knowledge Questions',
    key: '5',
    definition:
      'Answering questions about medical conditions, procedures, tests, medications or other health information.',
    examples: [
      'What is the usual recovery time after a tonsillectomy in a school-age child?',
      'Explain the difference between type 1 and type 2 diabetes in simple terms.',
      'What are the common side effects of albuterol in children?',
    ],
    medhelm: {
      category: 'Clinical Decision Support',
      subcategory: 'Providing Clinical Knowledge Support',
      proposed: false,
    },
    share: 0.059,
  },
  {
    name: 'Technical Support & IT Issues',
    key: '6',
    definition: 'Help with software, hardware, accounts, printers, networks or using a computer system or tool.',
    examples: [
      'Outlook keeps asking for my password every few minutes. How do I fix it?',
      'How do I share a Teams calendar with someone outside my department?',
      'My second monitor is not detected after docking my laptop. What should I try?',
    ],
    medhelm: proposedWorkflow,
    share: 0.044,
  },
  {
    name: 'Patient-Provider Messaging',
    key: '7',
    definition:
      'Writing or answering messages between the care team and patients or their families, such as portal messages, letters and call scripts.',
    examples: [
      "Write a portal message to a parent letting them know their child's appointment moved to next Tuesday.",
      'Help me reply kindly to a family asking why their referral has not been scheduled yet.',
      'Draft a voicemail script asking a family to call back to confirm an MRI time.',
    ],
    medhelm: {
      category: 'Patient Communication and Education',
      subcategory: 'Patient-Provider Messaging',
      proposed: false,
    },
    share: 0.035,
  },
  {
    name: 'Coding',
    key: '8',
    definition: 'Writing, explaining or debugging code, scripts, queries or spreadsheet formulas.',
    examples: [
      'Write an Excel formula that counts no-shows per clinic from column D.',
      'Why does this SQL query return duplicate rows?',
      'Write a Python script that renames all PDFs in a folder by the date in their name.',
    ],
    medhelm: proposedWorkflow,
    share: 0.026,
  },
  {
    name: 'Process Referrals/Documents',
    key: '9',
    definition:
      'Extracting, checking or routing information from referrals, faxes, forms, orders or insurance documents.',
    examples: [
      'From this referral text, list the reason for referral, the requested specialty and the urgency.',
      'Which fields are missing from this prior authorization request form?',
      'Sort these incoming fax summaries by department and note which need a call back.',
    ],
    medhelm: {
      category: 'Administration and Workflow',
      subcategory: 'Care Coordination and Planning',
      proposed: false,
    },
    share: 0.02,
  },
  {
    name: 'Generate Visual Aids',
    key: '0',
    definition: 'Creating images, diagrams, charts, infographics, flyers or other visual material.',
    examples: [
      'Create a simple picture schedule showing the steps of a blood draw for a young child.',
      'Make an infographic about safe sleep for new parents.',
      'Design a flyer for our hospital blood drive with a friendly cartoon.',
    ],
    medhelm: {
      category: 'Patient Communication and Education',
      subcategory: 'Providing Patient Education Resources',
      proposed: false,
    },
    share: 0.008,
  },
];

const OTHER_SPEC: Omit<CategorySpec, 'share'> = {
  name: OTHER_CATEGORY_NAME,
  key: 'o',
  definition: 'Anything that fits none of the other categories; the reviewer suggests a descriptive name.',
  examples: [
    "Write a funny poem for my coworker's retirement party.",
    'Plan a week of quick dinners for a family of four.',
    'What should I say in my self-evaluation for my annual review?',
  ],
  medhelm: proposedWorkflow,
};

/** A stable kebab-case id from a category name: 'Email & Document Writing' -> 'email-document-writing'. */
export function categorySlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const toCategory = (spec: Omit<CategorySpec, 'share'>, isOther: boolean): Category => ({
  id: asCategoryId(categorySlug(spec.name)),
  name: spec.name,
  key: spec.key,
  definition: spec.definition,
  examples: [...spec.examples],
  medhelm: { ...spec.medhelm },
  isOther,
});

/** The ten categories of the study in order of usage, then Other. */
export const DEFAULT_CATEGORIES: Category[] = [...SPECS.map((s) => toCategory(s, false)), toCategory(OTHER_SPEC, true)];

const namedShare = SPECS.reduce((sum, s) => sum + s.share, 0);

/**
 * Share of the study's threads per category id (PRODUCT.md); Other takes the remainder
 * (1 - 0.95 = 5%). Used by the demo generator; sums to 1.
 */
export const USAGE_SHARES: Readonly<Record<string, number>> = Object.fromEntries([
  ...SPECS.map((s): [string, number] => [categorySlug(s.name), s.share]),
  [categorySlug(OTHER_SPEC.name), 1 - namedShare],
]);

/** The study's codebook as version 1: fresh copies, safe to edit. */
export function defaultCodebook(): Codebook {
  return {
    version: 1,
    categories: DEFAULT_CATEGORIES.map((c) => ({ ...c, examples: [...c.examples], medhelm: { ...c.medhelm } })),
  };
}
