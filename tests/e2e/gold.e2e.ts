import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import * as XLSX from '@e965/xlsx';
import { addReviewers, openApp, openStudies, type App } from './support/app';
import { ADJUDICATOR, KEYS, nameOf, REVIEWERS, samplesPage, SIZE } from './support/gold-study';
import { csvRows, downloadPath, downloadText } from './support/downloads';
import { expectShownEstimate, f3, interval, tableRowCells, type Estimate } from './support/report-tables';

describe('disagreements to gold: a whole study in the app, then the numbers checked outside it', () => {
  let app: App;
  let threadIds: string[] = [];
  let goldFile = '';
  let xlsxTexts = new Map<string, string>();
  before(async () => (app = await openApp()));
  after(() => app?.close());

  test('the lead draws a 12-thread sample of the demo study for three reviewers', async () => {
    const { page } = app;
    await samplesPage(page, app);
    await addReviewers(page, REVIEWERS);
    const form = page.getByRole('form', { name: 'Draw a sample' });
    await form.getByRole('spinbutton', { name: 'Size (threads)' }).fill(String(SIZE));
    await form.getByRole('spinbutton', { name: 'Seed' }).fill('11');
    await form.getByRole('button', { name: 'Draw sample' }).click();
    await page.getByText(`Drew “Sample 1”: ${SIZE} threads, seed 11.`).waitFor();
    const manifest = JSON.parse(
      await downloadText(page, () => page.getByRole('button', { name: 'Export manifest (JSON)' }).click()),
    );
    threadIds = manifest.threadIds;
    assert.equal(threadIds.length, SIZE);
    // The adjudicator joins the study after the draw: someone who labels none of its threads.
    await page.getByRole('combobox', { name: /^Role/ }).selectOption('lead');
    await addReviewers(page, [[ADJUDICATOR, 'DP']]);
  });

  test('three reviewers label every thread with the keyboard (blinding: reviewer-loop.e2e.ts)', async () => {
    const { page } = app;
    for (const [name] of REVIEWERS) {
      await samplesPage(page, app);
      const link = page
        .getByRole('navigation', { name: /Who is working on Sample 1/ })
        .getByRole('link', { name: new RegExp(name) });
      await link.focus();
      await page.keyboard.press('Enter');
      await page.getByText(`Labeling as ${name}`).waitFor();
      for (let i = 1; i <= SIZE; i++) {
        await page.getByRole('heading', { name: new RegExp(`^Thread ${i} of ${SIZE}`) }).waitFor();
        await page.keyboard.press(KEYS[name]!(i));
      }
      await page.getByText(`All ${SIZE} threads of this sample are labeled.`).waitFor();
    }
  });

  test('the lead resolves every disagreement: consensus, adjudication with a rationale, majorities; then reopens and changes one', async () => {
    const { page } = app;
    await samplesPage(page, app);
    await page.getByRole('link', { name: 'Disagreements of Sample 1' }).click();
    await page.getByRole('heading', { name: 'Disagreements of Sample 1' }).waitFor();
    const queue = page.getByRole('listbox', { name: /^Queue/ });
    await queue.waitFor();
    // Worst first: the two full disagreements, then the two majorities; unanimous threads are final.
    assert.deepEqual(
      await queue.getByRole('option').evaluateAll((os) => os.map((o) => o.getAttribute('aria-label')!.split(':')[0])),
      [threadIds[0], threadIds[1], threadIds[2], threadIds[3]],
    );
    const heading = (i: number) => page.getByRole('heading', { name: `Thread ${threadIds[i]}` });

    // 1: consensus on category 4, by key, Enter.
    await heading(0).waitFor();
    assert.match(await page.getByRole('table', { name: 'Labels given' }).innerText(), /^LLM: gpt-4o-2024-08-06\t/m);
    await page.keyboard.press('4');
    await page.keyboard.press('Enter');

    // 2: adjudicated; refused without adjudicator and rationale, then recorded with them.
    await heading(1).waitFor();
    await page.keyboard.press('3');
    await page.keyboard.press('a');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('An adjudicated decision needs a rationale.').waitFor();
    await page
      .getByRole('combobox', { name: 'Adjudicator' })
      .selectOption({ label: `${ADJUDICATOR} (lead): did not label this thread` });
    await page.getByRole('textbox', { name: /Rationale/ }).focus();
    await page.keyboard.type('The prompt asks for a summary of a guideline');
    await page.keyboard.press('Control+Enter');

    // 3 and 4: majority accepted (the default for a 2-of-3 thread).
    await heading(2).waitFor();
    assert.equal(await page.getByRole('radio', { name: 'Majority accepted' }).isChecked(), true);
    await page.keyboard.press('Enter');
    await heading(3).waitFor();
    await page.keyboard.press('Enter');
    await page.getByText('Every complete thread has a final label.').waitFor();

    // Reopen thread 1 with a reason, then decide it again differently.
    await page.getByRole('checkbox', { name: 'Show decided threads' }).check();
    await queue.getByRole('option', { name: new RegExp(`^${threadIds[0]}:`) }).click();
    await page
      .getByRole('group', { name: 'Current final label' })
      .getByText(`Final: ${nameOf('4')}`)
      .waitFor();
    await page.getByRole('button', { name: 'Reopen' }).click();
    await page.getByRole('dialog', { name: `Reopen the decision on ${threadIds[0]}` }).waitFor();
    await page.keyboard.type('Ben pointed out the second request');
    await page.keyboard.press('Enter');
    await page.getByRole('checkbox', { name: 'Show decided threads' }).uncheck();
    await queue.getByRole('option', { name: new RegExp(`^${threadIds[0]}:`) }).click();
    await heading(0).waitFor();
    await page.keyboard.press('5');
    await page.keyboard.press('Enter');
    await page.getByText('Every complete thread has a final label.').waitFor();
  });

  test("the gold-standard CSV has one row per thread with the decisions, the reviewers' and the LLM's labels", async () => {
    const { page } = app;
    await openStudies(page, app.url);
    await page.getByRole('link', { name: /^Exports of Demo study/ }).click();
    await page.getByRole('heading', { name: /^Exports of Demo study/ }).waitFor();
    goldFile = await downloadPath(page, () => page.getByRole('button', { name: 'Gold standard as CSV' }).click());
    // The UTF-8 byte order mark: Excel opens the file with its accents intact.
    assert.deepEqual([...readFileSync(goldFile).subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const gold = csvRows(readFileSync(goldFile, 'utf8'));
    assert.equal(gold.length, SIZE);
    const keys = REVIEWERS.map(([n]) => n.toLowerCase().replaceAll(' ', '_'));
    assert.deepEqual(Object.keys(gold[0]!), [
      'thread_id',
      'final_label',
      'decision_method',
      'status',
      ...keys.map((k) => `label_${k}`),
      'llm_label',
      'codebook_version',
      'adjudicator',
      'rationale',
      'decided_by',
      'decided_at',
      ...['note', 'flagged', 'other_suggestion'].flatMap((c) => keys.map((k) => `${c}_${k}`)),
    ]);
    assert.deepEqual(
      gold.map((r) => r.thread_id),
      threadIds,
    );
    const row = (i: number) => gold[i]!;
    assert.deepEqual([row(0).final_label, row(0).decision_method], [nameOf('5'), 'consensus']);
    assert.deepEqual(
      [row(1).final_label, row(1).decision_method, row(1).adjudicator, row(1).rationale],
      [nameOf('3'), 'adjudicated', ADJUDICATOR, 'The prompt asks for a summary of a guideline'],
    );
    assert.deepEqual([row(2).final_label, row(2).decision_method], [nameOf('1'), 'majority']);
    assert.deepEqual([row(3).final_label, row(3).decision_method], [nameOf('1'), 'majority']);
    for (let i = 4; i < SIZE; i++)
      assert.deepEqual(
        [row(i).final_label, row(i).decision_method, row(i).decided_by],
        [nameOf('1'), 'unanimous', 'automatic'],
      );
    for (const [i, r] of gold.entries()) {
      assert.equal(r.status, 'final');
      REVIEWERS.forEach(([name], k) => {
        assert.equal(r[`label_${keys[k]}`], nameOf(KEYS[name]!(i + 1)));
        assert.equal(r[`flagged_${keys[k]}`], 'false');
      });
      assert.notEqual(r.llm_label, '');
      assert.equal(r.codebook_version, '1');
    }

    // The XLSX with the thread text, read back as a spreadsheet program would.
    await page.getByRole('checkbox', { name: 'Include thread text' }).check();
    const xlsxFile = await downloadPath(page, () =>
      page.getByRole('button', { name: 'Gold standard as XLSX' }).click(),
    );
    const sheet = XLSX.read(readFileSync(xlsxFile));
    const xlsxRows = XLSX.utils.sheet_to_json<Record<string, string>>(sheet.Sheets[sheet.SheetNames[0]!]!, {
      defval: '',
    });
    assert.deepEqual(
      xlsxRows.map((r) => [r.thread_id, r.final_label, r.decision_method]),
      gold.map((r) => [r.thread_id, r.final_label, r.decision_method]),
    );
    xlsxTexts = new Map(xlsxRows.map((r) => [String(r.thread_id), String(r.text)]));

    const audit = csvRows(
      await downloadText(page, () => page.getByRole('button', { name: 'Audit log (CSV)' }).click()),
    );
    const decisions = audit.filter((e) => e.action!.startsWith('decision.'));
    assert.deepEqual(
      decisions.map((e) => e.action),
      ['decision.made', 'decision.made', 'decision.made', 'decision.made', 'decision.reopened', 'decision.made'],
    );
    // Adjudicators by name, never by internal id.
    assert.ok(decisions.some((e) => e.to!.includes(`adjudicator ${ADJUDICATOR})`)));
    const reopened = decisions[4]!;
    assert.equal(reopened.why, 'Ben pointed out the second request');
    assert.match(reopened.from!, new RegExp(`^${nameOf('4')} \\(consensus\\)`));
  });

  test('the report shows exactly what npm run agreement computes from its ratings file and the gold file', async () => {
    const { page } = app;
    await samplesPage(page, app);
    await page.getByRole('link', { name: 'Report of Sample 1' }).click();
    await page.getByRole('rowheader', { name: "Fleiss' kappa" }).waitFor();
    await page.getByText(/Computing bootstrap intervals/).waitFor({ state: 'detached', timeout: 60_000 });
    const ratingsFile = await downloadPath(page, () =>
      page.getByRole('button', { name: 'Export ratings (CSV)' }).click(),
    );
    const cli = JSON.parse(
      execFileSync(
        'npx',
        ['tsx', 'src/cli/agreement.ts', ratingsFile, '--ci', '--seed', '1', '--model', 'LLM', '--gold', goldFile],
        { encoding: 'utf8' },
      ),
    );
    assert.equal(cli.items, SIZE);
    assert.deepEqual(
      cli.raters,
      REVIEWERS.map(([n]) => n),
    );

    const expectEstimate = (row: string, e: Estimate) => expectShownEstimate(page, row, e);
    await expectEstimate('Percent agreement', cli.ci.percentAgreement);
    await expectEstimate("Fleiss' kappa", cli.ci.fleiss);
    await expectEstimate("Krippendorff's alpha", cli.ci.krippendorff);
    for (const c of cli.ci.cohen) await expectEstimate(`Cohen's kappa, ${c.a} – ${c.b}`, c);
    for (const c of cli.model.cohen) await expectEstimate(`Cohen's kappa, LLM – ${c.b}`, c);
    await expectEstimate('Accuracy', cli.model.gold.accuracy);
    await expectEstimate('Macro F1', cli.model.gold.macroF1);
    await expectEstimate('Weighted F1', cli.model.gold.weightedF1);
    const rowCells = (table: string, row: string) => tableRowCells(page, table, row);
    assert.ok(cli.ci.fleiss.perCategory.length > 1 && cli.model.gold.perCategory.length > 1);
    for (const c of cli.ci.fleiss.perCategory) {
      const [value, analytic, bootstrap] = await rowCells('Agreement per category', c.category);
      assert.deepEqual(
        [value!.replace(/\s*\(.*$/s, ''), analytic, bootstrap],
        [c.value === null ? 'undefined' : f3(c.value), interval(c.ci), interval(c.bootstrap)],
        c.category,
      );
    }
    for (const c of cli.model.gold.perCategory) {
      const [precision, recall, f1, , support] = await rowCells(
        'The LLM against the gold labels, per category',
        c.category,
      );
      const shown = (e: { value: number | null }) => (e.value === null ? 'undefined' : f3(e.value));
      assert.deepEqual(
        [precision, recall, f1, support],
        [shown(c.precision), shown(c.recall), shown(c.f1), String(c.support)],
        c.category,
      );
    }

    const methods = await page.getByLabel('Methods paragraph').innerText();
    assert.match(methods, /12 threads/);
    assert.match(methods, new RegExp(`Fleiss' kappa ${f3(cli.fleiss.kappa)}`));
    for (const figure of ['Confusion matrix', "Pairwise Cohen's kappa", 'F1 per category', 'Category distribution']) {
      await page.getByRole('img', { name: new RegExp(`^${figure}`) }).waitFor();
    }
    const svg = await downloadText(page, () =>
      page.getByRole('button', { name: /^Download confusion matrix as SVG/ }).click(),
    );
    assert.match(svg, /^(<\?xml[^>]*>\s*)?<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.doesNotMatch(svg, /<style/);
  });

  test('a backup of the study restores into a browser that no longer has it, decisions included', async () => {
    const { page } = app;
    await openStudies(page, app.url);
    await page.getByRole('link', { name: /^Exports of Demo study/ }).click();
    const backup = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Back up the whole study' }).click();
    const file = await (await backup).path();
    const parsed = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(parsed.format, 'concord-study-backup');
    assert.equal(parsed.tables.decisions.length, 4);
    // The XLSX's text column holds each thread's prompts whole, as stored.
    const stored = new Map<string, string[]>(
      parsed.tables.threads.map((t: { threadId: string; turns: string[] }) => [t.threadId, t.turns]),
    );
    for (const [id, text] of xlsxTexts) assert.equal(text, stored.get(id)!.join('\n\n'), id);
    assert.equal(xlsxTexts.size, SIZE);

    await openStudies(page, app.url);
    await page.getByRole('button', { name: /^Delete study Demo study/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete study' }).click();
    await page.getByRole('status').filter({ hasText: 'Deleted “Demo study' }).waitFor();
    await page.getByLabel('Restore a study from a backup file').setInputFiles(file);
    const restored = page.getByRole('status').filter({ hasText: 'Restored “Demo study' });
    await restored.waitFor({ timeout: 60_000 });
    assert.match(await restored.innerText(), /2,000 threads, 36 ratings, 4 decisions, 1 sample/);
    await page.getByRole('link', { name: /^Samples of Demo study/ }).click();
    await page.getByRole('link', { name: 'Disagreements of Sample 1' }).click();
    await page.getByText('Every complete thread has a final label.').waitFor();
    assert.deepEqual(app.foreignRequests, []);
    assert.deepEqual(app.pageErrors, []);
  });
});
