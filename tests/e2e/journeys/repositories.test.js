// Journey: sign up, connect a repository by its HTTPS clone URL (served by
// git http-backend on loopback, allowed through the SSRF guard), scan its
// main branch from the repository page, follow the analysis to completion
// and see the scan in the history with its trigger. Screenshots in light
// and dark mode, desktop and 390 px wide.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, newPage, startServer } from '../lib/harness.js';
import { startGitServer } from '../lib/git-server.js';
import { signUp, wsRest } from '../lib/app.js';

const APP_PY = `import os
from flask import request


def run():
    os.system("ping -c 1 " + request.args.get("host"))
`;

describe('repositories', () => {
  let server;
  let browser;
  let git;

  before(async () => {
    git = await startGitServer({ 'app/app.py': APP_PY, 'README.md': '# demo\n' });
    server = await startServer({ VIGIL_OUTBOUND_ALLOW: '127.0.0.1' });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await git?.stop();
  });

  it('connects a repository by URL, scans main and shows the history', async () => {
    const p = await newPage(browser, server);
    const { page } = p;
    // Without a GitHub App the GitHub panel asks and hides itself.
    p.allowStatus('/api/v1/integrations/github/repositories', 404);
    try {
      await signUp(page, { name: 'Rita Repo', email: 'rita@example.com' });

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Repositories' }).click();
      await page.waitForURL((u) => u.pathname === '/repositories');
      await page.getByText('No repositories yet').waitFor();
      assert.equal(await page.getByText('Install on GitHub').count(), 0, 'GitHub panel hidden without the App');

      await page.getByLabel('Clone URL').fill(git.url);
      await page.getByRole('button', { name: 'Add repository' }).click();
      await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
      const link = page.getByRole('list', { name: 'Repositories' }).getByRole('link');
      await link.waitFor();
      await p.screenshot('repositories-list-light');
      await link.click();
      await page.waitForURL((u) => /^\/repositories\/[0-9a-f-]{36}$/.test(u.pathname));

      await page.getByLabel('Branch or tag').fill('main');
      await page.getByRole('button', { name: 'Scan' }).click();
      const follow = page.getByRole('link', { name: 'follow the analysis' });
      await follow.waitFor({ timeout: 60_000 });
      const table = page.getByRole('table', { name: 'Scan history' });
      await table.getByText('manual').waitFor();
      await table.getByText('by rita@example.com').waitFor();
      assert.match(await table.textContent(), new RegExp(git.head.slice(0, 12)));
      await p.screenshot('repositories-detail-light');

      await follow.click();
      await page.waitForURL((u) => wsRest(u)?.startsWith('/analyses/'));
      await page.getByTestId('analysis-status').filter({ hasText: 'completed' }).waitFor({ timeout: 60_000 });
      const id = new URL(page.url()).pathname.split('/').pop();
      const analysis = await page.evaluate(async (aid) => (await fetch(`/api/v1/analyses/${aid}`)).json(), id);
      assert.equal(analysis.source_kind, 'repository');
      assert.ok(analysis.counts.critical + analysis.counts.high >= 1, `the command injection is found: ${JSON.stringify(analysis.counts)}`);

      // Dark, then 390 px wide.
      await page.goBack();
      await table.waitFor();
      await page.getByTestId('theme-toggle').click();
      await p.screenshot('repositories-detail-dark');
      await page.setViewportSize({ width: 390, height: 844 });
      await p.screenshot('repositories-detail-dark-390');
      await page.getByTestId('theme-toggle').click();
      await page.goto('/repositories');
      await page.getByRole('list', { name: 'Repositories' }).waitFor();
      await p.screenshot('repositories-list-light-390');
      assert.deepEqual(await p.problems(), []);
    } finally {
      await p.close();
    }
  });
});
