// Journey: sign up, upload a zip with a real vulnerability, watch the
// analysis complete, open a finding, mark it false positive with a reason,
// and export SARIF in which that finding is suppressed. Screenshots of each
// page in light and dark mode land in tests/e2e/screenshots/.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { newPage } from '../lib/harness.js';
import { zipOf } from '../lib/zip.js';
import { flaskApp, useServer, signUp, wsRest } from '../lib/app.js';

const APP_PY = flaskApp();

describe('analysis', () => {
  const env = useServer();

  it('uploads a zip, watches it complete, triages a finding and exports SARIF', async () => {
    const p = await newPage(env.browser, env.server);
    const { page } = p;
    // The report's charts sit collapsed below the findings.
    const openCharts = async () => {
      const charts = page.getByTestId('charts');
      await charts.waitFor();
      if ((await charts.getAttribute('open')) === null) await charts.locator('summary').click();
    };
    const shot = async (name) => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await p.screenshot(name);
    };
    try {
      // Sign up with email and password (lands on the dashboard).
      await signUp(page, { name: 'Ana Lyst', email: 'ana@example.com' });

      // History is empty at first and offers a call to action.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analyses' }).click();
      await page.getByTestId('history-empty').waitFor();
      await shot('analysis-history-empty-light');
      await page.getByRole('link', { name: 'Start an analysis' }).click();
      await page.waitForURL((u) => wsRest(u) === '/analyses/new');

      // Upload a zip built here, quote, confirm.
      const zip = zipOf({ 'app/app.py': APP_PY, 'README.md': '# demo\n' });
      await page.locator('#files-input').setInputFiles({ name: 'demo-app.zip', mimeType: 'application/zip', buffer: zip });
      await page.getByRole('list', { name: 'Selected files' }).filter({ hasText: 'demo-app.zip' }).waitFor();
      await page.getByRole('button', { name: 'Get quote' }).click();
      const quote = page.getByTestId('quote');
      await quote.waitFor();
      assert.match(await quote.textContent(), /credits? for 2 files, 21 lines/);
      await shot('analysis-new-light');
      await page.getByRole('button', { name: 'Confirm and start' }).click();
      await page.waitForURL((u) => /^\/analyses\/[0-9a-f-]{36}$/.test(wsRest(u)));
      const analysisId = new URL(page.url()).pathname.split('/').pop();

      // Progress reaches completed (over SSE), then the report shows.
      await page.getByTestId('analysis-status').filter({ hasText: 'completed' }).waitFor({ timeout: 60_000 });
      await page.getByTestId('grade').waitFor();
      const table = page.getByTestId('findings-table');
      await table.getByRole('link').first().waitFor();
      const analysis = await page.evaluate(async (id) => (await fetch(`/api/v1/analyses/${id}`)).json(), analysisId);
      assert.equal(analysis.status, 'completed');
      const open = analysis.counts.critical + analysis.counts.high + analysis.counts.medium + analysis.counts.low;
      assert.ok(open >= 1, `expected findings, got ${JSON.stringify(analysis.counts)}`);
      // Reload: the page comes back from the server, not from memory.
      await page.reload();
      await page.getByTestId('grade').waitFor();
      await openCharts();
      await page.getByTestId('chart-cwe').waitFor();
      await shot('analysis-report-light');

      // Filter to the command injection (server-side filter), open it.
      await page.getByLabel('Search').fill('app/app.py');
      await page.waitForURL((u) => u.searchParams.get('search') === 'app/app.py');
      await table.getByRole('link').first().waitFor();
      const first = table.getByRole('link').first();
      const title = await first.textContent();
      await first.click();
      await page.waitForURL((u) => wsRest(u)?.startsWith('/findings/'));
      const findingId = new URL(page.url()).pathname.split('/').pop();
      await page.getByRole('heading', { name: title }).waitFor();
      await page.getByTestId('code').waitFor();

      // Triage: the reason is required.
      await page.getByRole('radio', { name: 'False positive' }).check();
      await page.getByRole('button', { name: 'Save decision' }).click();
      await page.getByRole('alert').filter({ hasText: 'A reason is required' }).waitFor();
      await page.getByLabel(/^Reason/).fill('the value is validated by the gateway');
      await page.getByRole('button', { name: 'Save decision' }).click();
      await page.getByTestId('triage-state').filter({ hasText: 'False positive' }).waitFor();
      await shot('analysis-finding-light');
      const finding = await page.evaluate(async (id) => (await fetch(`/api/v1/findings/${id}`)).json(), findingId);
      assert.equal(finding.triage.state, 'false_positive');

      // Export SARIF from the report: schema version 2.1.0, the triaged
      // finding present and suppressed with the reason.
      await page.getByRole('link', { name: '← Report' }).click();
      await page.getByTestId('grade').waitFor();
      assert.equal(await page.getByLabel('Search').inputValue(), 'app/app.py', 'filters survive the way back from a finding');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'SARIF', exact: true }).click()]);
      const sarif = JSON.parse(await readFile(await download.path(), 'utf8'));
      assert.equal(sarif.version, '2.1.0');
      const results = sarif.runs.flatMap((r) => r.results ?? []);
      const triaged = results.filter(
        (r) =>
          r.ruleId === finding.rule_id &&
          r.locations?.[0]?.physicalLocation?.region?.startLine === finding.location.start_line &&
          (r.suppressions ?? []).length > 0,
      );
      assert.equal(triaged.length, 1, `triaged finding suppressed in SARIF: ${JSON.stringify(results.map((r) => [r.ruleId, r.suppressions]))}`);
      assert.match(JSON.stringify(triaged[0].suppressions), /validated by the gateway/);

      // Dark mode screenshots of each page.
      await page.getByTestId('theme-toggle').click();
      await openCharts();
      await page.getByTestId('chart-severity').waitFor();
      await shot('analysis-report-dark');
      await page.goto(`/findings/${findingId}`);
      await page.getByTestId('code').waitFor();
      await shot('analysis-finding-dark');
      await page.goto('/analyses');
      await page.getByTestId('history-table').waitFor();
      await shot('analysis-history-dark');
      await page.goto('/analyses/new');
      await page.getByRole('tab', { name: 'Paste' }).click();
      await page.getByTestId('paste-editor').locator('.cm-content').fill('import os\n\ndef f(request):\n    os.system(request.args["c"])\n');
      await shot('analysis-paste-dark');

      const problems = await p.problems();
      assert.deepEqual(problems, [], problems.join('\n'));
    } catch (err) {
      await p.screenshot('analysis-failure').catch(() => {});
      throw new Error(`${err.message}\n--- server log ---\n${env.server.logs().slice(-4000)}`);
    } finally {
      await p.close();
    }
  });
});
