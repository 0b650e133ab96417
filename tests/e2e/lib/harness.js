// Reusable end-to-end harness: start the built binary on a free port with a
// private data directory, open pages in headless Chromium, and collect every
// console error, uncaught exception, CSP violation and failed request so a
// journey can assert the app ran cleanly.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../../..');
export const screenshotDir = path.resolve(here, '../screenshots');

const CHROMIUM = process.env.VIGIL_E2E_CHROMIUM ?? '/usr/bin/chromium';
const BINARY = process.env.VIGIL_E2E_BINARY ?? path.join(repoRoot, 'bin/vigil');

/** Finds a free TCP port on loopback. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts `bin/vigil serve` with an empty data directory (SQLite) and waits
 * until /healthz/ready answers 200. Extra environment overrides defaults.
 * Returns { url, logs(), stop() }.
 */
export async function startServer(env = {}) {
  if (!existsSync(BINARY)) throw new Error(`${BINARY} not found: run "make build" first`);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vigil-e2e-'));
  // VIGIL_E2E_PORT pins the port (an engineer's assigned range on a shared machine).
  const port = process.env.VIGIL_E2E_PORT ? Number(process.env.VIGIL_E2E_PORT) : await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(BINARY, ['serve'], {
    cwd: dataDir,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      VIGIL_DATA_DIR: dataDir,
      VIGIL_HTTP_ADDR: `127.0.0.1:${port}`,
      VIGIL_BASE_URL: url,
      VIGIL_LOG_LEVEL: 'info',
      // No journey reaches the public OSV API (the default for real scans).
      VIGIL_OSV_OFFLINE: 'true',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));

  const deadline = Date.now() + 30_000;
  let ready = false;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const res = await fetch(`${url}/healthz/ready`);
      if (res.ok) {
        ready = true;
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  if (!ready) {
    child.kill('SIGKILL');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
    throw new Error(`vigil did not become ready at ${url}:\n${output}`);
  }
  return {
    url,
    /** The private data directory (the SQLite database is vigil.db in it by default). */
    dataDir,
    logs: () => output,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Launches headless Chromium from the system package. */
export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get update && apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Opens a page in a fresh context (own storage) and records problems:
 * console errors, page errors, CSP violations and HTTP >= 400 answers that
 * the journey did not declare expected with allowStatus(urlPart, status).
 */
export async function newPage(browser, server, { colorScheme = 'light', viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ baseURL: server.url, colorScheme, viewport });
  // Installed through the DevTools protocol, so the CSP does not block it.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const page = await context.newPage();
  const problems = [];
  const allowed = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const text = msg.text();
      const loc = msg.location()?.url ?? '';
      if (allowed.some((a) => loc.includes(a.part) || text.includes(`${a.status}`))) return;
      problems.push(`console error: ${text} ${loc}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('response', (res) => {
    if (res.status() >= 400 && !allowed.some((a) => res.url().includes(a.part) && res.status() === a.status)) {
      problems.push(`HTTP ${res.status()} for ${res.url()}`);
    }
  });
  return {
    page,
    context,
    /** Declares an expected error answer (e.g. a 404 asset test). */
    allowStatus(part, status) {
      allowed.push({ part, status });
    },
    /** Every problem seen so far, CSP violations included. */
    async problems() {
      const csp = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      return [...problems, ...csp.map((v) => `CSP violation: ${v}`)];
    },
    async screenshot(name) {
      await mkdir(screenshotDir, { recursive: true });
      await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
    },
    async close() {
      await context.close();
    },
  };
}
