// Journey: the report people act on. A member uploads a small Flask app,
// lands on a report whose findings come first (behind a skip link), bulk
// triages two findings with one reason and sees the score recomputed and
// the triaged rows hidden with a count; the finding page leads with triage
// and links to its neighbours. At 360 px no signed-in page scrolls
// sideways. Screenshots in light and dark, 1440 px and 360 px, land in
// tests/e2e/screenshots/report-*.png.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newPage } from '../lib/harness.js';
import { flaskApp, useServer, signUp, uploadAndWait, wsRest } from '../lib/app.js';

const APP_PY = flaskApp({ shell: true, calc: true });

/** Pages whose width must fit a 360 px screen (signed in). */
const ROUTES = (analysisId, findingId) => [
  '/', '/analyses', '/analyses/new', `/analyses/${analysisId}`, `/analyses/${analysisId}?group=file`, `/findings/${findingId}`,
  '/billing', '/settings/account', '/settings/workspaces', '/docs/api', '/no-such-page',
];

describe('report', () => {
  const env = useServer();

  it('leads with findings, bulk triages them, recomputes the score and fits a phone', async () => {
    const p = await newPage(env.browser, env.server, { viewport: { width: 1440, height: 900 } });
    const { page } = p;
    const shot = async (pg, name) => {
      await pg.page.evaluate(() => window.scrollTo(0, 0));
      await pg.screenshot(name);
    };
    try {
      await signUp(page, { name: 'Rita Port', email: 'rita@example.com' });

      const analysisId = await uploadAndWait(page, { 'app/app.py': APP_PY, 'tests/test_app.py': 'import os\nos.system(input())\n' }, { name: 'flask-shop.zip' });
      const table = page.getByTestId('findings-table');
      await table.getByTestId('finding-row').first().waitFor();

      // Findings first: the table sits above the (collapsed) charts and the exports.
      const tableBox = await table.boundingBox();
      const chartsBox = await page.getByTestId('charts').boundingBox();
      const exportBox = await page.getByRole('link', { name: 'SARIF' }).boundingBox();
      assert.ok(tableBox.y < chartsBox.y && chartsBox.y < exportBox.y, `table ${tableBox.y}, charts ${chartsBox.y}, exports ${exportBox.y}`);
      assert.equal(await page.getByTestId('charts').getAttribute('open'), null);

      // Keyboard: Tab presses from the top of the page to the first finding.
      await page.reload();
      await table.getByTestId('finding-row').first().waitFor();
      await page.keyboard.press('Tab');
      let tabs = 1;
      const firstFinding = await table.getByTestId('finding-row').first().getByRole('link').textContent();
      for (; tabs < 80; tabs++) {
        const label = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
        if (label === 'Skip to findings') {
          await page.keyboard.press('Enter');
          break;
        }
        await page.keyboard.press('Tab');
      }
      // After the skip link, the findings section has focus inside it.
      const inFindings = await page.evaluate(() => !!document.activeElement?.closest('#findings'));
      assert.ok(inFindings, 'the skip link moves focus into the findings');
      console.log(`report: skip link reached after ${tabs} Tab press(es); first finding "${firstFinding}"`);
      assert.ok(tabs <= 20, `skip link after ${tabs} Tab presses`);

      // The app shows production code by default, and /summary agrees with the list.
      const api = (path) => page.evaluate(async (u) => (await fetch(u)).json(), path);
      const before = await api(`/api/v1/analyses/${analysisId}`);
      const listed = await api(`/api/v1/analyses/${analysisId}/findings?limit=500&triage=open&file_kind=production`);
      const summary = await api(`/api/v1/analyses/${analysisId}/summary?file_kind=production`);
      assert.equal(summary.findings, listed.items.length, 'summary and list agree');
      assert.ok(listed.items.length >= 3, `want 3+ findings, got ${listed.items.length}`);
      await shot(p, 'report-desktop-light');

      // Bulk triage two findings with one reason.
      const rows = table.getByTestId('finding-row');
      const n = await rows.count();
      await rows.nth(0).getByRole('checkbox').check();
      await rows.nth(1).getByRole('checkbox').check();
      const bar = page.getByTestId('bulk-triage');
      await bar.getByLabel('Mark as').selectOption('accepted_risk');
      await bar.getByLabel(/Reason/).fill('internal admin tool, not reachable from the internet');
      await shot(p, 'report-bulk-selected-light');
      await bar.getByRole('button', { name: 'Apply to 2' }).click();
      await page.getByRole('status').filter({ hasText: '2 findings triaged' }).waitFor();
      await page.getByTestId('hidden-triaged').filter({ hasText: '2 triaged' }).waitFor();
      await page.waitForFunction((want) => document.querySelectorAll('[data-testid="finding-row"]').length === want, n - 2);
      const after = await api(`/api/v1/analyses/${analysisId}`);
      assert.ok(after.score > before.score, `score ${before.score} -> ${after.score}`);
      console.log(`report: bulk triage moved the score ${before.score} (${before.grade}) -> ${after.score} (${after.grade})`);
      // Shown on request, muted.
      await page.getByTestId('hidden-triaged').getByRole('button', { name: 'Show them' }).click();
      await table.locator('[data-triaged="true"]').first().waitFor();
      assert.equal(await table.locator('[data-triaged="true"]').count(), 2);
      await shot(p, 'report-triaged-shown-light');

      // Finding page: triage under the title, previous/next in the filter.
      await page.getByLabel('Triage', { exact: true }).selectOption('');
      await table.getByTestId('finding-row').nth(0).getByRole('link').click();
      await page.getByTestId('prev-next').waitFor();
      const nav = page.getByTestId('prev-next');
      assert.match(await nav.textContent(), /1 of \d+/);
      const findingId = new URL(page.url()).pathname.split('/').pop();
      const triageBox = await page.getByTestId('triage-state').boundingBox();
      const codeBox = await page.getByTestId('code').boundingBox();
      assert.ok(triageBox.y < codeBox.y, 'triage above the code');
      assert.ok((await page.getByTestId('code').locator('[class^="tok-"]').count()) > 0, 'highlighted code');
      await shot(p, 'report-finding-desktop-light');
      await nav.getByRole('link', { name: 'Next →' }).click();
      await page.waitForURL((u) => !!wsRest(u)?.startsWith('/findings/') && wsRest(u) !== `/findings/${findingId}`);
      await nav.filter({ hasText: /2 of \d+/ }).waitFor();

      // Dark, desktop.
      const dark = await newPage(env.browser, env.server, { colorScheme: 'dark', viewport: { width: 1440, height: 900 } });
      await dark.context.addCookies(await p.context.cookies());
      await dark.page.goto(`/analyses/${analysisId}`);
      await dark.page.getByTestId('finding-row').first().waitFor();
      await shot(dark, 'report-desktop-dark');
      await dark.page.goto(`/findings/${findingId}`);
      await dark.page.getByTestId('code').waitFor();
      await shot(dark, 'report-finding-desktop-dark');

      // 360 px: no page scrolls sideways, light and dark.
      const wide = [];
      for (const scheme of ['light', 'dark']) {
        const phone = await newPage(env.browser, env.server, { colorScheme: scheme, viewport: { width: 360, height: 780 } });
        await phone.context.addCookies(await p.context.cookies());
        for (const route of ROUTES(analysisId, findingId)) {
          phone.allowStatus('/no-such-page', 404);
          await phone.page.goto(route);
          await phone.page.waitForLoadState('networkidle');
          const m = await phone.page.evaluate(() => ({ sw: document.documentElement.scrollWidth, iw: window.innerWidth }));
          if (m.sw > m.iw) wide.push(`${scheme} ${route}: ${m.sw} px > ${m.iw} px`);
        }
        await phone.page.goto(`/analyses/${analysisId}`);
        await phone.page.getByTestId('finding-row').first().waitFor();
        await shot(phone, `report-360-${scheme}`);
        await phone.page.goto(`/findings/${findingId}`);
        await phone.page.getByTestId('code').waitFor();
        await shot(phone, `report-finding-360-${scheme}`);
        await phone.close();
      }
      console.log(`report: 360 px overflow: ${wide.length ? wide.join('; ') : 'none'}`);
      assert.deepEqual(wide, [], 'no horizontal scroll at 360 px');
      assert.deepEqual(await p.problems(), []);
      await dark.close();
    } finally {
      await p.close();
    }
  });
});
