// AI provider API: a workspace's own provider keys (bring your own) and
// the instance admin's provider health. Mirrors
// modules/analysis/aiproviders.go and cortex.ProviderHealth (snake_case JSON).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type * as G from '../../api/generated';

export type ProviderKind = 'openai' | 'anthropic' | 'ollama';
export type ModelTier = 'fast' | 'strong';

// The shapes come from the server's route table (api/generated.ts, make
// api-types); here they only narrow strings the server documents as enums.
type Narrow<T, N> = Omit<T, keyof N> & N;

export type AIModel = Narrow<G.AIModel, { tier: ModelTier }>;
export type ErrorEvent = G.ErrorEvent;

/** cortex.ProviderHealth: one provider as this replica sees it. */
export type ProviderHealth = Narrow<G.ProviderHealth, { kind: ProviderKind; breaker: 'closed' | 'half_open' | 'open' }>;

/** A stored workspace key: never the key itself, only its last 4 characters. */
export type AIProviderView = Narrow<G.AIProviderView, { kind: ProviderKind; models: AIModel[]; health?: ProviderHealth | null }>;

export type AIProviderList = Narrow<G.AIProviderList, { items: AIProviderView[] }>;

/** POST /api/v1/workspaces/{id}/ai-providers (concurrency left out: the server's default). */
export type AIProviderRequest = Narrow<G.AIProviderRequest, { kind: ProviderKind; models: AIModel[]; concurrency?: number }>;

/** GET /api/v1/admin/ai/health */
export type AIHealth = Narrow<G.AIHealth, { providers: ProviderHealth[] }>;

const providersKey = (ws: string) => ['ai', 'providers', ws];

export function useAIProviders(workspaceId: string, enabled = true) {
  return useQuery({
    queryKey: providersKey(workspaceId),
    queryFn: ({ signal }) => api<AIProviderList>(`/api/v1/workspaces/${encodeURIComponent(workspaceId)}/ai-providers`, { signal }),
    enabled,
  });
}

export function useAIProviderMutations(workspaceId: string) {
  const qc = useQueryClient();
  const base = `/api/v1/workspaces/${encodeURIComponent(workspaceId)}/ai-providers`;
  const invalidate = () => qc.invalidateQueries({ queryKey: providersKey(workspaceId) });
  return {
    add: useMutation({
      mutationFn: (r: AIProviderRequest) => api<AIProviderView>(base, { method: 'POST', body: r }),
      onSuccess: invalidate,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api<void>(`${base}/${encodeURIComponent(id)}`, { method: 'DELETE' }),
      onSuccess: invalidate,
    }),
  };
}

/** Instance provider health, refreshed every 15 s while the page is open. */
export function useAIHealth(enabled = true) {
  return useQuery({
    queryKey: ['ai', 'health'],
    queryFn: ({ signal }) => api<AIHealth>('/api/v1/admin/ai/health', { signal }),
    enabled,
    refetchInterval: 15_000,
  });
}

/** "1.2 s" / "850 ms" / "—" for a latency in milliseconds. */
export function formatLatency(ms: number): string {
  if (!ms) return '—';
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}
