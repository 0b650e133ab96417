// The API client: JSON in and out, RFC 9457 problem documents turned into
// a typed ApiError, and the session's CSRF token (read from the vigil_csrf
// cookie) in the X-CSRF-Token header on unsafe methods.

/** One invalid input field of a 422 problem (JSON field name). */
export interface FieldError {
  field: string;
  message: string;
}

/** The problem document the server sends for every error. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  request_id?: string;
  errors?: FieldError[];
}

/** Name of the cookie holding the CSRF token, echoed in CSRF_HEADER. */
export const CSRF_COOKIE = 'vigil_csrf';
/** Header that must echo the CSRF cookie on POST/PUT/PATCH/DELETE. */
export const CSRF_HEADER = 'X-CSRF-Token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** An error answer from the API, parsed from its problem document. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly type: string;
  readonly requestId?: string;
  readonly fieldErrors: FieldError[];

  constructor(problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail ?? '';
    this.type = problem.type;
    this.requestId = problem.request_id;
    this.fieldErrors = problem.errors ?? [];
  }

  /** The message for one field, if the server rejected it. */
  fieldError(field: string): string | undefined {
    return this.fieldErrors.find((e) => e.field === field)?.message;
  }
}

/** Reads a cookie by name (document.cookie), or undefined. */
export function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  for (const part of document.cookie.split(';')) {
    const [k, ...rest] = part.trim().split('=');
    if (k === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export interface RequestOptions {
  method?: string;
  /** JSON-serialisable body, or a FormData/Blob sent as is. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

function isRawBody(b: unknown): b is BodyInit {
  return (
    (typeof FormData !== 'undefined' && b instanceof FormData) ||
    (typeof Blob !== 'undefined' && b instanceof Blob) ||
    b instanceof ArrayBuffer ||
    typeof b === 'string'
  );
}

/** Turns a non-2xx response into an ApiError, whatever its body. */
export async function toApiError(res: Response): Promise<ApiError> {
  const ct = res.headers.get('Content-Type') ?? '';
  if (ct.includes('json')) {
    try {
      const body = (await res.json()) as Partial<Problem>;
      return new ApiError({
        type: body.type ?? 'about:blank',
        title: body.title ?? res.statusText,
        status: typeof body.status === 'number' ? body.status : res.status,
        detail: body.detail,
        instance: body.instance,
        request_id: body.request_id ?? res.headers.get('X-Request-ID') ?? undefined,
        errors: Array.isArray(body.errors) ? body.errors : [],
      });
    } catch {
      // fall through: the body was not the JSON it claimed to be
    }
  }
  return new ApiError({
    type: 'about:blank',
    title: res.statusText || 'Request failed',
    status: res.status,
    detail: res.status >= 500 ? 'The server could not answer. Try again shortly.' : undefined,
    request_id: res.headers.get('X-Request-ID') ?? undefined,
  });
}

/**
 * Calls the API. Paths are relative to the origin ("/api/v1/meta").
 * Resolves with the parsed JSON (undefined for 204) or rejects with ApiError;
 * a network failure rejects with ApiError status 0.
 */
export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = (opts.method ?? 'GET').toUpperCase();
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...opts.headers };
  let body: BodyInit | undefined;
  if (opts.body !== undefined) {
    if (isRawBody(opts.body)) {
      body = opts.body;
    } else {
      body = JSON.stringify(opts.body);
      headers['Content-Type'] = 'application/json';
    }
  }
  if (!SAFE_METHODS.has(method)) {
    const token = readCookie(CSRF_COOKIE);
    if (token) headers[CSRF_HEADER] = token;
  }
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body, credentials: 'same-origin', signal: opts.signal });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError({
      type: 'about:blank',
      title: 'Network error',
      status: 0,
      detail: 'Vigil could not be reached. Check your connection.',
    });
  }
  if (!res.ok) throw await toApiError(res);
  if (res.status === 204) return undefined as T;
  const ct = res.headers.get('Content-Type') ?? '';
  if (ct.includes('json')) return (await res.json()) as T;
  return (await res.text()) as unknown as T;
}
