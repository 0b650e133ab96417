// A fake GitHub for the GitHub App journeys, laid out as GitHub Enterprise
// Server is (web pages at the root, REST API under /api/v3), so Vigil
// derives both from github_app.api_url. It speaks GitHub's HTTP API as
// Vigil uses it and checks credentials as GitHub does:
//   web: the App's installation page (an "Install & Authorize" form that
//        installs the App on the account's repositories and comes back to
//        the App's setup URL with installation_id, setup_action, an OAuth
//        code and the state), POST /login/oauth/access_token (the code
//        becomes a user-to-server token) and the signed tarball downloads;
//   API: /user/installations (user token), /app/installations/{id} and
//        …/access_tokens (the App's RS256 JWT), /installation/repositories,
//        /repos/{o}/{r}/tarball/{ref} (302 to a download), git/ref, check
//        runs (POST, PATCH), code-scanning SARIF uploads and their status,
//        pull request files, review comments and reviews (a comment must
//        sit on the diff), and GraphQL review threads (installation tokens).
// Repositories are real git repositories; tarballs come from `git archive`
// (the commit id in the pax global header, as GitHub's do). Every request
// is recorded; push() and pullRequest() commit and deliver the signed
// webhook GitHub would.
import http from 'node:http';
import { createHmac, generateKeyPairSync, randomBytes, randomUUID, verify } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Octo Dev',
  GIT_AUTHOR_EMAIL: 'dev@example.com',
  GIT_COMMITTER_NAME: 'Octo Dev',
  GIT_COMMITTER_EMAIL: 'dev@example.com',
};

function git(cwd, ...args) {
  return execFileSync('git', args, { cwd, env: GIT_ENV, maxBuffer: 64 << 20 });
}

async function writeFiles(dir, files) {
  for (const [name, body] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), body);
  }
}

