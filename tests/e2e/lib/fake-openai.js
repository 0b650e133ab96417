// A fake OpenAI speaking the two endpoints Vigil's cortex calls:
//   GET  /v1/models            (the free key check when a workspace adds a key)
//   POST /v1/chat/completions  (every cortex task, JSON or SSE streaming)
// Keys are checked like OpenAI does: a missing or unknown bearer token gets
// 401 with OpenAI's error envelope. Answers follow the JSON schema each
// cortex prompt embeds in its system message, scripted from the code the
// prompt shows (triage verdicts, a review finding that quotes real lines, a
// fix diff built from the numbered listing, the re-check and the summary),
// and every answer reports usage counts. Each request is recorded with the
// key it carried, so a journey can prove whose key paid for a call.
import http from 'node:http';

/** Which cortex task a system message asks for, from the schema it embeds. */
export function taskOf(system) {
  if (system.includes('"top_risks"')) return 'summary';
  if (system.includes('"diff"')) return 'fix';
  if (system.includes('"confirmed", "refuted"')) return 'recheck';
  if (system.includes('"findings"') && system.includes('"quote"')) return 'review';
  if (system.includes('"true_positive", "false_positive"')) return 'triage';
  return '';
}

// Data blocks: -----BEGIN UNTRUSTED DATA <id>----- (<label>) ... -----END UNTRUSTED DATA <id>-----
function blocks(text) {
  const out = {};
  const re = /-----BEGIN UNTRUSTED DATA ([0-9a-f]+)----- \(([^)]*)\)\n([\s\S]*?)-----END UNTRUSTED DATA \1-----/g;
  for (const m of text.matchAll(re)) out[m[2]] = m[3];
  return out;
}

// Parses "12| code" lines of a numbered listing into Map(line -> code).
function listing(text = '') {
  const lines = new Map();
  for (const l of text.split('\n')) {
    const m = /^(\d+)\| ?(.*)$/.exec(l);
    if (m) lines.set(Number(m[1]), m[2]);
  }
  return lines;
}

function parseJSON(s) {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}

const SQL_CONCAT = /(["'])([^"']*?(?:SELECT|INSERT|UPDATE|DELETE)[^"']*?)\1\s*\+\s*(\w+)/i;

