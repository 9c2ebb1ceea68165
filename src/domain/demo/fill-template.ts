import { pick } from './pick';
import { SLOTS } from './slots';

const SLOT = /\{(\w+)\}/g;

/**
 * Replaces each `{name}` of a template with a random filler from SLOTS, or with
 * `context[name]` when given (e.g. the user's own department as `{myDept}`).
 * Throws on a slot that has no filler, so a typo in a template fails the tests.
 */
export function fillTemplate(
  template: string,
  random: () => number,
  context: Readonly<Record<string, string>> = {},
): string {
  return template.replace(SLOT, (_, name: string) => {
    const fixed = context[name];
    if (fixed !== undefined) return fixed;
    const fillers = SLOTS[name];
    if (fillers === undefined) throw new Error(`fillTemplate: unknown slot {${name}} in "${template}"`);
    return pick(random, fillers);
  });
}

/** Names of the slots a template uses. */
export function templateSlots(template: string): string[] {
  return [...template.matchAll(SLOT)].map((m) => m[1] ?? '');
}
