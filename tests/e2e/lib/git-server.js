// A git host for journeys: Debian's git http-backend behind a node HTTP
// server (CGI by hand), serving one repository built in a temp directory.
import http from 'node:http';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const BACKEND = '/usr/lib/git-core/git-http-backend';

/**
 * Builds a repository with files on main and serves it; returns { url, stop }.
 * port pins the listening port (an assigned range on a shared machine); 0 picks a free one.
 */
export async function startGitServer(files, { port: want = 0 } = {}) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'vigil-e2e-git-'));
  const work = path.join(root, 'work');
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'e2e', GIT_AUTHOR_EMAIL: 'e2e@example.com', GIT_COMMITTER_NAME: 'e2e', GIT_COMMITTER_EMAIL: 'e2e@example.com' };
  const git = (cwd, ...args) => execFileSync('git', args, { cwd, env }).toString().trim();
  await mkdir(work, { recursive: true });
  git(work, 'init', '-q', '-b', 'main');
  for (const [name, body] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(work, name)), { recursive: true });
    await writeFile(path.join(work, name), body);
  }
  git(work, 'add', '.');
  git(work, 'commit', '-q', '-m', 'initial');
  const head = git(work, 'rev-parse', 'HEAD');
  git(root, 'clone', '-q', '--bare', work, path.join(root, 'srv', 'app.git'));

  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const cgi = spawn(BACKEND, [], {
      env: {
        GIT_PROJECT_ROOT: path.join(root, 'srv'), GIT_HTTP_EXPORT_ALL: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1',
        PATH_INFO: url.pathname.replace(/^\/git/, ''), QUERY_STRING: url.search.slice(1), REQUEST_METHOD: req.method,
        CONTENT_TYPE: req.headers['content-type'] ?? '', CONTENT_LENGTH: req.headers['content-length'] ?? '',
        HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '', GIT_PROTOCOL: req.headers['git-protocol'] ?? '', REMOTE_ADDR: '127.0.0.1',
      },
    });
    req.pipe(cgi.stdin);
    let head = Buffer.alloc(0);
    let started = false;
    cgi.stdout.on('data', (chunk) => {
      if (started) return void res.write(chunk);
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      started = true;
      let status = 200;
      for (const line of head.subarray(0, end).toString().split('\r\n')) {
        const [k, ...v] = line.split(':');
        if (k.toLowerCase() === 'status') status = parseInt(v.join(':'), 10);
        else res.setHeader(k, v.join(':').trim());
      }
      res.writeHead(status);
      res.write(head.subarray(end + 4));
    });
    cgi.stdout.on('end', () => res.end());
    cgi.on('error', () => res.destroy());
  });
  await new Promise((r) => server.listen(want, '127.0.0.1', r));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/git/app.git`,
    head,
    async stop() {
      await new Promise((r) => server.close(r));
      await rm(root, { recursive: true, force: true });
    },
  };
}
