// The phone journey, run once per colour scheme (journeys/mobile.test.js
// and mobile-dark.test.js, so each file stays within the runner's
// per-file timeout). The first account (instance admin) fills every kind
// of page with data (an analysis, a project, a team workspace with a
// pending invitation, an API key, a connected repository), then every
// signed-in route is opened at 360 px and must not scroll sideways
// (document.documentElement.scrollWidth <= window.innerWidth). The record
// tables (findings, analyses, API keys, members, admin users) are cards
// there and tables at 1440 px. Screenshots go to $VIGIL_E2E_SHOTS (default
// tests/e2e/screenshots) as mobile-*.png.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser, newPage, screenshotDir, startServer } from './harness.js';
import { startGitServer } from './git-server.js';
import { callApi, flaskApp, signUp, uploadAndWait } from './app.js';

const SHOTS = process.env.VIGIL_E2E_SHOTS ?? screenshotDir;

const APP_PY = flaskApp();


/** How the record tables look: 'table' (header row shown) or 'cards' (no header, rows as bordered blocks). */
function tableLayout(page, testId) {
  return page.getByTestId(testId).evaluate((t) => {
    const head = t.querySelector('thead');
    const row = t.querySelector('tbody tr');
    const rs = row ? getComputedStyle(row) : null;
    return {
      layout: getComputedStyle(head).display === 'none' ? 'cards' : 'table',
      rowDisplay: rs?.display,
      rowBorder: rs ? parseFloat(rs.borderTopWidth) : 0,
      // the widest cell's right edge against the viewport
      overflow: Math.max(0, ...[...t.querySelectorAll('td')].map((c) => c.getBoundingClientRect().right - window.innerWidth)),
    };
  });
}

