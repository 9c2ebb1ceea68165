import { formatCount, plural } from '../../../domain/format-count';

/** The live count of threads the filters leave, before anything is drawn. */
export function PopulationCount({ left, inStudy }: { left: number | null; inStudy: number }) {
  return (
    <output aria-label="Threads the filters leave" aria-live="polite" className="block text-slate-700">
      {left === null
        ? 'Counting the threads the filters leave…'
        : `${plural(left, 'thread')} of ${formatCount(inStudy)} can be drawn with these filters.`}
    </output>
  );
}
