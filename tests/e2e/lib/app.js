// Steps that many journeys share: a server and a browser per suite, a new
// account, an uploaded Flask app analysed to completion, API calls as the
// signed-in browser, the workspace switcher, and the clean finish (no
// problem seen in the browser; on failure a screenshot and the server log).
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startServer } from './harness.js';
import { zipOf } from './zip.js';

/** The password every journey's accounts use. */
export const PASSWORD = 'correct horse battery';

/**
 * A small Flask app with real vulnerabilities: command injection (/run)
 * and SQL injection (/user); with shell, a subprocess call with
 * shell=True in /run; with calc, an eval of a query parameter (/calc).
 * The default is 21 lines.
 */
export function flaskApp({ shell = false, calc = false } = {}) {
  return [
    'import os',
    'import sqlite3',
    ...(shell ? ['import subprocess'] : []),
    'from flask import Flask, request',
    '',
    'app = Flask(__name__)',
    '',
    '',
    '@app.route("/run")',
    'def run():',
    '    cmd = request.args.get("cmd")',
    '    os.system("ping -c 1 " + cmd)',
    ...(shell ? ['    subprocess.call("ls " + cmd, shell=True)'] : []),
    '    return "ok"',
    '',
    '',
    '@app.route("/user")',
    'def user():',
    '    uid = request.args.get("id")',
    '    db = sqlite3.connect("app.db")',
    '    rows = db.execute("SELECT * FROM users WHERE id = " + uid).fetchall()',
    '    return str(rows)',
    ...(calc ? ['', '', '@app.route("/calc")', 'def calc():', '    return str(eval(request.args.get("expr")))'] : []),
    '',
  ].join('\n');
}

/**
 * Starts a server (with env) and a browser before the suite's tests and
 * stops both after them. The returned object's server and browser are set
 * once the suite runs.
 */
export function useServer(env = {}) {
  const ctx = { server: undefined, browser: undefined };
  before(async () => {
    ctx.server = await startServer(env);
    ctx.browser = await launchBrowser();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.stop();
  });
  return ctx;
}

/** Creates an account through the sign-up page and waits for the dashboard. */
export async function signUp(page, { name, email, password = PASSWORD }) {
  await page.goto('/signup');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((u) => u.pathname === '/');
}

/**
 * The path of an in-app URL after its /w/{workspace} prefix (in-app links
 * name the workspace they were followed in), or null when it has none.
 */
export function wsRest(u) {
  const m = /^\/w\/[^/]+(\/.*)$/.exec(u.pathname);
  return m ? m[1] : null;
}

/** The id of the analysis or finding a page shows (last segment of its path). */
export function lastSegment(page) {
  return new URL(page.url()).pathname.split('/').pop();
}

/**
 * Uploads files ({ path: text }) as a zip from the New analysis page (at
 * newPath), confirms the quote and waits for the analysis to complete.
 * Returns its id.
 */
export async function uploadAndWait(page, files, { name = 'flask-shop.zip', newPath = '/analyses/new', timeout = 90_000 } = {}) {
  await page.goto(newPath);
  await page.locator('#files-input').setInputFiles({ name, mimeType: 'application/zip', buffer: zipOf(files) });
  await page.getByRole('button', { name: 'Get quote' }).click();
  await page.getByTestId('quote').waitFor();
  await page.getByRole('button', { name: 'Confirm and start' }).click();
  await page.waitForURL((u) => /\/analyses\/[0-9a-f-]{36}$/.test(u.pathname));
  const id = lastSegment(page);
  await page.getByTestId('analysis-status').filter({ hasText: 'completed' }).waitFor({ timeout });
  return id;
}

/** Calls the API from the page as the signed-in browser (CSRF header included). */
export function callApi(page, method, path, body, headers = {}) {
  return page.evaluate(
    async ({ method, path, body, headers }) => {
      const csrf = document.cookie.split('; ').find((c) => c.startsWith('vigil_csrf='))?.slice(11);
      const res = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': decodeURIComponent(csrf ?? ''), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: await res.json().catch(() => null) };
    },
    { method, path, body, headers },
  );
}

/** Picks the workspace named name in the header's switcher; returns its id. */
export async function switchWorkspace(page, name) {
  const sw = page.getByTestId('workspace-switcher');
  const value = await sw.locator('option', { hasText: name }).getAttribute('value');
  await sw.selectOption(value);
  await page.waitForFunction((v) => document.querySelector('[data-testid="workspace-switcher"]')?.value === v, value);
  return value;
}

/**
 * Runs a journey's steps on the pages (from newPage), then asserts that
 * none of them saw a problem. On failure it saves `${name}-failure`
 * screenshots and adds the server's log to the error; the pages are
 * closed either way.
 */
export async function journey(server, name, pages, steps) {
  const all = Array.isArray(pages) ? pages : [pages];
  try {
    await steps();
    for (const p of all) {
      const problems = await p.problems();
      assert.deepEqual(problems, [], problems.join('\n'));
    }
  } catch (err) {
    await Promise.all(all.map((p, i) => p.screenshot(`${name}-failure${i ? `-${i}` : ''}`).catch(() => {})));
    throw new Error(`${err.message}\n--- server log ---\n${server.logs().slice(-4000)}`);
  } finally {
    await Promise.all(all.map((p) => p.close()));
  }
}
