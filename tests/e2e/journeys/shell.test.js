// Journey: a visitor opens a fresh instance and finds the app shell working.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newPage } from '../lib/harness.js';
import { useServer } from '../lib/app.js';

describe('app shell', () => {
  const env = useServer();

  async function clean(p) {
    const problems = await p.problems();
    assert.deepEqual(problems, [], `problems in the browser:\n${problems.join('\n')}`);
  }

  it('renders the dashboard with status and version', async () => {
    const p = await newPage(env.browser, env.server);
    try {
      await p.page.goto('/');
      const banner = p.page.getByRole('banner');
      await banner.getByText('Vigil', { exact: true }).waitFor();
      await p.page.getByRole('navigation', { name: 'Main' }).waitFor();
      await p.page.getByTestId('ready-status').filter({ hasText: 'Running' }).waitFor();
      const version = await p.page.getByTestId('version').textContent();
      assert.ok(version && version !== '…', `version shown: ${version}`);
      const csp = await p.page.evaluate(async () => (await fetch('/')).headers.get('content-security-policy'));
      assert.match(csp, /default-src 'self'/);
      await p.screenshot('dashboard-light');
      await clean(p);
    } finally {
      await p.close();
    }
  });

  it('keeps the dark mode choice across reloads without a flash', async () => {
    const p = await newPage(env.browser, env.server, { colorScheme: 'light' });
    try {
      await p.page.goto('/');
      const isDark = () => p.page.evaluate(() => document.documentElement.classList.contains('dark'));
      assert.equal(await isDark(), false, 'light system preference starts light');
      await p.page.getByTestId('theme-toggle').focus();
      await p.page.keyboard.press('Enter');
      assert.equal(await isDark(), true, 'toggle switches to dark');
      await p.page.reload({ waitUntil: 'commit' });
      await p.page.waitForSelector('html.dark', { state: 'attached' });
      // theme-init.js runs in <head>: the class is set before the app script renders anything.
      const darkBeforeApp = await p.page.evaluate(() => document.documentElement.classList.contains('dark'));
      assert.equal(darkBeforeApp, true);
      await p.page.getByTestId('ready-status').filter({ hasText: 'Running' }).waitFor();
      assert.equal(await p.page.getByTestId('theme-toggle').getAttribute('aria-pressed'), 'true');
      const bg = await p.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      assert.notEqual(bg, 'rgb(248, 250, 252)', `dark background applied, got ${bg}`);
      await p.screenshot('dashboard-dark');
      await clean(p);
    } finally {
      await p.close();
    }
  });

  it('follows a dark system preference when nothing was chosen', async () => {
    const p = await newPage(env.browser, env.server, { colorScheme: 'dark' });
    try {
      await p.page.goto('/signin');
      await p.page.getByRole('heading', { name: 'Sign in' }).waitFor();
      assert.equal(await p.page.evaluate(() => document.documentElement.classList.contains('dark')), true);
      await p.page.getByLabel('Email').waitFor();
      await p.screenshot('signin-dark');
      await clean(p);
    } finally {
      await p.close();
    }
  });

  it('shows a 404 page for unknown client routes', async () => {
    const p = await newPage(env.browser, env.server);
    try {
      const res = await p.page.goto('/no/such/page');
      assert.equal(res.status(), 200, 'extension-less paths fall back to the app');
      await p.page.getByRole('heading', { name: 'Page not found' }).waitFor();
      await p.screenshot('not-found');
      await p.page.getByRole('link', { name: 'Go to the dashboard' }).click();
      await p.page.getByTestId('ready-status').waitFor();
      await clean(p);
    } finally {
      await p.close();
    }
  });

  it('renders the API reference from the OpenAPI document', async () => {
    const p = await newPage(env.browser, env.server);
    try {
      await p.page.goto('/docs/api');
      await p.page.getByRole('heading', { name: 'Vigil API' }).waitFor();
      await p.page.getByText('/api/v1/meta', { exact: true }).waitFor();
      await p.page.getByText('/api/v1/openapi.json', { exact: true }).first().waitFor();
      assert.ok(await p.page.locator('#problem-not_found').count(), 'problem types are documented');
      await p.screenshot('api-reference');
      await clean(p);
    } finally {
      await p.close();
    }
  });

  it('harness catches CSP violations and console errors (self-check)', async () => {
    const p = await newPage(env.browser, env.server);
    try {
      await p.page.goto('/signin');
      await p.page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await p.page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inlineRan = true';
        document.body.append(s);
      });
      await p.page.waitForTimeout(200);
      assert.equal(await p.page.evaluate(() => window.__inlineRan), undefined, 'inline script must not run');
      const problems = await p.problems();
      assert.ok(problems.some((x) => x.startsWith('CSP violation: script-src')), `CSP violation recorded: ${problems}`);
    } finally {
      await p.close();
    }
  });

  it('is usable on a phone-sized screen', async () => {
    const p = await newPage(env.browser, env.server, { viewport: { width: 390, height: 844 } });
    try {
      await p.page.goto('/');
      await p.page.getByTestId('ready-status').filter({ hasText: 'Running' }).waitFor();
      const overflow = await p.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
      await p.screenshot('dashboard-mobile');
      await clean(p);
    } finally {
      await p.close();
    }
  });
});
