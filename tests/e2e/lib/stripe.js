// Stripe at the wire for the browser journeys: stripe-mock for the API
// (Checkout Session creation) and webhook events signed the way Stripe
// signs them (Stripe-Signature: t=<unix>,v1=<HMAC-SHA256 of "t.payload">).
import { spawn, execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freePort } from './harness.js';

/** The Stripe API version stripe-go v81.4.0 accepts in webhook events. */
export const STRIPE_API_VERSION = '2025-02-24.acacia';

function stripeMockBinary() {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const p = path.join(dir, 'stripe-mock');
    if (dir && existsSync(p)) return p;
  }
  const gopath = execFileSync('go', ['env', 'GOPATH']).toString().trim();
  const p = path.join(gopath, 'bin', 'stripe-mock');
  if (existsSync(p)) return p;
  throw new Error('stripe-mock not found: go install github.com/stripe/stripe-mock@latest');
}

/** Starts stripe-mock on a free port; returns { url, stop() }. */
export async function startStripeMock() {
  // VIGIL_E2E_STRIPE_PORT pins the HTTP port (and the next one for HTTPS): an
  // assigned range on a shared machine.
  const pinned = process.env.VIGIL_E2E_STRIPE_PORT ? Number(process.env.VIGIL_E2E_STRIPE_PORT) : 0;
  const port = pinned || (await freePort());
  const https = pinned ? `127.0.0.1:${pinned + 1}` : '127.0.0.1:0';
  const child = spawn(stripeMockBinary(), ['-http-addr', `127.0.0.1:${port}`, '-https-addr', https], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      const res = await fetch(`${url}/v1/charges`, { headers: { Authorization: 'Bearer sk_test_e2e' } });
      if (res.ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () => {
      child.kill('SIGTERM');
    },
  };
}

/** Signs payload (a string) as Stripe does for secret. */
export function stripeSignature(payload, secret, at = Math.floor(Date.now() / 1000)) {
  const v1 = createHmac('sha256', secret).update(`${at}.${payload}`).digest('hex');
  return `t=${at},v1=${v1}`;
}

/** Delivers a signed event to Vigil's webhook and returns the HTTP status. */
export async function deliverEvent(vigilURL, secret, event) {
  const payload = JSON.stringify({ object: 'event', api_version: STRIPE_API_VERSION, created: Math.floor(Date.now() / 1000), ...event });
  const res = await fetch(`${vigilURL}/api/v1/webhooks/stripe`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Stripe-Signature': stripeSignature(payload, secret) },
    body: payload,
  });
  await res.arrayBuffer();
  return res.status;
}
