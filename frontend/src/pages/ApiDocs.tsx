import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { api, ApiError } from '../api/client';
import { groupByTag, typeLabel, type FlatOperation, type OpenAPIDocument, type Schema } from '../api/openapi';

/** Problem types the server uses; `type` URIs point at these anchors. */
export const PROBLEM_TYPES: [string, number, string][] = [
  ['bad_request', 400, 'The request is malformed: invalid JSON (the detail gives the byte offset) or a missing body.'],
  ['unauthorized', 401, 'No credentials, or they are invalid or expired. Sign in or send an API key.'],
  ['payment_required', 402, 'Not enough credits for this operation.'],
  ['forbidden', 403, 'You are signed in but your role does not allow this.'],
  ['not_found', 404, 'The resource does not exist or is not visible to you.'],
  ['method_not_allowed', 405, 'The path exists but not with this HTTP method.'],
  ['conflict', 409, 'The request conflicts with the current state (duplicate, wrong status).'],
  ['too_large', 413, 'The request body is larger than the endpoint accepts.'],
  ['unsupported_media_type', 415, 'The body must be JSON (Content-Type: application/json).'],
  ['invalid', 422, 'Validation failed; errors lists each field (JSON name) with a message.'],
  ['locked', 423, 'The account is temporarily locked.'],
  ['rate_limited', 429, 'Too many requests; wait for the number of seconds in Retry-After.'],
  ['internal', 500, 'An unexpected error. Quote request_id when reporting it.'],
  ['unavailable', 503, 'A dependency is down or the instance is shutting down; retry shortly.'],
];

const methodColor: Record<string, string> = {
  get: 'bg-sky-100 text-sky-800 dark:bg-sky-500/15 dark:text-sky-300',
  post: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-500/15 dark:text-emerald-300',
  put: 'bg-amber-100 text-amber-800 dark:bg-amber-500/15 dark:text-amber-300',
  patch: 'bg-violet-100 text-violet-800 dark:bg-violet-500/15 dark:text-violet-300',
  delete: 'bg-rose-100 text-rose-800 dark:bg-rose-500/15 dark:text-rose-300',
};

