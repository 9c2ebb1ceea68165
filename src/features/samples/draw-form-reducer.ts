import type { ReviewerId } from '../../domain/ids';
import type { Allocation, SampleSettings, StratifyBy } from '../../domain/sampling/sample-settings';

/** What the lead has typed and picked in the draw form, as typed (numbers stay text until drawn). */
export interface DrawFormState {
  name: string;
  size: string;
  seed: string;
  frequentOnly: boolean;
  threshold: string;
  departments: string[];
  roles: string[];
  llmLabels: string[];
  dateFrom: string;
  dateTo: string;
  stratifyBy: StratifyBy;
  allocation: Allocation;
  includePrevious: boolean;
  /** The reviewers ticked; null until the lead touches the list (the default applies). */
  chosen: ReviewerId[] | null;
  /** Each thread labeled by this many of the reviewers; null: every reviewer labels every thread. */
  perThread: number | null;
  status:
    { kind: 'idle' } | { kind: 'drawing' } | { kind: 'failed'; message: string } | { kind: 'drawn'; message: string };
}

/** The fields a plain edit may change: the rest move only through their own events. */
export type DrawFormFields = Omit<DrawFormState, 'chosen' | 'status'>;

export type DrawFormEvent =
  | { type: 'edited'; patch: Partial<DrawFormFields> }
  | { type: 'reviewerToggled'; reviewerId: ReviewerId; on: boolean; current: readonly ReviewerId[] }
  | { type: 'drawStarted' }
  | { type: 'drawFailed'; message: string }
  | { type: 'drawn'; message: string; nextName: string; nextSeed: number };

/** The form as it opens: frequent users only when the study has user ids to count them by. */
export function initialDrawForm(input: {
  name: string;
  seed: number;
  frequentThreshold: number;
  hasUserIds: boolean;
}): DrawFormState {
  return {
    name: input.name,
    size: '100',
    seed: String(input.seed),
    frequentOnly: input.hasUserIds,
    threshold: String(input.frequentThreshold),
    departments: [],
    roles: [],
    llmLabels: [],
    dateFrom: '',
    dateTo: '',
    stratifyBy: 'none',
    allocation: 'proportional',
    includePrevious: false,
    chosen: null,
    perThread: null,
    status: { kind: 'idle' },
  };
}

/** Pure: the next state of the form after an event (randomness arrives in the event). */
export function drawFormReducer(state: DrawFormState, event: DrawFormEvent): DrawFormState {
  switch (event.type) {
    case 'edited':
      return { ...state, ...event.patch };
    case 'reviewerToggled': {
      const chosen = event.on
        ? [...event.current.filter((id) => id !== event.reviewerId), event.reviewerId]
        : event.current.filter((id) => id !== event.reviewerId);
      return { ...state, chosen };
    }
    case 'drawStarted':
      return { ...state, status: { kind: 'drawing' } };
    case 'drawFailed':
      return { ...state, status: { kind: 'failed', message: event.message } };
    case 'drawn':
      return {
        ...state,
        name: event.nextName,
        seed: String(event.nextSeed),
        status: { kind: 'drawn', message: event.message },
      };
  }
}

/** The reviewers who label the sample: those ticked, or by default the study's first three reviewers. */
export function drawFormReviewers(
  state: DrawFormState,
  reviewers: readonly { reviewerId: ReviewerId; role: string }[],
): ReviewerId[] {
  return (
    state.chosen ??
    reviewers
      .filter((r) => r.role === 'reviewer')
      .slice(0, 3)
      .map((r) => r.reviewerId)
  );
}

/** The settings a draw takes; empty choices mean no filter. */
export function drawFormSettings(state: DrawFormState): SampleSettings {
  const list = (values: string[]) => (values.length > 0 ? values : null);
  return {
    size: Number(state.size),
    seed: Number(state.seed),
    frequentOnly: state.frequentOnly,
    frequentThreshold: Number(state.threshold),
    departments: list(state.departments),
    roles: list(state.roles),
    llmLabels: list(state.llmLabels),
    dateFrom: state.dateFrom || null,
    dateTo: state.dateTo || null,
    stratifyBy: state.stratifyBy,
    allocation: state.allocation,
    includePreviouslySampled: state.includePrevious,
  };
}
