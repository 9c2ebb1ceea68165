import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURES = 'tests/fixtures/ratings';

/** Runs `tsx src/cli/agreement.ts …args` from the repository root. */
function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'src/cli/agreement.ts', ...args], { cwd: process.cwd() }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : (error.code as number), stdout, stderr });
    });
  });
}

function tempCsv(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'concord-agreement-')), 'ratings.csv');
  writeFileSync(file, text);
  return file;
}

describe('npm run agreement', { timeout: 30_000 }, () => {
  it('prints exactly the specified JSON for Fleiss (1971)', async () => {
    const { code, stdout } = await run(`${FIXTURES}/fleiss-1971-diagnoses.csv`);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual([
      'items',
      'raters',
      'categories',
      'percentAgreement',
      'fleiss',
      'krippendorff',
      'cohen',
    ]);
    expect(out.items).toBe(30);
    expect(out.raters).toEqual([
      'psychiatrist-1',
      'psychiatrist-2',
      'psychiatrist-3',
      'psychiatrist-4',
      'psychiatrist-5',
      'psychiatrist-6',
    ]);
    expect(out.categories).toEqual(['depression', 'neurosis', 'other', 'personality disorder', 'schizophrenia']);
    expect(out.percentAgreement).toBe(5 / 30);
    expect(Object.keys(out.fleiss)).toEqual(['kappa', 'items']);
    expect(out.fleiss.kappa).toBeCloseTo(0.4302445, 7);
    expect(out.fleiss.items).toBe(30);
    expect(Object.keys(out.krippendorff)).toEqual(['alpha', 'items']);
    expect(out.cohen).toHaveLength(15);
    expect(Object.keys(out.cohen[0])).toEqual(['a', 'b', 'kappa', 'items']);
    expect(out.cohen.map((c: { a: string; b: string }) => `${c.a}|${c.b}`)).toEqual(
      [1, 2, 3, 4, 5].flatMap((a) =>
        [2, 3, 4, 5, 6].filter((b) => b > a).map((b) => `psychiatrist-${a}|psychiatrist-${b}`),
      ),
    );
  });

  it('reads a BOM, CRLF, quoted labels and extra columns (Krippendorff 2011: alpha 0.743)', async () => {
    const { code, stdout } = await run(`${FIXTURES}/krippendorff-2011-bom-crlf.csv`);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.items).toBe(12);
    expect(out.categories).toEqual(['a', 'b, quoted', 'c', 'd', 'e']);
    expect(out.krippendorff.alpha).toBeCloseTo(0.743, 3);
    expect(out.krippendorff.items).toBe(11);
  });

  it('adds intervals with --ci, reproducibly for a seed, after the default keys', async () => {
    const args = [`${FIXTURES}/fleiss-1971-diagnoses.csv`, '--ci', '--seed', '11', '--resamples', '200'];
    const [a, b] = await Promise.all([run(...args), run(...args)]);
    expect(a.stdout).toBe(b.stdout);
    const out = JSON.parse(a.stdout);
    expect(Object.keys(out).slice(-1)).toEqual(['ci']);
    expect(out.ci).toMatchObject({ seed: 11, resamples: 200 });
    expect(out.ci.fleiss.bootstrap.lower).toBeLessThan(out.fleiss.kappa);
    expect(out.ci.fleiss.seNull).toBeCloseTo(0.4302445 / 17.65183, 6);
  });

  it('compares the model with --model and --gold', async () => {
    const ratings = tempCsv('item_id,rater_id,label\nt1,ann,x\nt1,bob,x\nt1,llm,x\nt2,ann,y\nt2,bob,y\nt2,llm,x\n');
    const gold = tempCsv('item_id,label\nt1,x\nt2,y\n');
    const { code, stdout } = await run(ratings, '--model', 'llm', '--gold', gold);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.raters).toEqual(['ann', 'bob']);
    expect(out.model.gold.accuracy.value).toBe(0.5);
    expect(out.model.gold.confusion).toEqual([
      [1, 0],
      [1, 0],
    ]);
  });

  it('says why Fleiss covers no item, marks few items and keeps every interval in range', async () => {
    // Each of 10 threads labeled by 2 of the 3 reviewers; "b" is rare; the LLM labels all.
    const pairs = [
      ['r1', 'r2'],
      ['r2', 'r3'],
      ['r1', 'r3'],
    ];
    const lines = Array.from({ length: 10 }, (_, i) => {
      const label = i < 3 ? 'b' : 'a';
      return [...pairs[i % 3]!, 'llm'].map((rater) => `t${i},${rater},${label}`).join('\n');
    });
    const ratings = tempCsv(`item_id,rater_id,label\n${lines.join('\n')}\n`);
    const gold = tempCsv(
      `item_id,label\n${Array.from({ length: 10 }, (_, i) => `t${i},${i < 3 ? 'b' : 'a'}`).join('\n')}\n`,
    );
    // Two raters, 5 a/a, 4 b/b, 1 a/b: kappa 0.8, Wald 0.436 to 1.164 before truncation.
    const pairRows = [...Array(5).fill('a,a'), ...Array(4).fill('b,b'), 'a,b'].map((ab: string, i) => {
      const [x, y] = ab.split(',');
      return `t${i},A,${x}\nt${i},B,${y}`;
    });
    const small = tempCsv(`item_id,rater_id,label\n${pairRows.join('\n')}\n`);
    const [plain, full, kappa] = await Promise.all([
      run(ratings, '--model', 'llm'),
      run(ratings, '--ci', '--resamples', '50', '--model', 'llm', '--gold', gold),
      run(small, '--ci', '--resamples', '50'),
    ]);
    const reason =
      "no item was rated by every rater: each item was rated by at most 2 of the 3 raters, and this statistic uses only items rated by all of them (Krippendorff's alpha uses every item with at least two ratings)";
    expect(JSON.parse(plain.stdout).fleiss).toEqual({ kappa: null, items: 0, reason });
    const out = JSON.parse(full.stdout);
    expect(out.ci.fleiss.reason).toBe(reason);
    expect(
      out.model.gold.perCategory.map((c: { category: string; fewItems: boolean }) => [c.category, c.fewItems]),
    ).toEqual([
      ['a', true],
      ['b', true],
    ]);
    const k = JSON.parse(kappa.stdout).ci.cohen[0];
    expect(k.value).toBeCloseTo(0.8, 12);
    expect(k.ci).toMatchObject({ upper: 1, truncated: true });
    expect(k.ci.lower).toBeCloseTo(0.43564, 4);
    expect(
      JSON.parse(kappa.stdout).ci.fleiss.perCategory.map((c: { fewItems: boolean; usedOn: number }) => [
        c.usedOn,
        c.fewItems,
      ]),
    ).toEqual([
      [6, true],
      [5, true],
    ]);
  });

  it('refuses a duplicate rating, naming the file and the row', async () => {
    const file = tempCsv('item_id,rater_id,label\nt1,r1,a\nt1,r2,a\nt1,r1,\n');
    const { code, stdout, stderr } = await run(file);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${file}: row 4: rater "r1" rated item "t1" again (first at row 2)`);
  });

  it('refuses a missing column, an unreadable file and a bad option', async () => {
    const file = tempCsv('item_id,rater,label\nt1,r1,a\n');
    const missing = await run(file);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain(`${file}: row 1: missing column rater_id`);
    const unreadable = await run('no/such/file.csv');
    expect(unreadable.code).not.toBe(0);
    expect(unreadable.stderr).toContain('no/such/file.csv: cannot read the file');
    const option = await run(file, '--resample', '5');
    expect(option.code).not.toBe(0);
    expect(option.stderr).toContain('unknown option --resample');
    const seed = await run(`${FIXTURES}/fleiss-1971-diagnoses.csv`, '--ci', '--seed', 'x');
    expect(seed.stderr).toContain('option --seed must be an integer');
  });
});
