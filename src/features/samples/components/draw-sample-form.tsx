import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { ReviewerId } from '../../../domain/ids';
import { MAX_SEED, sampleSettingsProblems, type Allocation, type SampleSettings, type StratifyBy } from '../../../domain/sampling/sample-settings';
import type { Study } from '../../../domain/study';
import { reviewerQueries } from '../../../queries/reviewer-queries';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';
import { useDrawSample } from '../hooks/use-draw-sample';
import { MultiSelect } from './multi-select';

const field = 'mt-1 rounded border border-slate-300 bg-white px-2 py-1';
const newSeed = () => Math.floor(Math.random() * MAX_SEED);

export function DrawSampleForm({ study, sampleCount }: { study: Study; sampleCount: number }) {
  const { data: reviewers = [] } = useQuery(reviewerQueries.list(study.id));
  const drawer = useDrawSample(study);
  const [name, setName] = useState(`Sample ${sampleCount + 1}`);
  const [size, setSize] = useState('100');
  const [seed, setSeed] = useState(() => String(newSeed()));
  const [frequentOnly, setFrequentOnly] = useState(true);
  const [threshold, setThreshold] = useState(String(study.frequentUserThreshold));
  const [departments, setDepartments] = useState<string[]>([]);
  const [roles, setRoles] = useState<string[]>([]);
  const [llmLabels, setLlmLabels] = useState<string[]>([]);
  const [dateFrom, setDateFrom] = useState('');
  const [dateTo, setDateTo] = useState('');
  const [stratifyBy, setStratifyBy] = useState<StratifyBy>('none');
  const [allocation, setAllocation] = useState<Allocation>('proportional');
  const [includePrevious, setIncludePrevious] = useState(false);
  const [chosen, setChosen] = useState<ReviewerId[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const reviewerIds = chosen ?? reviewers.filter((r) => r.role === 'reviewer').slice(0, 3).map((r) => r.reviewerId);
  const settings: SampleSettings = {
    size: Number(size), seed: Number(seed), frequentOnly, frequentThreshold: Number(threshold),
    departments: departments.length ? departments : null, roles: roles.length ? roles : null,
    llmLabels: llmLabels.length ? llmLabels : null, dateFrom: dateFrom || null, dateTo: dateTo || null,
    stratifyBy, allocation, includePreviouslySampled: includePrevious,
  };
  const problems = [...sampleSettingsProblems(settings), ...(reviewerIds.length < 2 ? ['choose at least two reviewers'] : [])];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setDone(null);
    try {
      const sample = await drawer.draw(name.trim() || `Sample ${sampleCount + 1}`, settings, reviewerIds);
      setDone(`Drew “${sample.name}”: ${sample.threadIds.length} threads, seed ${sample.seed}.`);
      setName(`Sample ${sampleCount + 2}`);
      setSeed(String(newSeed()));
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="draw-heading" className="space-y-3 rounded border border-slate-200 bg-white p-3 text-sm">
      <h2 id="draw-heading" className="text-lg font-semibold">Draw a sample</h2>
      <div className="flex flex-wrap gap-3">
        <label className="flex flex-col">Name<input value={name} onChange={(e) => setName(e.target.value)} className={field} /></label>
        <label className="flex flex-col">Size (threads)<input type="number" min={1} value={size} onChange={(e) => setSize(e.target.value)} className={`${field} w-28`} /></label>
        <label className="flex flex-col">Seed<input type="number" min={0} max={MAX_SEED} value={seed} onChange={(e) => setSeed(e.target.value)} className={`${field} w-36`} /></label>
        <Button className="self-end" onClick={() => setSeed(String(newSeed()))}>New seed</Button>
      </div>
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="font-medium">Population</legend>
        <label className="flex items-center gap-2"><input type="checkbox" checked={frequentOnly} onChange={(e) => setFrequentOnly(e.target.checked)} />Frequent users only</label>
        <label className="flex flex-col">More than (threads)<input type="number" min={0} value={threshold} onChange={(e) => setThreshold(e.target.value)} className={`${field} w-24`} /></label>
        <MultiSelect label="Departments" options={Object.keys(study.summary.byDepartment)} value={departments} onChange={setDepartments} />
        <MultiSelect label="Roles" options={Object.keys(study.summary.byRole)} value={roles} onChange={setRoles} />
        {drawer.run && <MultiSelect label="LLM labels" options={Object.keys(drawer.labelCounts)} value={llmLabels} onChange={setLlmLabels} />}
        <label className="flex flex-col">From<input type="date" value={dateFrom} onChange={(e) => setDateFrom(e.target.value)} className={field} /></label>
        <label className="flex flex-col">To<input type="date" value={dateTo} onChange={(e) => setDateTo(e.target.value)} className={field} /></label>
        <label className="flex items-center gap-2"><input type="checkbox" checked={includePrevious} onChange={(e) => setIncludePrevious(e.target.checked)} />Include threads of earlier samples</label>
      </fieldset>
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="font-medium">Stratification</legend>
        <label className="flex flex-col">Stratify by
          <select value={stratifyBy} onChange={(e) => setStratifyBy(e.target.value as StratifyBy)} className={field}>
            <option value="none">No stratification</option>
            {drawer.run && <option value="llmLabel">LLM label</option>}
            <option value="department">Department</option>
          </select>
        </label>
        <label className="flex flex-col">Allocation
          <select value={allocation} onChange={(e) => setAllocation(e.target.value as Allocation)} disabled={stratifyBy === 'none'} className={field}>
            <option value="proportional">Proportional</option>
            <option value="equal">Equal</option>
          </select>
        </label>
      </fieldset>
      <fieldset className="flex flex-wrap gap-3">
        <legend className="font-medium">Reviewers who label it (at least two)</legend>
        {reviewers.map((r) => (
          <label key={r.reviewerId} className="flex items-center gap-1">
            <input type="checkbox" checked={reviewerIds.includes(r.reviewerId)}
              onChange={(e) => setChosen(e.target.checked ? [...reviewerIds, r.reviewerId] : reviewerIds.filter((id) => id !== r.reviewerId))} />
            {r.name}
          </label>
        ))}
      </fieldset>
      {problems.length > 0 && <ul aria-label="Sample settings problems" className="list-disc pl-5 text-red-800">{problems.map((p) => <li key={p}>{p}</li>)}</ul>}
      {error && <Alert tone="error" title="The sample was not drawn">{error}</Alert>}
      {done && <Alert tone="success" title={done} />}
      <Button type="submit" variant="primary" disabled={!drawer.ready || drawer.pending || problems.length > 0}>Draw sample</Button>
    </form>
  );
}