function escapeHTML(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/**
 * Starts the fake. repos maps a repository name of owner to its files on
 * main. Returns { base, apiURL, env, calls, checkRuns, sarifs, setSetupURL,
 * push, close }.
 */
export async function startFakeGitHubApp({ owner = 'octo-org', login = 'octo', repos = {}, slug = 'vigil-e2e', port = 0 } = {}) {
  const appId = 4242;
  const clientId = 'Iv1.e2eclient';
  const clientSecret = 'e2e-client-secret';
  const webhookSecret = randomBytes(16).toString('hex');
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPEM = privateKey.export({ type: 'pkcs1', format: 'pem' });
  const root = await mkdtemp(path.join(os.tmpdir(), 'vigil-e2e-gh-'));

  let nextID = 100;
  const repositories = new Map(); // "owner/name" -> { id, fullName, dir, defaultBranch }
  for (const [name, files] of Object.entries(repos)) {
    const dir = path.join(root, name);
    await mkdir(dir, { recursive: true });
    git(dir, 'init', '-q', '-b', 'main');
    await writeFiles(dir, files);
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'initial');
    repositories.set(`${owner}/${name}`, { id: ++nextID, fullName: `${owner}/${name}`, dir, defaultBranch: 'main' });
  }

  const installations = new Map(); // id -> { account, created }
  const codes = new Map(); // OAuth code -> installation ids
  const userTokens = new Map(); // user token -> installation ids
  const installTokens = new Map(); // installation token -> installation id
  const downloads = new Map(); // signed download path -> { repo, sha }
  const calls = [];
  const checkRuns = []; // { id, repo, created: body, updates: [body] }
  const sarifs = []; // { id, repo, commit_sha, ref, tool_name, log }
  const pulls = new Map(); // "owner/name#n" -> { number, base, head, files }
  const reviews = []; // { repo, number, body }
  const comments = []; // review comments: { id, key, path, line, side, body, user, in_reply_to_id, resolved }
  let setupURL = '';

  const send = (res, status, body, headers = {}) => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const notFound = (res) => send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });

  /** The App's JWT: RS256 with the App's key, iss the App id, at most 10 minutes. */
  function appJWT(req) {
    const tok = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    const [h, p, s] = tok.split('.');
    if (!h || !p || !s) return false;
    try {
      const header = JSON.parse(Buffer.from(h, 'base64url'));
      const claims = JSON.parse(Buffer.from(p, 'base64url'));
      const ok = verify('RSA-SHA256', Buffer.from(`${h}.${p}`), publicKey, Buffer.from(s, 'base64url'));
      const now = Date.now() / 1000;
      return ok && header.alg === 'RS256' && String(claims.iss) === String(appId) && claims.exp > now && claims.exp - claims.iat <= 600;
    } catch {
      return false;
    }
  }

  /** The installation an installation token ("token ghs_…") is for. */
  function installationOf(req) {
    const tok = (req.headers.authorization ?? '').replace(/^token /, '');
    return installTokens.get(tok);
  }

  function installationJSON(id) {
    const inst = installations.get(id);
    return { id, app_id: appId, app_slug: slug, target_type: 'Organization', created_at: inst.created, account: { login: owner, type: 'Organization' } };
  }

  function repoJSON(r) {
    return {
      id: r.id, name: r.fullName.split('/')[1], full_name: r.fullName, private: true, default_branch: r.defaultBranch,
      html_url: `${base}/${r.fullName}`, clone_url: `${base}/${r.fullName}.git`, owner: { login: owner, type: 'Organization' },
    };
  }

  function sha(r, ref) {
    try {
      return git(r.dir, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`).toString().trim();
    } catch {
      return '';
    }
  }

  /** Whether line of path is on the new side of one of the PR's hunks. */
  function onDiff(files, file, line) {
    for (const f of files) {
      if (f.filename !== file) continue;
      let n = 0;
      for (const l of (f.patch ?? '').split('\n')) {
        const h = l.match(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/);
        if (h) {
          n = Number(h[1]);
          continue;
        }
        if (l.startsWith('-') || n === 0) continue;
        if (n === line) return true;
        n++;
      }
    }
    return false;
  }

  /** POST /api/graphql: the review threads query and resolveReviewThread, as Vigil sends them. */
  function graphql(req, res, body) {
    if (installationOf(req) === undefined) return send(res, 401, { message: 'Bad credentials' });
    const q = JSON.parse(body);
    const v = q.variables ?? {};
    if (q.query.includes('resolveReviewThread')) {
      const c = comments.find((x) => `PRRT_${x.id}` === v.threadId && !x.in_reply_to_id);
      if (!c) return send(res, 200, { data: null, errors: [{ message: `Could not resolve to a node with the global id of '${v.threadId}'` }] });
      c.resolved = true;
      return send(res, 200, { data: { resolveReviewThread: { thread: { id: v.threadId, isResolved: true } } } });
    }
    if (q.query.includes('reviewThreads')) {
      const key = `${v.owner}/${v.name}#${v.number}`;
      const roots = comments.filter((c) => c.key === key && !c.in_reply_to_id);
      const nodes = roots.map((c) => {
        const last = comments.filter((x) => x.in_reply_to_id === c.id).pop() ?? c;
        return {
          id: `PRRT_${c.id}`, isResolved: c.resolved,
          first: { nodes: [{ databaseId: c.id, body: c.body, author: { login: c.user.login.replace(/\[bot\]$/, '') } }] },
          last: { nodes: [{ body: last.body }] },
        };
      });
      return send(res, 200, { data: { repository: { pullRequest: { reviewThreads: { pageInfo: { hasNextPage: false, endCursor: null }, nodes } } } } });
    }
    return send(res, 200, { data: null, errors: [{ message: 'the fake GitHub serves only reviewThreads and resolveReviewThread' }] });
  }

  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      const url = new URL(req.url, 'http://x');
      calls.push({ method: req.method, path: url.pathname + url.search, auth: req.headers.authorization ?? '', body });
      try {
        route(req, res, url, body);
      } catch (e) {
        send(res, 500, { message: `fake GitHub: ${e.message}` });
      }
    });
  });

  function route(req, res, url, body) {
    const p = url.pathname;
    let m;
    // ---- web ----
    if (req.method === 'GET' && p === '/favicon.ico') {
      res.writeHead(204);
      return res.end();
    }
    if (req.method === 'GET' && (m = p.match(/^\/apps\/([^/]+)\/installations\/new$/))) {
      if (m[1] !== slug) return notFound(res);
      const state = url.searchParams.get('state') ?? '';
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Install ${escapeHTML(slug)}</title></head>
<body style="font-family:sans-serif;max-width:40rem;margin:3rem auto">
<h1>Install ${escapeHTML(slug)}</h1>
<p>on <strong>${escapeHTML(owner)}</strong>, for these repositories:</p>
<ul>${[...repositories.values()].map((r) => `<li>${escapeHTML(r.fullName)}</li>`).join('')}</ul>
<form method="post" action="/apps/${escapeHTML(slug)}/installations">
<input type="hidden" name="state" value="${escapeHTML(state)}">
<button type="submit">Install &amp; Authorize</button>
</form></body></html>`);
    }
    if (req.method === 'POST' && (m = p.match(/^\/apps\/([^/]+)\/installations$/))) {
      if (m[1] !== slug || !setupURL) return notFound(res);
      const form = new URLSearchParams(body);
      const id = ++nextID;
      installations.set(id, { created: new Date().toISOString() });
      const code = randomBytes(10).toString('hex');
      codes.set(code, [id]);
      const back = new URL(setupURL);
      back.searchParams.set('installation_id', String(id));
      back.searchParams.set('setup_action', 'install');
      back.searchParams.set('code', code);
      back.searchParams.set('state', form.get('state') ?? '');
      res.writeHead(302, { Location: back.toString() });
      return res.end();
    }
    if (req.method === 'POST' && p === '/login/oauth/access_token') {
      const form = new URLSearchParams(body);
      if (req.headers['content-type'] !== 'application/x-www-form-urlencoded') return send(res, 400, { error: 'unsupported_grant_type' });
      if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) {
        return send(res, 200, { error: 'incorrect_client_credentials' });
      }
      const ids = codes.get(form.get('code'));
      codes.delete(form.get('code'));
      if (!ids) return send(res, 200, { error: 'bad_verification_code' });
      const tok = `ghu_${randomBytes(12).toString('hex')}`;
      userTokens.set(tok, ids);
      return send(res, 200, { access_token: tok, token_type: 'bearer', scope: '' });
    }
    if (req.method === 'GET' && downloads.has(p)) {
      if (req.headers.authorization) return send(res, 400, { message: 'the download URL is signed; no token expected' });
      const { repo, commit } = downloads.get(p);
      const short = commit.slice(0, 7);
      const tar = git(repo.dir, 'archive', '--format=tar', `--prefix=${repo.fullName.replace('/', '-')}-${short}/`, commit);
      res.writeHead(200, { 'Content-Type': 'application/x-gzip' });
      return res.end(zlib.gzipSync(tar));
    }
    if (req.method === 'POST' && p === '/api/graphql') return graphql(req, res, body);
    // ---- REST API ----
    if (!p.startsWith('/api/v3/')) return notFound(res);
    const api = p.slice('/api/v3'.length);
    if (req.method === 'GET' && api === '/user/installations') {
      const tok = (req.headers.authorization ?? '').replace(/^(Bearer|token) /, '');
      const ids = userTokens.get(tok);
      if (!ids) return send(res, 401, { message: 'Bad credentials' });
      const list = ids.filter((id) => installations.has(id)).map(installationJSON);
      return send(res, 200, { total_count: list.length, installations: list });
    }
    if ((m = api.match(/^\/app\/installations\/(\d+)(\/access_tokens)?$/))) {
      if (!appJWT(req)) return send(res, 401, { message: 'A JSON web token could not be decoded' });
      const id = Number(m[1]);
      if (!installations.has(id)) return notFound(res);
      if (req.method === 'GET' && !m[2]) return send(res, 200, installationJSON(id));
      if (req.method === 'POST' && m[2]) {
        const tok = `ghs_${randomBytes(12).toString('hex')}`;
        installTokens.set(tok, id);
        return send(res, 201, { token: tok, expires_at: new Date(Date.now() + 3600_000).toISOString() });
      }
      return notFound(res);
    }
    const inst = installationOf(req);
    if (inst === undefined) return send(res, 401, { message: 'Bad credentials' });
    if (req.method === 'GET' && api === '/installation/repositories') {
      const list = [...repositories.values()].map(repoJSON);
      return send(res, 200, { total_count: list.length, repositories: list });
    }
    if (!(m = api.match(/^\/repos\/([^/]+)\/([^/]+)(\/.*)$/))) return notFound(res);
    const repo = repositories.get(`${decodeURIComponent(m[1])}/${decodeURIComponent(m[2])}`);
    if (!repo) return notFound(res);
    const rest = m[3];
    if (req.method === 'GET' && (m = rest.match(/^\/tarball(?:\/(.+))?$/))) {
      const commit = sha(repo, m[1] ? decodeURIComponent(m[1]) : repo.defaultBranch);
      if (!commit) return notFound(res);
      const dl = `/_codeload/${repo.fullName}/legacy.tar.gz/${commit}/${randomBytes(6).toString('hex')}`;
      downloads.set(dl, { repo, commit });
      res.writeHead(302, { Location: `${base}${dl}` });
      return res.end();
    }
    if (req.method === 'GET' && (m = rest.match(/^\/git\/ref\/(heads|tags)\/(.+)$/))) {
      const name = decodeURIComponent(m[2]);
      const full = `refs/${m[1]}/${name}`;
      const commit = sha(repo, full);
      if (!commit) return notFound(res);
      return send(res, 200, { ref: full, object: { sha: commit, type: 'commit' } });
    }
    if ((m = rest.match(/^\/pulls\/(\d+)\/(files|comments|reviews)$/))) {
      const key = `${repo.fullName}#${m[1]}`;
      const pr = pulls.get(key);
      if (!pr) return notFound(res);
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
      const per = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
      const slice = (items) => items.slice((page - 1) * per, page * per);
      if (req.method === 'GET' && m[2] === 'files') return send(res, 200, slice(pr.files));
      if (req.method === 'GET' && m[2] === 'comments') {
        return send(res, 200, slice(comments.filter((c) => c.key === key).map(({ key: _k, resolved: _r, ...c }) => c)));
      }
      if (req.method === 'POST' && m[2] === 'reviews') {
        const b = JSON.parse(body);
        if (!/^[0-9a-f]{40}$/.test(b.commit_id ?? '') || !b.event) return send(res, 422, { message: 'Unprocessable Entity' });
        // As GitHub: a comment must sit on a line of the diff's new side.
        for (const c of b.comments ?? []) {
          if (!onDiff(pr.files, c.path, c.line) || (c.side && c.side !== 'RIGHT')) {
            return send(res, 422, { message: `Line could not be resolved: ${c.path}:${c.line}` });
          }
        }
        for (const c of b.comments ?? []) {
          comments.push({ id: ++nextID, key, path: c.path, line: c.line, side: c.side ?? 'RIGHT', start_line: c.start_line, body: c.body, user: { login: `${slug}[bot]`, type: 'Bot' }, resolved: false });
        }
        reviews.push({ repo: repo.fullName, number: pr.number, body: b });
        return send(res, 200, { id: ++nextID, state: 'COMMENTED', commit_id: b.commit_id });
      }
      return notFound(res);
    }
    if (req.method === 'POST' && rest === '/check-runs') {
      const b = JSON.parse(body);
      if (!b.name || !/^[0-9a-f]{40}$/.test(b.head_sha ?? '')) return send(res, 422, { message: 'Invalid request: name and head_sha are required' });
      const id = ++nextID;
      checkRuns.push({ id, repo: repo.fullName, created: b, updates: [] });
      return send(res, 201, { id, head_sha: b.head_sha, status: b.status ?? 'queued', name: b.name });
    }
    if (req.method === 'PATCH' && (m = rest.match(/^\/check-runs\/(\d+)$/))) {
      const run = checkRuns.find((c) => c.id === Number(m[1]) && c.repo === repo.fullName);
      if (!run) return notFound(res);
      const b = JSON.parse(body);
      if ((b.output?.annotations ?? []).length > 50) return send(res, 422, { message: 'Only 50 annotations are allowed per request' });
      run.updates.push(b);
      return send(res, 200, { id: run.id, status: b.status ?? 'in_progress', conclusion: b.conclusion ?? null });
    }
    if (req.method === 'POST' && rest === '/code-scanning/sarifs') {
      const b = JSON.parse(body);
      if (!/^[0-9a-f]{40}$/.test(b.commit_sha ?? '') || !/^refs\/(heads|tags|pull)\//.test(b.ref ?? '')) {
        return send(res, 422, { message: 'Invalid request: commit_sha and ref are required' });
      }
      let log;
      try {
        log = JSON.parse(zlib.gunzipSync(Buffer.from(b.sarif, 'base64')).toString());
      } catch {
        return send(res, 400, { message: 'Invalid SARIF: not gzip-compressed, base64-encoded JSON' });
      }
      if (log.version !== '2.1.0') return send(res, 400, { message: 'Invalid SARIF: version' });
      const id = randomUUID();
      sarifs.push({ id, repo: repo.fullName, commit_sha: b.commit_sha, ref: b.ref, tool_name: b.tool_name, log });
      return send(res, 202, { id, url: `${base}/api/v3/repos/${repo.fullName}/code-scanning/sarifs/${id}` });
    }
    if (req.method === 'GET' && (m = rest.match(/^\/code-scanning\/sarifs\/([^/]+)$/))) {
      const up = sarifs.find((s) => s.id === m[1] && s.repo === repo.fullName);
      if (!up) return notFound(res);
      return send(res, 200, { processing_status: 'complete', analyses_url: `${base}/api/v3/repos/${repo.fullName}/code-scanning/analyses?sarif_id=${up.id}` });
    }
    return notFound(res);
  }

  /** Delivers a webhook as GitHub does, signed with the App's webhook secret. */
  async function deliver(event, payload, webhookURL) {
    const res = await fetch(webhookURL, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'GitHub-Hookshot/e2e',
        'X-GitHub-Event': event,
        'X-GitHub-Delivery': randomUUID(),
        'X-GitHub-Hook-Installation-Target-Type': 'integration',
        'X-Hub-Signature-256': 'sha256=' + createHmac('sha256', webhookSecret).update(payload).digest('hex'),
      },
      body: payload,
    });
    return { status: res.status, answer: await res.text() };
  }

  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;

  return {
    base,
    apiURL: `${base}/api/v3`,
    /** Vigil's github_app configuration pointing here. */
    env: {
      VIGIL_GITHUB_APP_APP_ID: String(appId),
      VIGIL_GITHUB_APP_PRIVATE_KEY: keyPEM,
      VIGIL_GITHUB_APP_API_URL: `${base}/api/v3`,
      VIGIL_GITHUB_APP_WEBHOOK_SECRET: webhookSecret,
      VIGIL_GITHUB_APP_SLUG: slug,
      VIGIL_GITHUB_APP_CLIENT_ID: clientId,
      VIGIL_GITHUB_APP_CLIENT_SECRET: clientSecret,
    },
    calls,
    checkRuns,
    sarifs,
    reviews,
    comments,
    /** The App's setup URL (GitHub sends the browser there after installing). */
    setSetupURL(u) {
      setupURL = u;
    },
    /** The head commit of a repository's default branch. */
    head(name) {
      return sha(repositories.get(`${owner}/${name}`), 'main');
    },
    /**
     * Commits files to main of repository name and delivers the push
     * webhook, signed with the App's webhook secret, to webhookURL.
     * Returns { sha, status, answer }.
     */
    async push(name, files, webhookURL) {
      const r = repositories.get(`${owner}/${name}`);
      const before = sha(r, 'main');
      await writeFiles(r.dir, files);
      git(r.dir, 'add', '.');
      git(r.dir, 'commit', '-q', '-m', 'change');
      const after = sha(r, 'main');
      const installation = [...installations.keys()].pop();
      const payload = JSON.stringify({
        ref: 'refs/heads/main', before, after, deleted: false, forced: false,
        installation: { id: installation }, repository: { ...repoJSON(r), default_branch: 'main' },
        sender: { login, type: 'User' }, pusher: { name: login },
        head_commit: { id: after, message: 'change' },
      });
      return { sha: after, ...(await deliver('push', payload, webhookURL)) };
    },
    /**
     * Opens pull request number of repository name: a branch off main with
     * files committed, its files and patches as GitHub lists them, and the
     * signed pull_request "opened" webhook delivered to webhookURL.
     * Returns { sha, status, answer }.
     */
    async pullRequest(name, number, files, webhookURL) {
      const r = repositories.get(`${owner}/${name}`);
      const branch = `feature-${number}`;
      const base = sha(r, 'main');
      git(r.dir, 'checkout', '-q', '-b', branch);
      await writeFiles(r.dir, files);
      git(r.dir, 'add', '.');
      git(r.dir, 'commit', '-q', '-m', `pull request ${number}`);
      const head = sha(r, branch);
      git(r.dir, 'checkout', '-q', 'main');
      const list = [];
      for (const line of git(r.dir, 'diff', '--name-status', base, head).toString().trim().split('\n')) {
        const [st, file] = line.split('\t');
        const diff = git(r.dir, 'diff', '--unified=3', base, head, '--', file).toString();
        list.push({ filename: file, status: st === 'A' ? 'added' : st === 'D' ? 'removed' : 'modified', patch: diff.slice(diff.indexOf('@@')).replace(/\n$/, '') });
      }
      pulls.set(`${r.fullName}#${number}`, { number, base, head, files: list });
      const payload = JSON.stringify({
        action: 'opened', number, installation: { id: [...installations.keys()].pop() }, repository: repoJSON(r), sender: { login, type: 'User' },
        pull_request: { number, draft: false, title: `Change ${number}`, head: { ref: branch, sha: head, repo: repoJSON(r) }, base: { ref: 'main', sha: base, repo: repoJSON(r) } },
      });
      return { sha: head, ...(await deliver('pull_request', payload, webhookURL)) };
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await rm(root, { recursive: true, force: true });
    },
  };
}
