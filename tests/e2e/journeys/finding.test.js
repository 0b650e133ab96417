// Journey: the finding page. From a report filtered to critical and high
// findings, open the first finding: its header holds the triage controls,
// j / k and the arrow keys (and the visible buttons) walk the filter's
// findings, the code is syntax highlighted, fix texts are rendered Markdown
// (no backticks left), cards without content are not shown, and the copy
// button puts the page's address on the clipboard. A decision taken in the
// header is saved and shows at once. Screenshots (1440 px and 360 px,
// light and dark) go to $VIGIL_E2E_SHOTS (default tests/e2e/screenshots)
// as finding-*.png.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser, newPage, screenshotDir, startServer } from '../lib/harness.js';
import { flaskApp, signUp, uploadAndWait, wsRest } from '../lib/app.js';

const SHOTS = process.env.VIGIL_E2E_SHOTS ?? screenshotDir;

const APP_PY = flaskApp({ shell: true });

describe('finding page', () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    await mkdir(SHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('triages from the header, walks the filter by keyboard and shows highlighted code and rendered fixes', { timeout: 300_000 }, async () => {
    const p = await newPage(browser, server, { viewport: { width: 1440, height: 900 } });
    const { page, context } = p;
    const shot = async (pg, name) => {
      await pg.evaluate(() => window.scrollTo(0, 0));
      await pg.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
    };
    try {
      await signUp(page, { name: 'Fin Ding', email: 'fin@example.com' });

      const analysisId = await uploadAndWait(page, { 'app/app.py': APP_PY }, { name: 'flask-shop.zip' });

      // The report filtered to critical and high: the finding page walks this list.
      const listed = await page.evaluate(
        async (id) => (await (await fetch(`/api/v1/analyses/${id}/findings?severity=critical,high&triage=open&file_kind=production&limit=500`)).json()).items,
        analysisId,
      );
      assert.ok(listed.length >= 3, `want 3+ critical/high findings, got ${listed.length}`);
      await page.goto(`/analyses/${analysisId}?severity=critical%2Chigh`);
      const rows = page.getByTestId('findings-table').getByTestId('finding-row');
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="finding-row"]').length === n, listed.length);
      await shot(page, 'report-1440-light');
      await rows.first().getByRole('link').first().click();
      await page.waitForURL((u) => wsRest(u) === `/findings/${listed[0].id}`);
      const nav = page.getByTestId('prev-next');
      await nav.filter({ hasText: `1 of ${listed.length}` }).waitFor();

      // Header: title, triage state and the mark-as choices, above the code.
      const header = page.getByTestId('finding-header');
      await header.getByRole('heading', { level: 1, name: listed[0].title }).waitFor();
      await header.getByTestId('triage-state').filter({ hasText: 'Open' }).waitFor();
      await header.getByRole('radio', { name: 'False positive' }).waitFor();
      const headerBox = await header.boundingBox();
      const codeBox = await page.getByTestId('code').boundingBox();
      assert.ok(headerBox.y + headerBox.height <= codeBox.y, 'triage sits in the header, above the code');
      assert.ok(headerBox.y + headerBox.height < 900, `the header fits the first screen (ends at ${headerBox.y + headerBox.height} px)`);

      // Highlighted code: the grammar's chunk loads and colours the lines.
      await page.getByTestId('code').locator('[class*="tok-"]').first().waitFor();
      const tokens = await page.getByTestId('code').locator('.tok-string').allTextContents();
      assert.ok(tokens.some((t) => t.startsWith('"')), `string tokens: ${tokens.join(' | ')}`);

      // Fix text rendered as Markdown: code spans, no backticks.
      const fix = page.getByRole('region', { name: 'Suggested fix' }).or(page.locator('section', { has: page.getByRole('heading', { name: 'Suggested fix' }) }));
      await fix.first().waitFor();
      const fixText = await fix.first().textContent();
      assert.ok(!fixText.includes('`'), `no backticks in the fix: ${fixText}`);
      assert.ok((await fix.first().locator('code').count()) > 0, 'inline code rendered as <code>');

      // No empty cards: no AI provider, so no "AI review" card; a data-flow card only with steps.
      assert.equal(await page.getByRole('heading', { name: 'AI review' }).count(), 0);
      if (await page.getByRole('heading', { name: 'Data flow' }).count()) {
        assert.ok((await page.getByTestId('trace').locator('li').count()) > 0, 'data flow card has steps');
      }
      await shot(page, 'finding-1440-light');

      // Keyboard: j and → forward, k and ← back; the buttons too.
      await page.locator('body').press('j');
      await nav.filter({ hasText: `2 of ${listed.length}` }).waitFor();
      assert.equal(wsRest(new URL(page.url())), `/findings/${listed[1].id}`);
      await page.keyboard.press('ArrowRight');
      await nav.filter({ hasText: `3 of ${listed.length}` }).waitFor();
      await page.keyboard.press('k');
      await nav.filter({ hasText: `2 of ${listed.length}` }).waitFor();
      await page.keyboard.press('ArrowLeft');
      await nav.filter({ hasText: `1 of ${listed.length}` }).waitFor();
      assert.equal(await nav.getByRole('link', { name: '← Previous' }).count(), 0, 'no previous on the first finding');
      await page.keyboard.press('k'); // nothing before the first
      assert.equal(wsRest(new URL(page.url())), `/findings/${listed[0].id}`);
      await nav.getByRole('link', { name: 'Next →' }).click();
      await nav.filter({ hasText: `2 of ${listed.length}` }).waitFor();
      await nav.getByRole('link', { name: '← Previous' }).click();
      await nav.filter({ hasText: `1 of ${listed.length}` }).waitFor();

      // Typing a reason never navigates.
      await header.getByRole('radio', { name: 'Accepted risk' }).check();
      const reason = header.getByLabel(/Reason/);
      await reason.fill('');
      await reason.pressSequentially('jk only');
      assert.equal(wsRest(new URL(page.url())), `/findings/${listed[0].id}`);
      await header.getByRole('button', { name: 'Cancel' }).click();
      assert.equal(await header.getByLabel(/Reason/).count(), 0);

      // Copy link.
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      await header.getByRole('button', { name: 'Copy link' }).click();
      await header.getByText('Link copied').waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());

      // Triage from the header.
      await header.getByRole('radio', { name: 'False positive' }).check();
      await header.getByRole('button', { name: 'Save decision' }).click();
      await header.getByRole('alert').filter({ hasText: 'A reason is required' }).waitFor();
      await header.getByLabel(/Reason/).fill('the id is cast to int by the route converter');
      await header.getByRole('button', { name: 'Save decision' }).click();
      await header.getByTestId('triage-state').filter({ hasText: 'False positive' }).waitFor();
      await header.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      const saved = await page.evaluate(async (id) => (await (await fetch(`/api/v1/findings/${id}`)).json()).triage, listed[0].id);
      assert.deepEqual({ state: saved.state, reason: saved.reason }, { state: 'false_positive', reason: 'the id is cast to int by the route converter' });
      await shot(page, 'finding-1440-light-triaged');

      // Dark desktop, then phones.
      for (const [scheme, width] of [['dark', 1440], ['light', 360], ['dark', 360]]) {
        const other = await newPage(browser, server, { colorScheme: scheme, viewport: { width, height: width > 400 ? 900 : 780 } });
        await other.context.addCookies(await context.cookies());
        try {
          await other.page.goto(`/findings/${listed[1].id}`);
          await other.page.getByTestId('code').locator('[class*="tok-"]').first().waitFor();
          const m = await other.page.evaluate(() => ({ sw: document.documentElement.scrollWidth, iw: window.innerWidth }));
          assert.ok(m.sw <= m.iw, `${scheme} ${width} px: ${m.sw} > ${m.iw}`);
          await other.page.getByTestId('finding-header').getByRole('radio', { name: 'Fixed' }).check();
          await shot(other.page, `finding-${width}-${scheme}`);
          await other.page.goto(`/analyses/${analysisId}?severity=critical%2Chigh&triage=all`);
          await other.page.getByTestId('finding-row').first().waitFor();
          await shot(other.page, `report-${width}-${scheme}`);
          assert.deepEqual(await other.problems(), []);
        } finally {
          await other.close();
        }
      }
      assert.deepEqual(await p.problems(), []);
    } finally {
      await p.close();
    }
  });
});
