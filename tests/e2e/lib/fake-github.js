// A fake GitHub speaking the OAuth web flow (authorize with PKCE S256,
// access_token) and the REST endpoints Vigil reads (/user, /user/emails).
// The authorize step approves at once, as a signed-in GitHub user would.
import http from 'node:http';
import { createHash, randomBytes } from 'node:crypto';

export async function startFakeGitHub({ clientId = 'e2e-client', clientSecret = 'e2e-secret', user, emails } = {}) {
  const codes = new Map(); // code -> { challenge, redirect }
  const tokens = new Set();
  const profile = user ?? { id: 777, login: 'octo', name: 'Octo Cat' };
  const addresses = emails ?? [{ email: 'octo@example.com', primary: true, verified: true }];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const send = (status, body) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && url.pathname === '/login/oauth/authorize') {
      const q = url.searchParams;
      if (q.get('client_id') !== clientId || q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge')) {
        return send(400, { error: 'bad authorize request' });
      }
      const code = randomBytes(8).toString('hex');
      codes.set(code, q.get('code_challenge'));
      const back = new URL(q.get('redirect_uri'));
      back.searchParams.set('code', code);
      back.searchParams.set('state', q.get('state'));
      res.writeHead(302, { Location: back.toString() });
      return res.end();
    }
    if (req.method === 'POST' && url.pathname === '/login/oauth/access_token') {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        const challenge = codes.get(form.get('code'));
        codes.delete(form.get('code'));
        const computed = createHash('sha256').update(form.get('code_verifier') ?? '').digest('base64url');
        if (!challenge || challenge !== computed || form.get('client_secret') !== clientSecret) {
          return send(200, { error: 'bad_verification_code' });
        }
        const token = `gho_${randomBytes(8).toString('hex')}`;
        tokens.add(token);
        send(200, { access_token: token, token_type: 'bearer', scope: 'read:user,user:email' });
      });
      return;
    }
    const auth = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    if (!tokens.has(auth)) return send(401, { message: 'Bad credentials' });
    if (url.pathname === '/user') return send(200, profile);
    if (url.pathname === '/user/emails') return send(200, addresses);
    send(404, { message: 'Not Found' });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    base,
    /** Environment that points Vigil's GitHub sign-in here. */
    env: {
      VIGIL_AUTH_GITHUB_CLIENT_ID: clientId,
      VIGIL_AUTH_GITHUB_CLIENT_SECRET: clientSecret,
      VIGIL_AUTH_GITHUB_AUTH_URL: `${base}/login/oauth/authorize`,
      VIGIL_AUTH_GITHUB_TOKEN_URL: `${base}/login/oauth/access_token`,
      VIGIL_AUTH_GITHUB_API_URL: base,
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
