/** What a user may paste into a prompt; see pasted-text.ts. */
export type PasteKind = 'email' | 'notes' | 'policy' | 'article' | 'code' | 'data' | 'log' | 'referral';

/**
 * The prompt material of one category. Templates hold `{slot}` placeholders (see slots.ts;
 * `{myDept}`, `{myRole}` and `{aMyRole}` are the writer's own department and role).
 */
export interface CategoryTemplates {
  /** Self-contained first prompts. */
  prompts: readonly string[];
  /** First prompts that introduce pasted material, which follows after a blank line. */
  pasteIntros: readonly string[];
  /** The kinds of material pasted after an intro. */
  pasteKinds: readonly PasteKind[];
  /** Probability that a thread of this category pastes material. */
  pasteRate: number;
  /** Category-specific follow-up turns (generic ones are added by the generator). */
  followUps: readonly string[];
}