/** Registers the phone journey for one colour scheme. */
export function phoneJourney(scheme) {
  describe(`mobile (${scheme})`, () => {
    let server;
    let browser;
    let git;

    before(async () => {
      const port = process.env.VIGIL_E2E_PORT ? Number(process.env.VIGIL_E2E_PORT) + 1 : 0;
      git = await startGitServer({ 'app/app.py': APP_PY }, { port });
      server = await startServer({ VIGIL_OUTBOUND_ALLOW: '127.0.0.1' });
      browser = await launchBrowser();
      await mkdir(SHOTS, { recursive: true });
    });

    after(async () => {
      await browser?.close();
      await server?.stop();
      await git?.stop();
    });

    it(`fits every signed-in page into 360 px, with tables as cards (${scheme})`, async () => {
      const desk = await newPage(browser, server, { viewport: { width: 1440, height: 900 } });
      const { page } = desk;
      const shot = (pg, name) => pg.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
      try {
        // Data for every page.
        await signUp(page, { name: 'Mia Mobile', email: 'mia.mobile.with.a.long.address@example.com' });

        const analysisId = await uploadAndWait(page, { 'app/app.py': APP_PY }, { name: 'a-rather-long-project-name-for-a-phone.zip' });
        const analysis = (await callApi(page, 'GET', `/api/v1/analyses/${analysisId}`)).body;
        const findings = (await callApi(page, 'GET', `/api/v1/analyses/${analysisId}/findings?limit=5`)).body.items;
        assert.ok(findings.length >= 2, `want 2+ findings, got ${findings.length}`);
        const findingId = findings[0].id;

        const me = (await callApi(page, 'GET', '/api/v1/auth/me')).body;
        const personal = me.workspaces.find((w) => w.personal).id;
        const team = await callApi(page, 'POST', '/api/v1/workspaces', { name: 'Mobile platform team' });
        assert.equal(team.status, 201, JSON.stringify(team.body));
        const inv = await callApi(page, 'POST', `/api/v1/workspaces/${team.body.id}/invitations`, { email: 'someone.invited@example.com', role: 'viewer' });
        assert.equal(inv.status, 201, JSON.stringify(inv.body));
        const key = await callApi(page, 'POST', '/api/v1/api-keys', { name: 'ci on the main branch', scopes: ['read', 'analyze'] });
        assert.equal(key.status, 201, JSON.stringify(key.body));
        const repo = await callApi(page, 'POST', '/api/v1/repositories', { url: git.url });
        assert.equal(repo.status, 201, JSON.stringify(repo.body));

        const routes = [
          // A /w/ link switches the remembered workspace: the personal one first, the team's last.
          `/w/${personal}`, '/', '/analyses', '/analyses/new',
          `/analyses/${analysisId}`, `/analyses/${analysisId}?group=file&triage=all`, `/findings/${findingId}`,
          `/projects/${encodeURIComponent(analysis.project_key)}`,
          '/repositories', `/repositories/${repo.body.id}`,
          '/billing', '/billing/success', '/settings/account', '/settings/workspaces', '/settings/api-keys',
          '/admin', '/admin/users', '/admin/sign-ins', '/admin/audit', '/admin/ai',
          '/docs/api', '/no-such-page', `/w/${team.body.id}/analyses`, `/w/${team.body.id}`,
        ];

        // Desktop: the record tables are tables.
        for (const [route, testId] of [[`/analyses/${analysisId}`, 'findings-table'], ['/analyses', 'history-table'], ['/settings/api-keys', 'api-keys-table'], ['/admin/users', 'users-table']]) {
          await page.goto(route);
          await page.getByTestId(testId).locator('tbody tr').first().waitFor();
          const t = await tableLayout(page, testId);
          assert.equal(t.layout, 'table', `${route} at 1440 px: ${JSON.stringify(t)}`);
          assert.equal(t.rowDisplay, 'table-row');
          if (testId === 'history-table') await shot(page, 'mobile-analyses-1440-light');
        }

        const wide = [];
        {
          const phone = await newPage(browser, server, { colorScheme: scheme, viewport: { width: 360, height: 780 } });
          await phone.context.addCookies(await desk.context.cookies());
          phone.allowStatus('/no-such-page', 404);
          // Without a GitHub App the repositories page asks for its installations and hides the panel.
          phone.allowStatus('/api/v1/integrations/github', 404);
          try {
            for (const route of routes) {
              await phone.page.goto(route);
              await phone.page
                .locator('main h1, main h2')
                .first()
                .waitFor({ timeout: 15_000 })
                .catch(async (e) => {
                  await shot(phone.page, `mobile-failed-${scheme}`);
                  throw new Error(`${scheme} ${route}: no heading: ${e.message}`);
                });
              // Whatever the page fetches has arrived.
              await phone.page.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('Loading…'));
              const m = await phone.page.evaluate(() => ({ sw: document.documentElement.scrollWidth, iw: window.innerWidth }));
              if (m.sw > m.iw) wide.push(`${scheme} ${route}: ${m.sw} px > ${m.iw} px`);
            }

            await phone.page.goto(`/w/${personal}`);
            await phone.page.waitForLoadState('networkidle');
            // The record tables are cards, and no card is wider than the screen.
            for (const [route, testId] of [
              [`/analyses/${analysisId}`, 'findings-table'], ['/analyses', 'history-table'], ['/settings/api-keys', 'api-keys-table'],
              ['/settings/workspaces', 'members-table'], ['/admin/users', 'users-table'],
            ]) {
              await phone.page.goto(route);
              await phone.page.getByTestId(testId).locator('tbody tr').first().waitFor();
              const t = await tableLayout(phone.page, testId);
              assert.equal(t.layout, 'cards', `${route} at 360 px: ${JSON.stringify(t)}`);
              assert.equal(t.rowDisplay, 'block');
              assert.ok(t.rowBorder >= 1, `${route}: cards have a border`);
              assert.equal(t.overflow, 0, `${route}: a cell overflows by ${t.overflow} px`);
              const name = { 'findings-table': 'report', 'history-table': 'analyses', 'api-keys-table': 'api-keys', 'members-table': 'members', 'users-table': 'admin-users' }[testId];
              await phone.page.evaluate(() => window.scrollTo(0, 0));
              await shot(phone.page, `mobile-${name}-360-${scheme}`);
            }
            // The selection still works without the table header.
            await phone.page.goto(`/analyses/${analysisId}`);
            await phone.page.getByTestId('finding-row').first().waitFor();
            await phone.page.getByLabel('Select every finding shown').filter({ visible: true }).check();
            await phone.page.getByTestId('bulk-triage').waitFor();
            const m = await phone.page.evaluate(() => ({ sw: document.documentElement.scrollWidth, iw: window.innerWidth }));
            assert.ok(m.sw <= m.iw, `bulk bar at 360 px: ${m.sw} > ${m.iw}`);
            assert.deepEqual(await phone.problems(), [], `${scheme}: problems`);
          } finally {
            await phone.close();
          }
        }
        console.log(`mobile: ${routes.length} routes at 360 px, ${scheme}; too wide: ${wide.length ? wide.join('; ') : 'none'}`);
        assert.deepEqual(wide, [], 'no page scrolls sideways at 360 px');
        assert.deepEqual(await desk.problems(), []);
      } finally {
        await desk.close();
      }
    });
  });
}
