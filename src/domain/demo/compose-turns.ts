import { fillTemplate } from './fill-template';
import { pastedText } from './pasted-text';
import { logNormal, pick, pickWeighted } from './pick';
import { CONTEXT_SENTENCES, GENERIC_FOLLOW_UPS } from './generic-turns';
import type { CategoryTemplates } from './template-types';

const CONTEXT_RATE = 0.55;

/** Relative frequency of 1..6 user turns: most threads have one or two. */
const TURN_WEIGHTS = [0.56, 0.24, 0.1, 0.05, 0.03, 0.02];

/** Pasted material of ordinary threads: log-normal, capped so no ordinary thread passes 32,000. */
const PASTE_MEDIAN = 1000;
const PASTE_SIGMA = 1.3;
const PASTE_CAP = 28_000;
/** Long threads: the whole thread between these lengths (the study cut 1.1% at 32,000). */
export const LONG_THREAD_MIN = 32_200;
export const LONG_THREAD_MAX = 45_000;

export interface ComposeOptions {
  templates: CategoryTemplates;
  /** Fillers for the writer's own slots: myDept, myRole, aMyRole ('an IT analyst'). */
  context: Readonly<Record<string, string>>;
  /** Whether this thread is one of the ~1.1% that paste a very long document. */
  long: boolean;
}

function casual(text: string, random: () => number): string {
  return random() < 0.12 ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * The user turns of one demo thread: a first prompt (with pasted material at the
 * category's paste rate, always for a long thread) and 0-5 follow-ups.
 */
export function composeTurns({ templates, context, long }: ComposeOptions, random: () => number): string[] {
  const turnCount = 1 + pickWeighted(random, TURN_WEIGHTS);
  const followUps: string[] = [];
  for (let i = 1; i < turnCount; i++) {
    const pool = templates.followUps.length > 0 && random() < 0.5 ? templates.followUps : GENERIC_FOLLOW_UPS;
    followUps.push(casual(fillTemplate(pick(random, pool), random, context), random));
  }
  if (!long && !(random() < templates.pasteRate && templates.pasteIntros.length > 0)) {
    const prompt = fillTemplate(pick(random, templates.prompts), random, context);
    const parts = [prompt];
    // Many people add a line or two of context to a request (not to a bare "hi").
    if (prompt.length >= 40 && random() < CONTEXT_RATE) {
      for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
        parts.push(fillTemplate(pick(random, CONTEXT_SENTENCES), random, context));
      }
    }
    return [casual(parts.join(' '), random), ...followUps];
  }
  const intro = fillTemplate(pick(random, templates.pasteIntros), random, context);
  let target: number;
  if (long) {
    const others = followUps.reduce((n, t) => n + t.length + 2, intro.length + 2);
    target = LONG_THREAD_MIN + random() * (LONG_THREAD_MAX - LONG_THREAD_MIN) - others;
  } else {
    do target = logNormal(random, PASTE_MEDIAN, PASTE_SIGMA);
    while (target > PASTE_CAP);
  }
  const pasted = pastedText(pick(random, templates.pasteKinds), Math.round(target), random);
  // Some people paste first and ask afterwards.
  const first = random() < 0.2 ? `${pasted}\n\n${intro}` : `${intro}\n\n${pasted}`;
  return [first, ...followUps];
}
