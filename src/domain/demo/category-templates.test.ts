import { describe, expect, it } from 'vitest';
import { CATEGORY_TEMPLATES } from './category-templates';
import { CONTEXT_SENTENCES, GENERIC_FOLLOW_UPS } from './generic-turns';
import { templateSlots } from './fill-template';
import { SLOTS } from './slots';

const OWN_SLOTS = ['myDept', 'myRole', 'aMyRole'];

describe('CATEGORY_TEMPLATES', () => {
  it('covers every default category with prompts, paste intros and kinds', () => {
    expect(CATEGORY_TEMPLATES).toHaveLength(11);
    for (const { category, templates } of CATEGORY_TEMPLATES) {
      expect(templates.prompts.length, category.name).toBeGreaterThanOrEqual(5);
      expect(templates.pasteIntros.length, category.name).toBeGreaterThan(0);
      expect(templates.pasteKinds.length, category.name).toBeGreaterThan(0);
      expect(templates.pasteRate).toBeGreaterThan(0);
      expect(templates.pasteRate).toBeLessThan(1);
    }
  });

  it('has at least 20 first-turn templates for the big categories', () => {
    for (const { category, templates } of CATEGORY_TEMPLATES) {
      const n = templates.prompts.length + templates.pasteIntros.length;
      if (category.name === 'Email & Document Writing') expect(n).toBeGreaterThanOrEqual(40);
      else if (category.name === 'Text Manipulation' || category.name === 'Brainstorming')
        expect(n).toBeGreaterThanOrEqual(20);
      else if (['Handle Information Requests', 'Answer Medical Knowledge Questions'].includes(category.name)) {
        expect(n).toBeGreaterThanOrEqual(20);
      }
    }
  });

  it('uses only known slots, and no template twice', () => {
    const all = [
      ...CATEGORY_TEMPLATES.flatMap(({ templates: t }) => [...t.prompts, ...t.pasteIntros, ...t.followUps]),
      ...GENERIC_FOLLOW_UPS,
      ...CONTEXT_SENTENCES,
    ];
    for (const template of all) {
      for (const slot of templateSlots(template)) {
        expect(slot in SLOTS || OWN_SLOTS.includes(slot), `${slot} in "${template}"`).toBe(true);
      }
    }
    const firsts = CATEGORY_TEMPLATES.flatMap(({ templates: t }) => [...t.prompts, ...t.pasteIntros]);
    expect(new Set(firsts).size).toBe(firsts.length);
  });
});
