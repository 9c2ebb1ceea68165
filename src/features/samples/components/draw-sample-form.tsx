import { useQuery } from '@tanstack/react-query';
import { useReducer, type FormEvent } from 'react';
import { MAX_SEED, type Allocation, type StratifyBy } from '../../../domain/sampling/sample-settings';
import type { Study } from '../../../domain/study';
import { reviewerQueries } from '../../../queries/reviewer-queries';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';
import {
  drawFormReducer,
  drawFormReviewers,
  drawFormSettings,
  initialDrawForm,
  type DrawFormFields,
} from '../draw-form-reducer';
import { countableFilters, drawFormProblems } from '../draw-form-problems';
import { useDrawSample } from '../hooks/use-draw-sample';
import { usePopulationSteps } from '../hooks/use-population-steps';
import { MultiSelect } from './multi-select';
import { PopulationCount } from './population-count';
import { ReviewersFieldset } from './reviewers-fieldset';

const field = 'mt-1 rounded border border-slate-300 bg-white px-2 py-1';
const newSeed = () => Math.floor(Math.random() * MAX_SEED);

export function DrawSampleForm({ study, sampleCount }: { study: Study; sampleCount: number }) {
  const { data: reviewers = [] } = useQuery(reviewerQueries.list(study.id));
  const drawer = useDrawSample(study);
  const hasUserIds = Object.keys(study.summary.byUser).length > 0;
  const [state, dispatch] = useReducer(drawFormReducer, undefined, () =>
    initialDrawForm({
      name: `Sample ${sampleCount + 1}`,
      seed: newSeed(),
      frequentThreshold: study.frequentUserThreshold,
      hasUserIds,
    }),
  );
  const edit = (patch: Partial<DrawFormFields>) => dispatch({ type: 'edited', patch });
  const reviewerIds = drawFormReviewers(state, reviewers);
  const settings = drawFormSettings(state);
  const { population } = drawer;
  const steps = usePopulationSteps(population, countableFilters(settings) ? settings : null);
  const inStudy = population?.threads.length ?? study.summary.threadCount;
  const problems = drawFormProblems(
    settings,
    { reviewers: reviewerIds.length, perThread: state.perThread },
    steps && { threadsInStudy: inStudy, steps },
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    dispatch({ type: 'drawStarted' });
    try {
      const sample = await drawer.draw(
        state.name.trim() || `Sample ${sampleCount + 1}`,
        settings,
        reviewerIds,
        state.perThread,
      );
      dispatch({
        type: 'drawn',
        message: `Drew “${sample.name}”: ${sample.threadIds.length} threads, seed ${sample.seed}.`,
        nextName: `Sample ${sampleCount + 2}`,
        nextSeed: newSeed(),
      });
    } catch (err) {
      dispatch({ type: 'drawFailed', message: errorMessage(err) });
    }
  };

  return (
    <form
      onSubmit={(e) => void submit(e)}
      aria-labelledby="draw-heading"
      className="space-y-3 rounded border border-slate-200 bg-white p-3 text-sm"
    >
      <h2 id="draw-heading" className="text-lg font-semibold">
        Draw a sample
      </h2>
      <div className="flex flex-wrap gap-3">
        <label className="flex flex-col">
          Name
          <input value={state.name} onChange={(e) => edit({ name: e.target.value })} className={field} />
        </label>
        <label className="flex flex-col">
          Size (threads)
          <input
            type="number"
            min={1}
            value={state.size}
            onChange={(e) => edit({ size: e.target.value })}
            className={`${field} w-28`}
          />
        </label>
        <label className="flex flex-col">
          Seed
          <input
            type="number"
            min={0}
            max={MAX_SEED}
            value={state.seed}
            onChange={(e) => edit({ seed: e.target.value })}
            className={`${field} w-36`}
          />
        </label>
        <Button className="self-end" onClick={() => edit({ seed: String(newSeed()) })}>
          New seed
        </Button>
      </div>
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="font-medium">Population</legend>
        <div className="flex flex-col">
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={state.frequentOnly}
              disabled={!hasUserIds}
              aria-describedby={hasUserIds ? undefined : 'no-user-ids'}
              onChange={(e) => edit({ frequentOnly: e.target.checked })}
            />
            Frequent users only
          </label>
          {!hasUserIds && (
            <span id="no-user-ids" className="text-xs text-slate-600">
              This study has no user ids, so no thread can be told to come from a frequent user.
            </span>
          )}
        </div>
        <label className="flex flex-col">
          More than (threads)
          <input
            type="number"
            min={0}
            value={state.threshold}
            disabled={!state.frequentOnly}
            onChange={(e) => edit({ threshold: e.target.value })}
            className={`${field} w-24`}
          />
        </label>
        <MultiSelect
          label="Departments"
          options={Object.keys(study.summary.byDepartment)}
          value={state.departments}
          onChange={(departments) => edit({ departments })}
        />
        <MultiSelect
          label="Roles"
          options={Object.keys(study.summary.byRole)}
          value={state.roles}
          onChange={(roles) => edit({ roles })}
        />
        {drawer.run && (
          <MultiSelect
            label="LLM labels"
            options={Object.keys(drawer.labelCounts)}
            value={state.llmLabels}
            onChange={(llmLabels) => edit({ llmLabels })}
          />
        )}
        <label className="flex flex-col">
          From
          <input
            type="date"
            value={state.dateFrom}
            onChange={(e) => edit({ dateFrom: e.target.value })}
            className={field}
          />
        </label>
        <label className="flex flex-col">
          To
          <input
            type="date"
            value={state.dateTo}
            onChange={(e) => edit({ dateTo: e.target.value })}
            className={field}
          />
        </label>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={state.includePrevious}
            onChange={(e) => edit({ includePrevious: e.target.checked })}
          />
          Include threads of earlier samples
        </label>
      </fieldset>
      <PopulationCount left={steps && (steps.at(-1)?.remaining ?? inStudy)} inStudy={inStudy} />
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="font-medium">Stratification</legend>
        <label className="flex flex-col">
          Stratify by
          <select
            value={state.stratifyBy}
            onChange={(e) => edit({ stratifyBy: e.target.value as StratifyBy })}
            className={field}
          >
            <option value="none">No stratification</option>
            {drawer.run && <option value="llmLabel">LLM label</option>}
            <option value="department">Department</option>
          </select>
        </label>
        <label className="flex flex-col">
          Allocation
          <select
            value={state.allocation}
            onChange={(e) => edit({ allocation: e.target.value as Allocation })}
            disabled={state.stratifyBy === 'none'}
            className={field}
          >
            <option value="proportional">Proportional</option>
            <option value="equal">Equal</option>
          </select>
        </label>
      </fieldset>
      <ReviewersFieldset
        reviewers={reviewers}
        chosen={reviewerIds}
        perThread={state.perThread}
        onToggle={(reviewerId, on) => dispatch({ type: 'reviewerToggled', reviewerId, on, current: reviewerIds })}
        onPerThread={(perThread) => edit({ perThread })}
      />
      {problems.length > 0 && (
        <ul aria-label="Sample settings problems" className="list-disc pl-5 text-red-800">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {state.status.kind === 'failed' && (
        <Alert tone="error" title="The sample was not drawn">
          {state.status.message}
        </Alert>
      )}
      {state.status.kind === 'drawn' && <Alert tone="success" title={state.status.message} />}
      <Button
        type="submit"
        variant="primary"
        disabled={!drawer.ready || state.status.kind === 'drawing' || problems.length > 0}
      >
        Draw sample
      </Button>
    </form>
  );
}
