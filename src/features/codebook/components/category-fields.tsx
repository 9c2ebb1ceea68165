import type { Category } from '../../../domain/codebook/codebook';
import { MEDHELM_TAXONOMY } from '../../../domain/codebook/medhelm';
import { RemoveCategory } from './remove-category';

const field = 'mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1';

/** One category's fields; names are per category so a screen reader knows which one is edited. */
export function CategoryFields({
  category,
  onChange,
  onRemove,
}: {
  category: Category;
  onChange: (c: Category) => void;
  onRemove: (() => void) | null;
}) {
  const subcategories = MEDHELM_TAXONOMY.find((m) => m.name === category.medhelm.category)?.subcategories ?? [];
  const set = (patch: Partial<Category>) => onChange({ ...category, ...patch });
  return (
    <fieldset
      id="category-editor"
      className="grid grid-cols-1 gap-2 rounded border border-slate-200 bg-white p-3 text-sm md:grid-cols-[1fr_5rem]"
    >
      <legend className="px-1 font-medium">
        {category.name || 'New category'}
        {category.isOther ? ' (always present)' : ''}
      </legend>
      <label>
        Name
        <input
          value={category.name}
          onChange={(e) => set({ name: e.target.value })}
          disabled={category.isOther}
          className={field}
          aria-label={`Name of ${category.name}`}
        />
      </label>
      <label>
        Key
        <input
          value={category.key}
          maxLength={1}
          onChange={(e) => set({ key: e.target.value.toLowerCase() })}
          className={field}
          aria-label={`Key of ${category.name}`}
        />
      </label>
      <label className="md:col-span-2">
        Definition
        <textarea
          rows={2}
          value={category.definition}
          onChange={(e) => set({ definition: e.target.value })}
          className={field}
          aria-label={`Definition of ${category.name}`}
        />
      </label>
      <label className="md:col-span-2">
        Example prompts (one per line)
        <textarea
          rows={3}
          value={category.examples.join('\n')}
          onChange={(e) => set({ examples: e.target.value.split('\n') })}
          className={field}
          aria-label={`Examples of ${category.name}`}
        />
      </label>
      <div className="flex flex-wrap items-end gap-2 md:col-span-2">
        <label>
          MedHELM category
          <select
            value={category.medhelm.category}
            className={field}
            aria-label={`MedHELM category of ${category.name}`}
            onChange={(e) =>
              set({
                medhelm: {
                  ...category.medhelm,
                  category: e.target.value,
                  subcategory: MEDHELM_TAXONOMY.find((m) => m.name === e.target.value)?.subcategories[0] ?? '',
                },
              })
            }
          >
            {MEDHELM_TAXONOMY.map((m) => (
              <option key={m.name}>{m.name}</option>
            ))}
          </select>
        </label>
        <label>
          Subcategory
          <select
            value={category.medhelm.subcategory}
            className={field}
            aria-label={`MedHELM subcategory of ${category.name}`}
            onChange={(e) => set({ medhelm: { ...category.medhelm, subcategory: e.target.value } })}
          >
            {subcategories.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1">
          <input
            type="checkbox"
            checked={category.medhelm.proposed}
            onChange={(e) => set({ medhelm: { ...category.medhelm, proposed: e.target.checked } })}
          />
          proposed addition
        </label>
      </div>
      {onRemove && (
        <div className="mt-2 flex justify-end border-t border-slate-200 pt-3 md:col-span-2">
          <RemoveCategory name={category.name || 'New category'} onRemove={onRemove} />
        </div>
      )}
    </fieldset>
  );
}
