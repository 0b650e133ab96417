import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { projectRoutes } from './routes';
import { json, serve } from '../../test-utils';

const counts = (critical: number, high: number) => ({ critical, high, medium: 0, low: 1, info: 0 });

afterEach(() => vi.unstubAllGlobals());

describe('project page', () => {
  it('shows the latest score, severities over the completed analyses and the last analyses', async () => {
    const calls = serve((url) => {
      if (url === '/api/v1/analyses?project=api&limit=50')
        return json(200, {
          items: [
            { id: 'a3', name: 'api', project_key: 'api', status: 'running', counts: counts(0, 0), grade: '', score: null, created_at: '2026-11-30T12:00:00Z' },
            { id: 'a2', name: 'api', project_key: 'api', status: 'completed', counts: counts(1, 2), grade: 'C', score: 71, created_at: '2026-11-29T12:00:00Z' },
            { id: 'a1', name: 'api', project_key: 'api', status: 'completed', counts: counts(3, 4), grade: 'F', score: 20, created_at: '2026-11-28T12:00:00Z' },
          ],
        });
    });
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={qc}>
        <MemoryRouter initialEntries={['/projects/api']}>
          <Routes>{projectRoutes}</Routes>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(await screen.findByTestId('project-score', {}, { timeout: 5000 })).toHaveTextContent('C (71)');
    expect(screen.getByRole('img', { name: /Latest analysis: 1 critical, 2 high, 0 medium, 1 low; 2 completed analyses shown/ })).toBeInTheDocument();
    expect(screen.getByTestId('project-analyses').querySelectorAll('li')).toHaveLength(3);
    expect(calls[0].url).toBe('/api/v1/analyses?project=api&limit=50');
  });
});