/** The API reference, rendered from /api/v1/openapi.json. */
export function ApiDocs() {
  const doc = useQuery({
    queryKey: ['openapi'],
    queryFn: ({ signal }) => api<OpenAPIDocument>('/api/v1/openapi.json', { signal }),
    staleTime: 60_000,
  });
  const { hash } = useLocation();
  useEffect(() => {
    if (!doc.data || !hash) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [doc.data, hash]);

  if (doc.isPending) return <p className="text-slate-500">Loading the API reference…</p>;
  if (doc.isError) {
    const e = doc.error;
    return (
      <div role="alert" className="rounded-lg border border-rose-200 bg-rose-50 p-4 text-rose-800 dark:border-rose-900 dark:bg-rose-950 dark:text-rose-200">
        Could not load the API document: {e instanceof ApiError ? e.detail || e.title : String(e)}
      </div>
    );
  }
  const d = doc.data;
  const groups = groupByTag(d);
  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-[14rem_1fr]">
      <nav aria-label="API sections" className="hidden lg:block">
        <ul className="sticky top-24 space-y-1 text-sm">
          {groups.map(([tag]) => (
            <li key={tag}>
              <a href={`#tag-${tag}`} className="block rounded px-2 py-1 capitalize text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800">
                {tag}
              </a>
            </li>
          ))}
          <li>
            <a href="#problems" className="block rounded px-2 py-1 text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800">
              Problem types
            </a>
          </li>
        </ul>
      </nav>
      <div className="min-w-0 space-y-10 break-words">
        <header className="space-y-2">
          <h1 className="text-3xl font-bold tracking-tight">{d.info.title}</h1>
          <p className="text-sm text-slate-500 dark:text-slate-400">
            Version <span className="font-mono">{d.info.version}</span> · OpenAPI {d.openapi} ·{' '}
            <a className="text-indigo-600 hover:underline dark:text-indigo-400" href="/api/v1/openapi.json">
              openapi.json
            </a>
          </p>
          {d.info.description && <p className="max-w-3xl text-slate-600 dark:text-slate-300">{d.info.description}</p>}
        </header>
        <section aria-labelledby="auth-heading" className="space-y-2">
          <h2 id="auth-heading" className="text-xl font-semibold">
            Authentication
          </h2>
          <ul className="space-y-1 text-sm text-slate-600 dark:text-slate-300">
            {Object.entries(d.components.securitySchemes ?? {}).map(([name, s]) => (
              <li key={name}>
                <span className="font-mono font-semibold">{name}</span>: {s.description}
              </li>
            ))}
          </ul>
        </section>
        {groups.map(([tag, ops]) => (
          <section key={tag} id={`tag-${tag}`} aria-labelledby={`tag-${tag}-h`} className="scroll-mt-24 space-y-4">
            <h2 id={`tag-${tag}-h`} className="text-xl font-semibold capitalize">
              {tag}
            </h2>
            {ops.map((op) => (
              <OperationCard key={op.method + op.path} op={op} />
            ))}
          </section>
        ))}
        <section id="problems" aria-labelledby="problems-h" className="scroll-mt-24 space-y-3">
          <h2 id="problems-h" className="text-xl font-semibold">
            Problem types
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            Errors are <code className="font-mono">application/problem+json</code> documents (RFC 9457) with{' '}
            <code className="font-mono">type</code>, <code className="font-mono">title</code>, <code className="font-mono">status</code>,{' '}
            <code className="font-mono">detail</code>, <code className="font-mono">instance</code>, <code className="font-mono">request_id</code> and, for
            validation errors, <code className="font-mono">errors</code>.
          </p>
          <dl className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
            {PROBLEM_TYPES.map(([slug, status, text]) => (
              <div key={slug} id={`problem-${slug}`} className="scroll-mt-24 grid gap-1 p-3 sm:grid-cols-[12rem_1fr]">
                <dt className="font-mono text-sm">
                  {status} {slug}
                </dt>
                <dd className="text-sm text-slate-600 dark:text-slate-300">{text}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </div>
  );
}

function OperationCard({ op }: { op: FlatOperation }) {
  const body = op.requestBody ? Object.entries(op.requestBody.content)[0] : undefined;
  const auth = (op.security ?? []).flatMap((s) => Object.keys(s));
  return (
    <article
      id={op.operationId}
      className="scroll-mt-24 rounded-xl border border-slate-200 bg-white p-4 break-words shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <h3 className="flex flex-wrap items-center gap-2">
        <span className={`rounded px-2 py-0.5 font-mono text-xs font-bold uppercase ${methodColor[op.method] ?? ''}`}>{op.method}</span>
        <code className="break-all font-mono text-sm font-semibold">{op.path}</code>
      </h3>
      {op.summary && <p className="mt-2 font-medium">{op.summary}</p>}
      {op.description && <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">{op.description}</p>}
      <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
        {auth.length ? `Authentication: ${auth.join(' or ')}` : 'No authentication required'}
      </p>
      {op.parameters && op.parameters.length > 0 && (
        <div className="mt-3">
          <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Parameters</h4>
          <ul className="mt-1 space-y-1 text-sm">
            {op.parameters.map((p) => (
              <li key={p.in + p.name}>
                <code className="font-mono">{p.name}</code> <span className="text-slate-500">({p.in}, {typeLabel(p.schema)}{p.required ? ', required' : ''})</span>
                {p.description && <span className="text-slate-600 dark:text-slate-300"> — {p.description}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {body && (
        <div className="mt-3">
          <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Request body ({body[0]})</h4>
          <SchemaView schema={body[1].schema} />
        </div>
      )}
      <div className="mt-3">
        <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Responses</h4>
        <ul className="mt-1 space-y-2 text-sm">
          {Object.entries(op.responses)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([code, r]) => {
              const content = r.content ? Object.entries(r.content)[0] : undefined;
              return (
                <li key={code}>
                  <span className="font-mono font-semibold">{code}</span> {r.description}
                  {content && <span className="text-slate-500"> · {content[0]}</span>}
                  {content && !content[1].schema.$ref && content[1].schema.properties && <SchemaView schema={content[1].schema} />}
                </li>
              );
            })}
        </ul>
      </div>
    </article>
  );
}

function SchemaView({ schema, depth = 0 }: { schema: Schema; depth?: number }) {
  const s = schema.type === 'array' && schema.items ? schema.items : schema;
  if (!s.properties || depth > 4) {
    return <p className="mt-1 font-mono text-xs text-slate-500">{typeLabel(schema)}</p>;
  }
  const required = new Set(s.required ?? []);
  return (
    <ul className={`mt-1 space-y-0.5 border-l border-slate-200 pl-3 text-sm dark:border-slate-700 ${depth ? 'ml-2' : ''}`}>
      {schema !== s && <li className="font-mono text-xs text-slate-500">array of:</li>}
      {Object.entries(s.properties).map(([name, p]) => (
        <li key={name}>
          <code className="font-mono">{name}</code>{' '}
          <span className="text-xs text-slate-500">
            {typeLabel(p)}
            {required.has(name) ? '' : ', optional'}
          </span>
          {(p.properties || p.items?.properties) && <SchemaView schema={p} depth={depth + 1} />}
        </li>
      ))}
    </ul>
  );
}