/** The answer a careful model would write for one cortex task. */
export function scriptedAnswer(task, user) {
  const b = blocks(user);
  switch (task) {
    case 'triage': {
      const f = parseJSON(b.finding ?? '') ?? {};
      const line = listing(b.code).get(f.start_line) ?? f.snippet ?? '';
      if (SQL_CONCAT.test(line)) {
        return { verdict: 'true_positive', confidence: 0.93, reason: `Line ${f.start_line} concatenates the request parameter into the SQL string, so an attacker controls the query.` };
      }
      if (/\?\s*["']\s*,/.test(line)) {
        return { verdict: 'false_positive', confidence: 0.8, reason: 'The query uses a ? placeholder with a bound parameter.' };
      }
      return { verdict: 'true_positive', confidence: 0.7, reason: `Untrusted input reaches ${f.rule_id ?? 'the sink'} on line ${f.start_line} without validation.` };
    }
    case 'review': {
      const code = b.code ?? '';
      const path = /^path: (.*)$/m.exec(code)?.[1] ?? '';
      const lines = listing(code);
      const findings = [];
      for (const [n, l] of lines) {
        // A handler that reads any user's row by id with no ownership check.
        if (/^def user\(\):/.test(l.trim())) {
          findings.push({
            title: 'User records readable without authorization',
            severity: 'high',
            cwe: 'CWE-862',
            start_line: n,
            end_line: n,
            quote: l.trim(),
            explanation: `${path}: the /user handler returns any user's row for the id in the query string; there is no check that the caller may see it.`,
            confidence: 0.85,
          });
        }
      }
      return { findings };
    }
    case 'fix': {
      const f = parseJSON(b.finding ?? '') ?? {};
      const line = listing(b.code).get(f.start_line);
      if (line === undefined) return { diff: 'nothing to change', explanation: 'The cited line is not in the listing.' };
      const head = `--- a/${f.file}\n+++ b/${f.file}\n`;
      if (SQL_CONCAT.test(line)) {
        const fixed = line.replace(SQL_CONCAT, (_m, q, sql, v) => `${q}${sql.replace(/\s*=\s*$/, ' = ?')}${q}, (${v},)`);
        return {
          diff: `${head}@@ -${f.start_line},1 +${f.start_line},1 @@\n-${line}\n+${fixed}\n`,
          explanation: 'Pass the value as a bound parameter instead of concatenating it into the query.',
        };
      }
      if (/^\s*def \w+\(/.test(line)) {
        const indent = /^\s*/.exec(line)[0];
        return {
          diff: `${head}@@ -${f.start_line},1 +${f.start_line},2 @@\n+${indent}@login_required\n ${line}\n`,
          explanation: 'Require a signed-in user before the handler runs; then check that the record belongs to them.',
        };
      }
      return { diff: 'no change', explanation: 'No safe fix can be written from the code shown.' };
    }
    case 'recheck':
      return { verdict: 'confirmed', confidence: 0.8, reason: 'No authorization check precedes the query in the code shown.' };
    case 'summary': {
      const n = /Totals: (\d+) findings/.exec(user)?.[1] ?? '0';
      return { summary: `The analysis found ${n} issue(s); user input reaches SQL and shell commands unchecked.`, top_risks: ['SQL injection in the /user handler'] };
    }
  }
  return null;
}

function textOf(content) {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((p) => p?.text ?? '').join('');
  return '';
}

const tokens = (s) => Math.max(1, Math.ceil(s.length / 4));

/**
 * Starts the fake on a free loopback port. keys lists the API keys it
 * accepts; models are listed by GET /v1/models.
 */
export async function startFakeOpenAI({ keys = ['sk-fake-instance'], models = ['fake-fast', 'fake-strong'] } = {}) {
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const send = (status, body) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const key = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
      const entry = { method: req.method, path: url.pathname, authorization: req.headers.authorization ?? '', key };
      requests.push(entry);
      if (!keys.includes(key)) {
        return send(401, {
          error: {
            message: key ? `Incorrect API key provided: ${key.slice(0, 3)}***${key.slice(-4)}.` : "You didn't provide an API key.",
            type: 'invalid_request_error',
            param: null,
            code: 'invalid_api_key',
          },
        });
      }
      if (req.method === 'GET' && url.pathname === '/v1/models') {
        return send(200, { object: 'list', data: models.map((id) => ({ id, object: 'model', created: 1764547200, owned_by: 'fake' })) });
      }
      if (req.method !== 'POST' || url.pathname !== '/v1/chat/completions') {
        return send(404, { error: { message: `Unknown request URL: ${req.method} ${url.pathname}`, type: 'invalid_request_error', code: 'unknown_url' } });
      }
      const body = parseJSON(raw);
      if (!body || !Array.isArray(body.messages) || typeof body.model !== 'string') {
        return send(400, { error: { message: 'We could not parse the JSON body of your request.', type: 'invalid_request_error' } });
      }
      if (!models.includes(body.model)) {
        return send(404, { error: { message: `The model \`${body.model}\` does not exist`, type: 'invalid_request_error', code: 'model_not_found' } });
      }
      const system = body.messages.filter((m) => m.role === 'system').map((m) => textOf(m.content)).join('\n');
      const user = body.messages.filter((m) => m.role !== 'system').map((m) => textOf(m.content)).join('\n');
      const task = taskOf(system);
      const answer = scriptedAnswer(task, user);
      // A repair request means cortex rejected an earlier answer of ours.
      const repair = user.includes('Your previous answer was rejected by the validator');
      Object.assign(entry, { model: body.model, task, stream: !!body.stream, repair });
      const content = answer ? JSON.stringify(answer) : 'I can only answer Vigil cortex prompts.';
      const usage = { prompt_tokens: tokens(system + user), completion_tokens: tokens(content) };
      usage.total_tokens = usage.prompt_tokens + usage.completion_tokens;
      entry.usage = usage;
      const id = `chatcmpl-fake${requests.length}`;
      const created = Math.floor(Date.now() / 1000);
      if (body.stream) {
        res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
        const chunk = (v) => res.write(`data: ${JSON.stringify(v)}\n\n`);
        const half = Math.ceil(content.length / 2);
        [content.slice(0, half), content.slice(half)].forEach((part, i) =>
          chunk({ id, object: 'chat.completion.chunk', created, model: body.model, choices: [{ index: 0, delta: i === 0 ? { role: 'assistant', content: part } : { content: part }, finish_reason: null }] }),
        );
        chunk({ id, object: 'chat.completion.chunk', created, model: body.model, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
        chunk({ id, object: 'chat.completion.chunk', created, model: body.model, choices: [], usage });
        res.end('data: [DONE]\n\n');
        return;
      }
      send(200, {
        id,
        object: 'chat.completion',
        created,
        model: body.model,
        choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
        usage,
      });
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  return {
    port,
    /** The base URL a provider configuration names (OpenAI's, ends in /v1). */
    url: `http://127.0.0.1:${port}/v1`,
    /** Every request seen, with the key it carried and the cortex task. */
    requests: () => [...requests],
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
