export function ProgressBar({ label, value, max }: { label: string; value: number; max: number | null }) {
  const percent = max ? Math.round((100 * value) / max) : null;
  return (
    <div className="space-y-1">
      <div className="flex justify-between text-sm">
        <span>{label}</span>
        {percent !== null && <span>{percent}%</span>}
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max ?? undefined}
        aria-valuenow={max ? value : undefined}
        className="h-2 w-full overflow-hidden rounded bg-slate-200"
      >
        <div
          className={`h-full bg-indigo-600 ${percent === null ? 'w-1/3 animate-pulse' : ''}`}
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </div>
    </div>
  );
}
