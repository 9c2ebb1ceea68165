import { useState } from 'react';
import type { RoleGroup } from '../../../domain/corpus/role-groups';
import { parseRoleGroupsCsv, ROLE_GROUP_COLUMNS, roleGroupRows } from '../../../domain/corpus/role-groups-csv';
import type { StudyId } from '../../../domain/ids';
import { useSaveRoleGroups } from '../../../queries/corpus-queries';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';
import { CsvDownloadButton } from './csv-download-button';

/** The lead's table of roles and their groups: edited in place or imported as CSV, then saved. */
export function RoleGroupsEditor({
  studyId,
  roleGroups,
}: {
  studyId: StudyId;
  roleGroups: ReadonlyMap<string, RoleGroup>;
}) {
  const [draft, setDraft] = useState<Map<string, RoleGroup> | null>(null);
  const [fileProblems, setFileProblems] = useState<string[]>([]);
  const save = useSaveRoleGroups(studyId);
  const shown = draft ?? roleGroups;
  const edit = (role: string, patch: Partial<RoleGroup>) =>
    setDraft(new Map(shown).set(role, { ...shown.get(role)!, ...patch }));
  const importFile = async (file: File) => {
    const { groups, problems } = parseRoleGroupsCsv(await file.text());
    setFileProblems(problems.map((p) => `${file.name}: row ${p.row}: ${p.message}`));
    if (problems.length === 0) setDraft(new Map([...shown, ...groups]));
  };
  return (
    <section aria-labelledby="role-groups-heading" className="space-y-2">
      <h2 id="role-groups-heading" className="text-lg font-semibold">
        Role groups
      </h2>
      <table aria-label="Role groups" className="border-collapse bg-white text-sm">
        <thead>
          <tr className="text-left">
            <th scope="col" className="p-1">
              Role
            </th>
            <th scope="col" className="p-1">
              Clinical group
            </th>
            <th scope="col" className="p-1">
              SOC major group
            </th>
          </tr>
        </thead>
        <tbody>
          {[...shown].map(([role, g]) => (
            <tr key={role}>
              <th scope="row" className="p-1 text-left font-medium">
                {role}
              </th>
              <td className="p-1">
                <input
                  aria-label={`Clinical group of ${role}`}
                  value={g.clinical}
                  onChange={(e) => edit(role, { clinical: e.target.value })}
                  className="rounded border border-slate-300 p-1"
                />
              </td>
              <td className="p-1">
                <input
                  aria-label={`SOC major group of ${role}`}
                  value={g.soc}
                  onChange={(e) => edit(role, { soc: e.target.value })}
                  className="w-80 rounded border border-slate-300 p-1"
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex flex-wrap items-center gap-2">
        <Button
          disabled={
            draft === null ||
            save.isPending ||
            [...shown.values()].some((g) => g.clinical.trim() === '' || g.soc.trim() === '')
          }
          onClick={() =>
            save.mutate(
              Object.fromEntries([...shown].map(([r, g]) => [r, { clinical: g.clinical.trim(), soc: g.soc.trim() }])),
              { onSuccess: () => setDraft(null) },
            )
          }
        >
          Save role groups
        </Button>
        <label className="text-sm">
          Import role groups (CSV: {ROLE_GROUP_COLUMNS.join(', ')})
          <input
            type="file"
            accept=".csv,text/csv"
            className="ml-2"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void importFile(f);
              e.target.value = '';
            }}
          />
        </label>
        <CsvDownloadButton
          label="Download role groups as CSV"
          fileName="role-groups.csv"
          fields={ROLE_GROUP_COLUMNS}
          rows={() => roleGroupRows(shown)}
        />
      </div>
      {draft !== null && (
        <p className="text-sm text-amber-800">Unsaved changes: save them to apply them to the dashboard.</p>
      )}
      {fileProblems.length > 0 && (
        <Alert tone="error" title="The role groups file was not imported">
          <ul className="list-disc pl-5">
            {fileProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      )}
      {save.isError && (
        <Alert tone="error" title="The role groups were not saved">
          {errorMessage(save.error)}
        </Alert>
      )}
    </section>
  );
}
