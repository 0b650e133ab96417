// Journey: sign in with GitHub (a fake GitHub speaking the real OAuth
// protocol) in headless Chromium and land on the dashboard, signed in.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, newPage, startServer } from '../lib/harness.js';
import { startFakeGitHub } from '../lib/fake-github.js';

describe('identity', () => {
  let github;
  let server;
  let browser;

  before(async () => {
    github = await startFakeGitHub();
    server = await startServer(github.env);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await github?.close();
  });

  it('signs in with GitHub and lands on the dashboard', async () => {
    const p = await newPage(browser, server);
    try {
      await p.page.goto('/signin');
      await p.page.getByRole('link', { name: 'Continue with GitHub' }).click();
      await p.page.waitForURL((u) => u.pathname === '/');
      await p.page.getByTestId('signed-in-as').filter({ hasText: 'Octo Cat' }).waitFor();
      await p.page.getByRole('heading', { name: 'Your dashboard' }).waitFor(); // the signed-in home
      const me = await p.page.evaluate(async () => (await fetch('/api/v1/auth/me')).json());
      assert.equal(me.email, 'octo@example.com');
      assert.equal(me.workspace.role, 'owner');
      const cookies = await p.context.cookies();
      const access = cookies.find((c) => c.name === 'vigil_access');
      assert.ok(access?.httpOnly, 'access cookie is httpOnly');
      assert.equal(access.sameSite, 'Lax');
      await p.screenshot('signed-in-with-github');

      // API keys page (the current workspace's keys): create one, shown once.
      await p.page.getByTestId('signed-in-as').click(); // the account menu
      await p.page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Account' }).click();
      await p.page.getByRole('link', { name: /API keys and CI snippets/ }).click();
      await p.page.getByLabel('Key name').fill('ci');
      await p.page.getByRole('button', { name: 'Create key' }).click();
      const key = await p.page.getByTestId('new-api-key').textContent();
      assert.match(key ?? '', /^vigil_/);
      const viaKey = await p.page.evaluate(
        async (k) => (await fetch('/api/v1/auth/me', { headers: { Authorization: `Bearer ${k}` }, credentials: 'omit' })).status,
        key,
      );
      assert.equal(viaKey, 200);

      // Sign out: back to the sign-in page, no longer signed in.
      await p.page.getByTestId('signed-in-as').click();
      await p.page.getByRole('banner').getByRole('button', { name: 'Sign out', exact: true }).click();
      await p.page.waitForURL((u) => u.pathname === '/signin');
      p.allowStatus('/api/v1/auth/me', 401);
      const after = await p.page.evaluate(async () => (await fetch('/api/v1/auth/me')).status);
      assert.equal(after, 401);
      const problems = await p.problems();
      assert.deepEqual(problems, [], `problems in the browser:\n${problems.join('\n')}`);
    } finally {
      await p.close();
    }
  });

  it('refuses an open redirect with a helpful page', async () => {
    const p = await newPage(browser, server);
    try {
      await p.page.goto('/api/v1/auth/oauth/github/start?next=//evil.example/');
      await p.page.waitForURL((u) => u.pathname === '/auth/error');
      const msg = await p.page.getByTestId('oauth-error-message').textContent();
      assert.match(msg ?? '', /another site/);
      const problems = await p.problems();
      assert.deepEqual(problems, [], `problems in the browser:\n${problems.join('\n')}`);
    } finally {
      await p.close();
    }
  });
});
