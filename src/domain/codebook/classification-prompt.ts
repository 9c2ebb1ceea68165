import { OTHER_CATEGORY_NAME, type Category } from './codebook';

/** The header of the CSV the prompt asks for: what Concord's LLM labels import reads. */
export const PROMPT_OUTPUT_HEADER = 'thread_id,label,other_name';

// A definition or an example may span lines: its later lines are indented, so the list stays a list.
const indented = (text: string) => text.trim().replace(/\r\n|\r|\n/g, '\n  ');

function categoryBlock(c: Category): string[] {
  const medhelm = c.medhelm.category.trim();
  const sub = c.medhelm.subcategory.trim();
  return [
    `Category: ${c.name}`,
    `Key: ${c.key}`,
    // A subcategory alone does not say where it belongs in MedHELM: it is shown only under its category.
    ...(medhelm === '' ? [] : [`MedHELM: ${medhelm}${sub === '' ? '' : ` / ${sub}`}`]),
    `Definition: ${indented(c.definition)}`,
    ...(c.examples.length > 0 ? ['Examples:', ...c.examples.map((e) => `- ${indented(e)}`)] : []),
  ];
}

/**
 * The prompt an LLM pipeline classifies threads with, built from one codebook version, so the
 * model reads the reviewers' own definitions (issue #11, §4). Plain text, LF line ends, ending
 * with a newline, in this order:
 * - the instruction, naming the codebook version;
 * - each category in codebook order: name, key, MedHELM category / subcategory (the line is left
 *   out when the category has no MedHELM category), definition, examples (left out when none);
 *   a definition's or an example's later lines are indented by two spaces;
 * - the Other instruction: when no category fits, answer Other and suggest a short name;
 * - the output format: CSV with the header `thread_id,label,other_name`, one line per thread,
 *   quoted as RFC 4180, which the LLM labels import reads (thread id and label columns).
 */
export function classificationPrompt(codebook: { version: number; categories: readonly Category[] }): string {
  const lines = [
    `Classify each conversation thread into exactly one category of the codebook below (codebook version ${codebook.version}).`,
    '',
    'A thread is the prompts one user typed into a chat assistant at work, in order. Read the whole thread, then choose',
    'the one category that best describes what the user wanted.',
    '',
    'Categories',
    ...codebook.categories.flatMap((c) => ['', ...categoryBlock(c)]),
    '',
    `If no category fits, answer ${OTHER_CATEGORY_NAME} and suggest a short name (a few words) for what the user`,
    'wanted, in other_name.',
    '',
    'Output format',
    '',
    'Answer in CSV, one line per thread, after this header line:',
    PROMPT_OUTPUT_HEADER,
    '- thread_id: the id of the thread, exactly as given.',
    '- label: the name of one category above, exactly as written after "Category:" (the name, not the key).',
    `- other_name: empty unless label is ${OTHER_CATEGORY_NAME}.`,
    'Put a field in double quotes when it holds a comma, a double quote or a line break, and double every double',
    'quote inside it. Write nothing but the CSV: a program reads it (the LLM labels import of Concord).',
  ];
  return `${lines.join('\n')}\n`;
}
