import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError, api } from './api/client';
import type { Meta } from './api/meta';
import { startErrorReporting } from './errors/reporting';
import { App } from './App';
import './index.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Client errors will not fix themselves; retry only network and server errors.
      retry: (count, err) => count < 2 && (!(err instanceof ApiError) || err.status === 0 || err.status >= 500),
      refetchOnWindowFocus: false,
    },
  },
});

// Error reporting starts only if the server configured it (meta.sentry);
// the same query feeds the app's own use of meta.
queryClient
  .fetchQuery({ queryKey: ['meta'], queryFn: ({ signal }) => api<Meta>('/api/v1/meta', { signal }), staleTime: 5 * 60_000 })
  .then((meta) => startErrorReporting(meta.sentry))
  .catch(() => {
    // No meta, no reporting: the app itself shows what is wrong.
  });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
