import { pick, pickWeighted } from './pick';

/** Share of demo threads whose simulated LLM label equals the intended category. */
export const LLM_AGREEMENT = 0.85;

/** The demo's classifier model, as a run of the study would record it. */
export const DEMO_LLM_MODEL = 'gpt-4o-2024-08-06';

// Plausible confusions, weighted, by intended category name.
const CONFUSIONS: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  'Email & Document Writing': [
    ['Text Manipulation', 4],
    ['Patient-Provider Messaging', 2],
    ['Brainstorming', 1],
    ['Other', 1],
  ],
  'Text Manipulation': [
    ['Email & Document Writing', 4],
    ['Process Referrals/Documents', 1],
    ['Other', 1],
  ],
  Brainstorming: [
    ['Email & Document Writing', 3],
    ['Other', 1],
  ],
  'Handle Information Requests': [
    ['Answer Medical Knowledge Questions', 3],
    ['Technical Support & IT Issues', 1],
    ['Other', 1],
  ],
  'Answer Medical Knowledge Questions': [
    ['Handle Information Requests', 3],
    ['Patient-Provider Messaging', 1],
    ['Other', 1],
  ],
  'Technical Support & IT Issues': [
    ['Coding', 2],
    ['Handle Information Requests', 2],
    ['Other', 1],
  ],
  'Patient-Provider Messaging': [
    ['Email & Document Writing', 4],
    ['Other', 1],
  ],
  Coding: [
    ['Technical Support & IT Issues', 3],
    ['Other', 1],
  ],
  'Process Referrals/Documents': [
    ['Text Manipulation', 2],
    ['Email & Document Writing', 1],
    ['Other', 1],
  ],
  'Generate Visual Aids': [
    ['Brainstorming', 1],
    ['Other', 2],
  ],
  Other: [
    ['Email & Document Writing', 2],
    ['Handle Information Requests', 2],
    ['Brainstorming', 1],
  ],
};

/**
 * A simulated LLM label for a thread written for `intended`: the same category with
 * probability LLM_AGREEMENT, otherwise a plausible confusion.
 */
export function simulateLlmLabel(intended: string, random: () => number): string {
  if (random() < LLM_AGREEMENT) return intended;
  const options = CONFUSIONS[intended];
  if (options === undefined)
    return pick(
      random,
      Object.keys(CONFUSIONS).filter((n) => n !== intended),
    );
  return (
    options[
      pickWeighted(
        random,
        options.map((o) => o[1]),
      )
    ]?.[0] ?? intended
  );
}

/** Category names that appear in the confusion table (for tests). */
export const CONFUSION_LABELS = [
  ...new Set(Object.entries(CONFUSIONS).flatMap(([k, v]) => [k, ...v.map((o) => o[0])])),
];
