import { useState } from 'react';
import type { Category } from '../../../domain/codebook/codebook';
import { isSameCodebook } from '../../../domain/codebook/codebook-diff';
import { validateCodebook } from '../../../domain/codebook/codebook-validation';
import { newCategory } from '../../../domain/codebook/new-category';
import type { CodebookVersion } from '../../../domain/codebook/codebook';
import { useSaveCodebook } from '../../../queries/codebook-queries';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';
import { CategoryFields } from './category-fields';

const tidy = (categories: Category[]) => categories.map((c) => ({ ...c, name: c.name.trim(), examples: c.examples.map((e) => e.trim()).filter(Boolean) }));

/** Edits the latest version: a draft in place, a used (frozen) version into a new draft. */
export function CodebookEditor({ latest }: { latest: CodebookVersion }) {
  const [categories, setCategories] = useState(latest.categories);
  const [newName, setNewName] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const save = useSaveCodebook(latest.studyId);
  const edited = tidy(categories);
  const problems = validateCodebook(edited);
  const unchanged = isSameCodebook(latest.categories, edited);
  const replace = (i: number, c: Category | null) =>
    setCategories((all) => (c ? all.map((x, j) => (j === i ? c : x)) : all.filter((_, j) => j !== i)));

  const add = () => {
    try {
      const category = newCategory(newName, categories);
      setCategories((all) => [...all.filter((c) => !c.isOther), category, ...all.filter((c) => c.isOther)]);
      setNewName('');
      setAddError(null);
    } catch (e) {
      setAddError(errorMessage(e));
    }
  };

  return (
    <section aria-labelledby="editor-heading" className="space-y-3">
      <h2 id="editor-heading" className="text-lg font-semibold">
        Version {latest.version} {latest.frozen ? '(frozen: it has been used to label; saving makes a new version)' : '(draft)'}
      </h2>
      {categories.map((c, i) => (
        <CategoryFields key={c.id} category={c} onChange={(next) => replace(i, next)} onRemove={c.isOther ? null : () => replace(i, null)} />
      ))}
      <div className="flex flex-wrap items-end gap-2 text-sm">
        <label className="flex flex-col">New category name
          <input value={newName} onChange={(e) => setNewName(e.target.value)} className="mt-1 rounded border border-slate-300 px-2 py-1" />
        </label>
        <Button onClick={add} disabled={!newName.trim()}>Add category</Button>
        {addError && <p role="alert" className="text-red-800">{addError}</p>}
      </div>
      {problems.length > 0 && (
        <ul aria-label="Codebook problems" className="list-disc pl-5 text-sm text-red-800">{problems.map((p, i) => <li key={i}>{p.message}</li>)}</ul>
      )}
      {save.isError && <Alert tone="error" title="The codebook was not saved">{errorMessage(save.error)}</Alert>}
      {save.isSuccess && unchanged && <Alert tone="success" title={`Saved as version ${save.data.version}.`} />}
      <Button variant="primary" disabled={unchanged || problems.length > 0 || save.isPending}
        onClick={() => save.mutate({ categories: edited, why: 'edited in the codebook editor' }, { onSuccess: (v) => setCategories(v.categories) })}>
        {latest.frozen ? `Save as version ${latest.version + 1}` : `Save version ${latest.version}`}
      </Button>
    </section>
  );
}
