import { describe, expect, it } from 'vitest';
import { asCategoryId } from '../ids';
import type { Category } from './codebook';
import { diffCodebooks, isSameCodebook } from './codebook-diff';
import { defaultCodebook } from './default-codebook';
import { newCategory } from './new-category';

const base = () => defaultCodebook().categories;
const byId = (categories: Category[], id: string) => categories.find((c) => c.id === id)!;

describe('diffCodebooks', () => {
  it('finds every category unchanged between equal codebooks, in order', () => {
    const diffs = diffCodebooks(base(), base());
    expect(diffs.map((d) => d.status)).toEqual(Array(11).fill('unchanged'));
    expect(diffs.map((d) => d.id)).toEqual(base().map((c) => c.id));
    expect(diffs[0]?.before).toEqual(diffs[0]?.after);
  });

  it('reports an added category with after only', () => {
    const a = base();
    const added = newCategory('Scheduling Help', a);
    const b = [...a.slice(0, -1), added, ...a.slice(-1)];
    const diffs = diffCodebooks(a, b);
    expect(diffs[10]).toEqual({
      status: 'added',
      id: 'scheduling-help',
      before: null,
      after: added,
      changes: [],
      fields: [],
    });
    expect(diffs).toHaveLength(12);
  });

  it("reports removed categories after b, in a's order", () => {
    const a = base();
    const b = a.filter((c) => c.id !== 'coding' && c.id !== 'brainstorming');
    const diffs = diffCodebooks(a, b);
    expect(diffs.slice(-2).map((d) => [d.status, d.id, d.after])).toEqual([
      ['removed', 'brainstorming', null],
      ['removed', 'coding', null],
    ]);
    expect(diffs.slice(-1)[0]?.before).toEqual(byId(a, 'coding'));
  });

  it('reports a rename (same id, new name)', () => {
    const a = base();
    const b = base().map((c) => (c.id === 'coding' ? { ...c, name: 'Coding & Formulas' } : c));
    const diff = diffCodebooks(a, b).find((d) => d.id === 'coding');
    expect(diff).toMatchObject({ status: 'changed', changes: ['renamed'], fields: ['name'] });
    expect(diff?.before?.name).toBe('Coding');
    expect(diff?.after?.name).toBe('Coding & Formulas');
  });

  it('reports a redefinition for the definition, the examples, the MedHELM mapping or the Other flag', () => {
    const a = base();
    const patches: [Partial<Category>, string][] = [
      [{ definition: 'Writing code.' }, 'definition'],
      [{ examples: ['Only one example.'] }, 'examples'],
      [
        {
          medhelm: {
            category: 'Administration and Workflow',
            subcategory: 'Organizing Workflow Processes',
            proposed: false,
          },
        },
        'medhelm',
      ],
      [{ isOther: true }, 'isOther'],
    ];
    for (const [patch, field] of patches) {
      const b = a.map((c) => (c.id === 'coding' ? { ...c, ...patch } : c));
      expect(
        diffCodebooks(a, b).find((d) => d.id === 'coding'),
        field,
      ).toMatchObject({
        status: 'changed',
        changes: ['redefined'],
        fields: [field],
      });
    }
  });

  it('reports examples reordered as a redefinition', () => {
    const a = base();
    const b = a.map((c) => (c.id === 'coding' ? { ...c, examples: [...c.examples].reverse() } : c));
    expect(diffCodebooks(a, b).find((d) => d.id === 'coding')?.changes).toEqual(['redefined']);
  });

  it('reports a category both renamed and redefined, and a key change as rekeyed', () => {
    const a = base();
    const b = a.map((c) =>
      c.id === 'coding' ? { ...c, key: 'z', definition: 'Code.', name: 'Programming', examples: [] } : c,
    );
    expect(diffCodebooks(a, b).find((d) => d.id === 'coding')).toMatchObject({
      status: 'changed',
      changes: ['renamed', 'redefined', 'rekeyed'],
      fields: ['name', 'definition', 'examples', 'key'],
    });
  });

  it("follows b's order when categories move", () => {
    const a = base();
    const b = [...a].reverse();
    const diffs = diffCodebooks(a, b);
    expect(diffs.map((d) => d.id)).toEqual(b.map((c) => c.id));
    expect(diffs.every((d) => d.status === 'unchanged')).toBe(true);
  });

  it('handles empty codebooks', () => {
    expect(diffCodebooks([], [])).toEqual([]);
    expect(diffCodebooks([], base()).every((d) => d.status === 'added')).toBe(true);
    expect(diffCodebooks(base(), []).every((d) => d.status === 'removed')).toBe(true);
  });

  it('refuses duplicate ids', () => {
    const dup = [...base(), { ...base()[0]!, name: 'Copy' }];
    expect(() => diffCodebooks(dup, base())).toThrow(
      'diffCodebooks: category ids must be unique in the first codebook; "email-document-writing" appears twice',
    );
    expect(() => diffCodebooks(base(), dup)).toThrow(/unique in the second codebook/);
  });
});

describe('isSameCodebook', () => {
  it('is true only for the same categories in the same order', () => {
    expect(isSameCodebook(base(), base())).toBe(true);
    expect(isSameCodebook(base(), [...base()].reverse())).toBe(false);
    expect(isSameCodebook(base(), base().slice(1))).toBe(false);
    expect(
      isSameCodebook(
        base(),
        base().map((c, i) => (i === 0 ? { ...c, key: 'z' } : c)),
      ),
    ).toBe(false);
    expect(
      isSameCodebook(
        base(),
        base().map((c, i) => (i === 0 ? { ...c, id: asCategoryId('x') } : c)),
      ),
    ).toBe(false);
    expect(isSameCodebook([], [])).toBe(true);
  });
});
