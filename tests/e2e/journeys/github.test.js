// Journey: a new user connects GitHub through the GitHub App against a
// fake GitHub that speaks GitHub's HTTP API (lib/fake-github-app.js):
// "Install on GitHub", install and authorize on GitHub's page, back to
// Vigil with the installation bound; pick a repository, turn on the code
// scanning upload, scan main and see the findings on the repository page
// (latest result and the per-scan chart). The fake records the tarball
// download with the installation token and the SARIF upload (gzip and
// base64, the scanned commit, refs/heads/main). Then a push to main: a
// signed webhook, a check run created in progress and completed with its
// conclusion and annotations, a second upload, and the push in the
// history. Then a pull request: one review with a comment on its changed
// line, a failing check run, and "PR #7" in the history. Screenshots in
// light and dark, desktop and 390 px wide.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, newPage, startServer } from '../lib/harness.js';
import { startFakeGitHubApp } from '../lib/fake-github-app.js';
import { signUp } from '../lib/app.js';

const APP_PY = `import os
from flask import request


def run():
    os.system("ping -c 1 " + request.args.get("host"))
`;

const MORE_PY = `import subprocess
from flask import request


def lookup():
    return subprocess.check_output("nslookup " + request.args.get("name"), shell=True)
`;

const PR_PY = `import os
from flask import request


def clean():
    os.system("rm -rf /tmp/" + request.args.get("dir"))
`;

async function until(cond, what, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.fail(`timed out waiting for ${what}`);
}

