import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, CSRF_HEADER } from './client';

function jsonResponse(status: number, body: unknown, contentType = 'application/json', headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType, ...headers } });
}

afterEach(() => vi.unstubAllGlobals());

describe('api client', () => {
  it('returns parsed JSON on success', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(200, { version: '1.0.0' })));
    await expect(api('/api/v1/meta')).resolves.toEqual({ version: '1.0.0' });
  });

  it('turns a problem document into a typed ApiError', async () => {
    const problem = {
      type: '/docs/api#problem-invalid',
      title: 'Validation failed',
      status: 422,
      detail: 'The request body has invalid fields.',
      instance: '/api/v1/items',
      request_id: 'req-1',
      errors: [{ field: 'email', message: 'must be a valid email address' }],
    };
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(422, problem, 'application/problem+json')));
    const err = (await api('/api/v1/items', { method: 'POST', body: {} }).catch((e) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(422);
    expect(err.title).toBe('Validation failed');
    expect(err.detail).toBe('The request body has invalid fields.');
    expect(err.requestId).toBe('req-1');
    expect(err.fieldError('email')).toBe('must be a valid email address');
    expect(err.message).toBe('The request body has invalid fields.');
  });

  it('copes with a non-JSON error body (proxy error page)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html', 'X-Request-ID': 'r9' } })),
    );
    const err = (await api('/api/v1/meta').catch((e) => e)) as ApiError;
    expect(err.status).toBe(502);
    expect(err.requestId).toBe('r9');
    expect(err.fieldErrors).toEqual([]);
  });

  it('reports a network failure as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const err = (await api('/api/v1/meta').catch((e) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(0);
  });

  it.each([
    ['POST', true],
    ['PUT', true],
    ['PATCH', true],
    ['DELETE', true],
    ['GET', false],
    ['HEAD', false],
  ])('%s sends the CSRF header: %s', async (method, expected) => {
    document.cookie = 'other=1; path=/';
    document.cookie = 'vigil_csrf=tok%2Fen-123; path=/';
    const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    await api('/api/v1/things', { method, body: method === 'GET' || method === 'HEAD' ? undefined : { a: 1 } });
    const headers = fetchMock.mock.calls[0][1]!.headers as Record<string, string>;
    expect(headers[CSRF_HEADER]).toBe(expected ? 'tok/en-123' : undefined);
    if (expected) expect(headers['Content-Type']).toBe('application/json');
  });

  it('sends no CSRF header when there is no cookie', async () => {
    const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    await api('/api/v1/things', { method: 'POST', body: { a: 1 } });
    expect((fetchMock.mock.calls[0][1]!.headers as Record<string, string>)[CSRF_HEADER]).toBeUndefined();
  });
});
