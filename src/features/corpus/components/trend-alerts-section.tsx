import { useMemo } from 'react';
import { Link } from 'wouter';
import { paths } from '../../../lib/paths';
import { groupOfRole } from '../../../domain/corpus/corpus-breakdown';
import { groupTrend } from '../../../domain/corpus/group-trend';
import { NON_CLINICIAN, type RoleGroup } from '../../../domain/corpus/role-groups';
import { DEFAULT_TREND_ALERT_RULE } from '../../../domain/corpus/trend-alerts';
import { asThreadId, type StudyId } from '../../../domain/ids';
import type { ThreadMeta } from '../../../domain/threads/thread-meta';

export const DEFAULT_ALERT_CATEGORY = 'Answer Medical Knowledge Questions';
const DEFAULT_GROUP = `clinical:${NON_CLINICIAN}`;

/**
 * Months whose share of a category within a role group is unusually high (trend-alerts.ts: z > 3
 * against the trailing three months and at least 5 threads), each with the threads behind it.
 */
export function TrendAlertsSection({
  studyId,
  population,
  labelOf,
  roleGroups,
  categories,
  category,
  group,
  onChange,
}: {
  studyId: StudyId;
  population: readonly ThreadMeta[];
  labelOf: ReadonlyMap<string, string>;
  roleGroups: ReadonlyMap<string, RoleGroup>;
  categories: readonly string[];
  category: string | null;
  group: string | null;
  onChange: (patch: { alertCategory?: string; alertGroup?: string }) => void;
}) {
  const chosenCategory =
    category ?? (categories.includes(DEFAULT_ALERT_CATEGORY) ? DEFAULT_ALERT_CATEGORY : (categories[0] ?? ''));
  const chosenGroup = group ?? DEFAULT_GROUP;
  const groups = useMemo(() => {
    const values = [...roleGroups.values()];
    return [
      ...[...new Set(values.map((g) => g.clinical))]
        .sort()
        .map((g) => ({ value: `clinical:${g}`, text: `${g} roles` })),
      ...[...new Set(values.map((g) => g.soc))].sort().map((g) => ({ value: `soc:${g}`, text: `SOC ${g}` })),
    ];
  }, [roleGroups]);
  const trend = useMemo(() => {
    const [kind, ...rest] = chosenGroup.split(':');
    const name = rest.join(':');
    const inGroup = (t: ThreadMeta) => {
      const g = groupOfRole(roleGroups, t.role);
      return (kind === 'soc' ? g.soc : g.clinical) === name;
    };
    return groupTrend(population, labelOf, inGroup, chosenCategory, DEFAULT_TREND_ALERT_RULE);
  }, [population, labelOf, roleGroups, chosenGroup, chosenCategory]);
  const flagged = trend.months.filter((m) => m.flagged);
  const groupText = groups.find((g) => g.value === chosenGroup)?.text ?? chosenGroup;

  return (
    <section aria-labelledby="alerts-heading" className="space-y-2">
      <h2 id="alerts-heading" className="text-lg font-semibold">
        Alerts for unusual trends
      </h2>
      <p className="text-sm text-slate-700">
        A month is flagged when its share of the category in the group is more than {DEFAULT_TREND_ALERT_RULE.zAbove}{' '}
        standard errors above the pooled share of the {DEFAULT_TREND_ALERT_RULE.trailingMonths} months before it (a
        binomial control chart), with at least {DEFAULT_TREND_ALERT_RULE.minCount} threads of the category that month.
      </p>
      <div className="flex flex-wrap gap-4">
        <label className="flex flex-col text-sm">
          Alert category
          <select
            value={chosenCategory}
            onChange={(e) => onChange({ alertCategory: e.target.value })}
            className="rounded border border-slate-300 p-1"
          >
            {categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          Alert group
          <select
            value={chosenGroup}
            onChange={(e) => onChange({ alertGroup: e.target.value })}
            className="rounded border border-slate-300 p-1"
          >
            {groups.map((g) => (
              <option key={g.value} value={g.value}>
                {g.text}
              </option>
            ))}
          </select>
        </label>
      </div>
      {flagged.length === 0 ? (
        <p>
          No unusual month for {chosenCategory} in {groupText} ({trend.months.length} months checked).
        </p>
      ) : (
        <ul aria-label="Flagged months" className="space-y-1">
          {flagged.map((m) => (
            <li key={m.month}>
              <details>
                <summary>
                  {m.month}: {m.count} of {m.total} threads ({((m.share ?? 0) * 100).toFixed(1)}%) against{' '}
                  {((m.baselineShare ?? 0) * 100).toFixed(1)}% before
                  {m.z === null ? ` (${m.reason})` : `, z = ${m.z.toFixed(1)}`}
                </summary>
                <ul aria-label={`Threads behind ${m.month}`} className="flex flex-wrap gap-x-3 pl-4 text-sm">
                  {(trend.threadsOfAlert.get(m.month) ?? []).map((id) => (
                    <li key={id}>
                      <Link href={paths.thread.to(studyId, asThreadId(id))} className="text-indigo-800 underline">
                        {id}
                      </Link>
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