describe('github', () => {
  let gh;
  let server;
  let browser;

  before(async () => {
    const pinned = process.env.VIGIL_E2E_PORT ? Number(process.env.VIGIL_E2E_PORT) + 1 : 0;
    gh = await startFakeGitHubApp({ repos: { shop: { 'app/app.py': APP_PY, 'README.md': '# shop\n' } }, port: pinned });
    server = await startServer({ VIGIL_OUTBOUND_ALLOW: '127.0.0.1', ...gh.env });
    gh.setSetupURL(`${server.url}/api/v1/integrations/github/setup`);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await gh?.close();
  });

  it('connects GitHub, scans a repository, shows its findings, and checks a push', { timeout: 300_000 }, async () => {
    const p = await newPage(browser, server);
    const { page } = p;
    try {
      await signUp(page, { name: 'Gina Hub', email: 'gina@example.com' });

      // Connect: Vigil → GitHub's installation page → back, bound.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Repositories' }).click();
      await page.waitForURL((u) => u.pathname === '/repositories');
      await page.getByRole('button', { name: 'Install on GitHub' }).click();
      await page.waitForURL((u) => u.origin === gh.base && u.pathname === '/apps/vigil-e2e/installations/new');
      assert.ok(new URL(page.url()).searchParams.get('state'), 'the install link carries a signed state');
      await p.screenshot('github-install-page');
      await page.getByRole('button', { name: 'Install & Authorize' }).click();
      await page.waitForURL((u) => u.origin === server.url && u.pathname === '/repositories');
      await page.getByRole('status').filter({ hasText: 'The GitHub App is installed for this workspace' }).waitFor();
      const installed = page.getByRole('list', { name: 'Installed repositories' });
      await installed.getByRole('button', { name: 'Watch octo-org/shop' }).waitFor();
      await p.screenshot('github-installed-light');
      const setup = gh.calls.filter((c) => ['/login/oauth/access_token', '/api/v3/user/installations'].includes(c.path.split('?')[0]));
      assert.equal(setup.length, 2, 'the OAuth code was exchanged and the user\'s installations read');

      // Pick the repository and open it.
      await installed.getByRole('button', { name: 'Watch octo-org/shop' }).click();
      await installed.getByRole('link', { name: 'Watched' }).click();
      await page.waitForURL((u) => /^\/repositories\/[0-9a-f-]{36}$/.test(u.pathname));
      await page.getByRole('heading', { name: /octo-org\/shop/ }).waitFor();
      const repoID = new URL(page.url()).pathname.split('/').pop();
      await page.getByText('No completed scan yet: the chart fills in as scans finish.').waitFor();
      await p.screenshot('github-repository-empty-light');

      // Upload results to code scanning, then scan main.
      const sarifBox = page.getByLabel(/GitHub code scanning/);
      // Controlled by the server's answer: checked once the PATCH is saved.
      await sarifBox.click();
      await until(() => sarifBox.isChecked(), 'the code scanning box checked');
      assert.equal((await page.evaluate(async (id) => (await fetch(`/api/v1/repositories/${id}`)).json(), repoID)).sarif_upload, true);
      await page.getByLabel('Branch or tag').fill('main');
      await page.getByRole('button', { name: 'Scan' }).click();
      await page.getByRole('link', { name: 'follow the analysis' }).waitFor({ timeout: 60_000 });

      // The repository page shows the findings once the analysis completed.
      const latest = page.getByTestId('latest-result');
      await latest.waitFor({ timeout: 90_000 });
      const top = page.getByRole('list', { name: 'Most severe open findings' });
      await top.getByText('app/app.py:6').first().waitFor({ timeout: 30_000 });
      await page.getByTestId('scan-chart').waitFor();
      assert.equal(await page.getByTestId('scan-bar').count(), 1);
      const detail = await page.evaluate(async (id) => (await fetch(`/api/v1/repositories/${id}`)).json(), repoID);
      const first = detail.scans[0];
      assert.equal(first.commit, gh.head('shop'));
      assert.equal(first.analysis_status, 'completed');
      assert.ok(first.counts.critical + first.counts.high >= 1, `the command injection is found: ${JSON.stringify(first.counts)}`);

      // GitHub saw the tarball fetched with an installation token, and the SARIF upload.
      const tarball = gh.calls.find((c) => c.path === '/api/v3/repos/octo-org/shop/tarball/main');
      assert.match(tarball?.auth ?? '', /^token ghs_/, 'the tarball is fetched with an installation token');
      await until(() => gh.sarifs.length === 1, 'the SARIF upload');
      const up = gh.sarifs[0];
      assert.equal(up.commit_sha, gh.head('shop'));
      assert.equal(up.ref, 'refs/heads/main');
      assert.equal(up.tool_name, 'Vigil');
      assert.ok(up.log.runs[0].results.some((r) => JSON.stringify(r.locations).includes('app/app.py')), 'the upload names app/app.py');
      const table = page.getByRole('table', { name: 'Scan history' });
      await table.getByText('complete', { exact: true }).first().waitFor({ timeout: 30_000 });
      await p.screenshot('github-repository-light');

      // A push to main: signed webhook → scan → check run → upload.
      const pushed = await gh.push('shop', { 'app/more.py': MORE_PY }, `${server.url}/api/v1/webhooks/github`);
      assert.equal(pushed.status, 202, pushed.answer);
      await until(() => gh.checkRuns.length === 1 && gh.checkRuns[0].updates.some((u) => u.status === 'completed'), 'the push check run', 120_000);
      const run = gh.checkRuns[0];
      assert.equal(run.created.status, 'in_progress');
      assert.equal(run.created.head_sha, pushed.sha);
      assert.equal(run.created.conclusion, undefined);
      assert.match(run.created.details_url, new RegExp(`^${server.url}/analyses/`));
      const done = run.updates.find((u) => u.status === 'completed');
      assert.equal(done.conclusion, 'failure', `conclusion at the default threshold (high): ${JSON.stringify(done.output?.title)}`);
      const paths = done.output.annotations.map((a) => a.path);
      assert.ok(paths.includes('app/app.py') && paths.includes('app/more.py'), `annotations on both files: ${paths}`);
      await until(() => gh.sarifs.length === 2, 'the push\'s SARIF upload');
      assert.equal(gh.sarifs[1].commit_sha, pushed.sha);
      assert.equal(gh.sarifs[1].ref, 'refs/heads/main');

      await table.getByText(/^push/).waitFor({ timeout: 30_000 });
      await table.getByText('by octo').waitFor();
      await until(async () => (await page.getByTestId('scan-bar').count()) === 2, 'two bars in the chart', 90_000);
      await p.screenshot('github-repository-pushed-light');

      // A pull request: signed webhook → scan of its head → one review
      // commenting on the changed line → a check run on the head.
      const pr = await gh.pullRequest('shop', 7, { 'app/pr.py': PR_PY }, `${server.url}/api/v1/webhooks/github`);
      assert.equal(pr.status, 202, pr.answer);
      const prCheck = () => gh.checkRuns.find((c) => c.created.head_sha === pr.sha);
      await until(() => gh.reviews.length === 1 && prCheck(), 'the pull request review and its check run', 120_000);
      const review = gh.reviews[0].body;
      assert.equal(review.commit_id, pr.sha);
      assert.equal(review.event, 'COMMENT');
      const inline = review.comments.find((c) => c.path === 'app/pr.py');
      assert.ok(inline && inline.line === 6 && inline.side === 'RIGHT', `a comment on app/pr.py:6: ${JSON.stringify(review.comments)}`);
      assert.ok(!review.comments.some((c) => c.path !== 'app/pr.py'), 'nothing outside the diff is commented inline');
      assert.equal(prCheck().created.status, 'completed');
      assert.equal(prCheck().created.conclusion, 'failure');
      assert.equal(gh.sarifs.length, 2, 'a pull request scan is not uploaded to code scanning');
      await table.getByText('PR #7').waitFor({ timeout: 30_000 });
      await p.screenshot('github-repository-pr-light');

      // Dark, then 390 px wide.
      await page.getByTestId('theme-toggle').click();
      await p.screenshot('github-repository-dark');
      await page.setViewportSize({ width: 390, height: 844 });
      await p.screenshot('github-repository-dark-390');
      await page.getByTestId('theme-toggle').click();
      assert.deepEqual(await p.problems(), []);
    } finally {
      await p.close();
    }
  });
});
