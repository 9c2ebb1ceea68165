import type { z } from 'zod';

const FIELD_WORDS: Readonly<Record<string, string>> = {
  format: 'format',
  formatVersion: 'format version',
  exportedAt: 'export time',
  version: 'codebook version',
  categories: 'categories',
  id: 'id',
  name: 'name',
  key: 'key',
  definition: 'definition',
  examples: 'examples',
  medhelm: 'MedHELM mapping',
  category: 'category',
  subcategory: 'subcategory',
  proposed: 'proposed flag',
  isOther: 'Other flag',
};

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) {
    if (!isRecord(value)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `text "${value.slice(0, 40)}…"` : `text "${value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return 'an object';
}

const words = (segment: PropertyKey) => FIELD_WORDS[String(segment)] ?? String(segment);

/** 'Category 3 ("Coding"), MedHELM subcategory' for ['categories', 2, 'medhelm', 'subcategory']. */
export function describePath(path: readonly PropertyKey[], root: unknown): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as PropertyKey;
    const next = path[i + 1];
    if ((segment === 'categories' || segment === 'examples') && typeof next === 'number') {
      const item = valueAt(root, path.slice(0, i + 2));
      const name =
        segment === 'categories' && isRecord(item) && typeof item.name === 'string' && item.name.trim() !== ''
          ? ` ("${item.name}")`
          : '';
      parts.push(`${segment === 'categories' ? 'category' : 'example'} ${next + 1}${name}`);
      i++;
    } else if (segment === 'medhelm' && next !== undefined) {
      parts.push(`MedHELM ${words(next)}`);
      i++;
    } else {
      parts.push(words(segment));
    }
  }
  const where = parts.length === 0 ? 'the file' : parts.join(', ');
  return where.charAt(0).toUpperCase() + where.slice(1);
}

/** One problem of a codebook file in words: where (`describePath`), then what is wrong. */
export function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const value = valueAt(root, issue.path);
  let what: string;
  switch (issue.code) {
    case 'invalid_type':
      what =
        value === undefined
          ? 'is missing'
          : `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, found ${describeValue(value)}`;
      break;
    case 'too_small':
      what =
        issue.origin === 'number'
          ? `expected a number ${issue.inclusive ? 'of at least' : 'above'} ${String(issue.minimum)}, found ${describeValue(value)}`
          : issue.message;
      break;
    case 'invalid_format':
      what = 'must not be blank';
      break;
    case 'invalid_value':
      what = `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, found ${describeValue(value)}`;
      break;
    default:
      what = issue.message;
  }
  return `${describePath(issue.path, root)}: ${what}.`;
}
