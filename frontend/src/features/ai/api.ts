// AI provider API: a workspace's own provider keys (bring your own) and
// the instance admin's provider health. Mirrors
// modules/analysis/aiproviders.go and cortex.ProviderHealth (snake_case JSON).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export type ProviderKind = 'openai' | 'anthropic' | 'ollama';
export type ModelTier = 'fast' | 'strong';

export interface AIModel {
  name: string;
  tier: ModelTier;
  input_price: number;
  output_price: number;
  context: number;
}

export interface ErrorEvent {
  at: string;
  message: string;
}

/** cortex.ProviderHealth: one provider as this replica sees it. */
export interface ProviderHealth {
  name: string;
  kind: ProviderKind;
  breaker: 'closed' | 'half_open' | 'open';
  consecutive_failures: number;
  open_until?: string;
  calls: number;
  failures: number;
  last_error?: string;
  last_error_at?: string;
  recent_errors: ErrorEvent[];
  avg_latency_ms: number;
  p95_latency_ms: number;
  models: string[];
}

/** A stored workspace key: never the key itself, only its last 4 characters. */
export interface AIProviderView {
  id: string;
  name: string;
  kind: ProviderKind;
  base_url: string;
  key_last4: string;
  has_key: boolean;
  models: AIModel[];
  concurrency: number;
  created_at: string;
  last_validated_at?: string;
  health?: ProviderHealth;
}

export interface AIProviderList {
  items: AIProviderView[];
  note: string;
}

/** POST /api/v1/workspaces/{id}/ai-providers */
export interface AIProviderRequest {
  name: string;
  kind: ProviderKind;
  base_url: string;
  api_key: string;
  models: AIModel[];
}

/** GET /api/v1/admin/ai/health */
export interface AIHealth {
  status: { configured: boolean; message: string; help?: string };
  providers: ProviderHealth[];
}

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
