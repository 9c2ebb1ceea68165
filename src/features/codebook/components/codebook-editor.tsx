import { useState } from 'react';
import type { Category } from '../../../domain/codebook/codebook';
import { isSameCodebook } from '../../../domain/codebook/codebook-diff';
import { validateCodebook } from '../../../domain/codebook/codebook-validation';
import { newCategory } from '../../../domain/codebook/new-category';
import type { CategoryId } from '../../../domain/ids';
import type { CodebookVersion } from '../../../domain/codebook/codebook';
import { useSaveCodebook } from '../../../queries/codebook-queries';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';
import { CategoryFields } from './category-fields';
import { CategoryTable } from './category-table';
import { CodebookSaveBar } from './codebook-save-bar';

const tidy = (categories: Category[]) =>
  categories.map((c) => ({ ...c, name: c.name.trim(), examples: c.examples.map((e) => e.trim()).filter(Boolean) }));

/** Edits the latest version: a draft in place, a used (frozen) version into a new draft. */
export function CodebookEditor({ latest }: { latest: CodebookVersion }) {
  const [categories, setCategories] = useState(latest.categories);
  const [openId, setOpenId] = useState<CategoryId | null>(latest.categories[0]?.id ?? null);
  const [newName, setNewName] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const save = useSaveCodebook(latest.studyId);
  const edited = tidy(categories);
  const problems = validateCodebook(edited);
  const unchanged = isSameCodebook(latest.categories, edited);
  const open = categories.find((c) => c.id === openId) ?? null;
  const replace = (id: CategoryId, c: Category | null) =>
    setCategories((all) => (c ? all.map((x) => (x.id === id ? c : x)) : all.filter((x) => x.id !== id)));

  const add = () => {
    try {
      const category = newCategory(newName, categories);
      setCategories((all) => [...all.filter((c) => !c.isOther), category, ...all.filter((c) => c.isOther)]);
      setOpenId(category.id);
      setNewName('');
      setAddError(null);
    } catch (e) {
      setAddError(errorMessage(e));
    }
  };

  return (
    <section aria-labelledby="editor-heading" className="space-y-3">
      <h2 id="editor-heading" className="text-lg font-semibold">
        Version {latest.version}{' '}
        {latest.frozen ? '(frozen: it has been used to label; saving makes a new version)' : '(draft)'}
      </h2>
      <CategoryTable categories={categories} openId={openId} onOpen={setOpenId} />
      {open && (
        <CategoryFields
          key={open.id}
          category={open}
          onChange={(next) => replace(open.id, next)}
          onRemove={
            open.isOther
              ? null
              : () => {
                  replace(open.id, null);
                  setOpenId(null);
                }
          }
        />
      )}
      <div className="flex flex-wrap items-end gap-2 text-sm">
        <label className="flex flex-col">
          New category name
          <input
            value={newName}
            onChange={(e) => setNewName(e.target.value)}
            className="mt-1 rounded border border-slate-300 bg-white px-2 py-1"
          />
        </label>
        <Button onClick={add} disabled={!newName.trim()}>
          Add category
        </Button>
        {addError && (
          <p role="alert" className="text-red-800">
            {addError}
          </p>
        )}
      </div>
      <CodebookSaveBar
        problems={problems.map((p) => p.message)}
        unchanged={unchanged}
        save={save}
        label={latest.frozen ? `Save as version ${latest.version + 1}` : `Save version ${latest.version}`}
        onSave={() =>
          save.mutate(
            { categories: edited, why: 'edited in the codebook editor' },
            { onSuccess: (v) => setCategories(v.categories) },
          )
        }
      />
    </section>
  );
}
