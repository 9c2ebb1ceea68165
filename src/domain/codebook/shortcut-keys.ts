import type { CategoryId } from '../ids';
import type { Category } from './codebook';

/**
 * Keys the labeling workspace keeps for itself; no category may use them.
 * '?' is listed although it is not a valid category key, so its problem names the command.
 */
export const RESERVED_KEYS: Readonly<Record<string, string>> = {
  j: 'next thread',
  k: 'previous thread',
  n: 'note',
  f: 'flag',
  u: 'undo',
  g: 'go to a thread by number',
  l: 'the list of labeled and flagged threads',
  '?': 'help',
};

/** The Other category's key; no other category may take it. */
export const OTHER_KEY = 'o';

/** Keys in the order they are handed out: '1'-'9', '0', then letters (reserved ones and 'o' skipped). */
export const CATEGORY_KEY_ORDER: readonly string[] = [...'1234567890abcdefghijklmnopqrstuvwxyz'].filter(
  (k) => !(k in RESERVED_KEYS) && k !== OTHER_KEY,
);

/** Keys are compared case-insensitively: 'A' and 'a' are the same key. */
export function foldKey(key: string): string {
  return key.toLowerCase();
}

const isKeyCharacter = (folded: string) => /^[0-9a-z]$/.test(folded);

/** True when `key` can be used by `category`: one character of 0-9a-z (any case), not reserved, 'o' only for Other. */
function isUsableKey(key: string, category: Pick<Category, 'isOther'>): boolean {
  const folded = foldKey(key);
  return isKeyCharacter(folded) && !(folded in RESERVED_KEYS) && (folded !== OTHER_KEY || category.isOther);
}

/**
 * The first key of `CATEGORY_KEY_ORDER` no category in `categories` uses (case-folded), or
 * null when all 28 are taken. Never returns 'o' (kept for Other).
 */
export function nextFreeKey(categories: readonly Pick<Category, 'key'>[]): string | null {
  return firstFree(new Set(categories.map((c) => foldKey(c.key))));
}

const firstFree = (used: ReadonlySet<string>) => CATEGORY_KEY_ORDER.find((k) => !used.has(k)) ?? null;

/**
 * Gives every category a shortcut key, keeping the keys that already work.
 *
 * Definition: in order, a category keeps its key (lower-cased) when it is one character of
 * 0-9a-z, not reserved (`RESERVED_KEYS`), not 'o' unless the category is Other, and not
 * already kept by an earlier category. Then, in order, each category left without a key
 * gets one: Other gets 'o' if still free; everyone else (and an Other whose 'o' is taken)
 * gets the next free key of `CATEGORY_KEY_ORDER`.
 *
 * Returns new category objects in the same order; the input is not changed.
 *
 * Precondition: a free key exists for every category that needs one (at most 28
 * categories besides one Other); otherwise throws.
 */
export function assignShortcutKeys(categories: readonly Category[]): Category[] {
  const kept = new Set<string>();
  const keys: (string | null)[] = categories.map((c) => {
    const folded = foldKey(c.key);
    if (!isUsableKey(c.key, c) || kept.has(folded)) return null;
    kept.add(folded);
    return folded;
  });

  return categories.map((c, i) => {
    let key = keys[i] ?? null;
    if (key === null && c.isOther && !kept.has(OTHER_KEY)) key = OTHER_KEY;
    key ??= firstFree(kept);
    if (key === null) {
      throw new Error(
        `assignShortcutKeys: no free shortcut key for "${c.name}"; at most ${CATEGORY_KEY_ORDER.length} categories besides Other can have one`,
      );
    }
    kept.add(key);
    return { ...c, key };
  });
}

export type KeyProblem =
  | { kind: 'collision'; key: string; categoryIds: CategoryId[]; message: string }
  | { kind: 'reserved'; key: string; categoryIds: [CategoryId]; message: string }
  | { kind: 'invalid'; key: string; categoryIds: [CategoryId]; message: string }
  | { kind: 'other-key'; key: string; categoryIds: [CategoryId]; message: string };

const quoteNames = (names: string[]) => {
  const quoted = names.map((n) => `"${n}"`);
  return quoted.length <= 2 ? quoted.join(' and ') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
};

/**
 * Every shortcut-key problem of a codebook, in category order (a collision is reported
 * where its first category stands).
 *
 * - 'collision': two or more categories share a key (case-insensitive), naming them all.
 *   Empty keys are not collisions (they are 'invalid').
 * - 'reserved': a key the workspace uses ('j', 'k', 'n', 'f', 'u', 'g', 'l', '?'), naming the command.
 * - 'invalid': not exactly one character of 0-9a-z (any case), including the empty key.
 * - 'other-key': a category other than Other uses 'o'. Other itself may use another key.
 *
 * A category can have several problems (a reserved key shared by two categories is both
 * 'reserved' and a 'collision'). An empty list means every category has a working key.
 */
export function checkShortcutKeys(categories: readonly Category[]): KeyProblem[] {
  const byKey = new Map<string, Category[]>();
  for (const c of categories) {
    const folded = foldKey(c.key);
    if (folded === '') continue;
    byKey.set(folded, [...(byKey.get(folded) ?? []), c]);
  }

  const problems: KeyProblem[] = [];
  for (const c of categories) {
    const folded = foldKey(c.key);
    const sharing = byKey.get(folded) ?? [];
    if (sharing.length > 1 && sharing[0] === c) {
      problems.push({
        kind: 'collision',
        key: folded,
        categoryIds: sharing.map((s) => s.id),
        message: `Key "${folded}" is used by ${quoteNames(sharing.map((s) => s.name))}.`,
      });
    }
    const reservedFor = RESERVED_KEYS[folded];
    if (reservedFor !== undefined) {
      problems.push({
        kind: 'reserved',
        key: folded,
        categoryIds: [c.id],
        message: `"${c.name}" uses key "${folded}", which is kept for ${reservedFor}.`,
      });
    } else if (!isKeyCharacter(folded)) {
      problems.push({
        kind: 'invalid',
        key: c.key,
        categoryIds: [c.id],
        message:
          c.key === ''
            ? `"${c.name}" has no shortcut key.`
            : `"${c.name}" has key "${c.key}"; a key is one digit or letter.`,
      });
    } else if (folded === OTHER_KEY && !c.isOther) {
      problems.push({
        kind: 'other-key',
        key: folded,
        categoryIds: [c.id],
        message: `"${c.name}" uses key "${OTHER_KEY}", which is kept for Other.`,
      });
    }
  }
  return problems;
}
