// Repositories API: connected repositories (any git host by HTTPS URL, or
// GitHub through the App), their scans and the GitHub installation.
// Mirrors modules/repositories/views.go (snake_case JSON).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../api/client';
import { EMPTY_FILTERS, findingsQuery, type Finding } from '../analysis/api';

export type Trigger = 'manual' | 'push' | 'pull_request' | 'schedule';

export interface Repository {
  id: string;
  provider: 'git' | 'github';
  url: string;
  name: string;
  full_name?: string;
  installation_id?: number;
  default_branch: string;
  has_token: boolean;
  token_last4?: string;
  watched: boolean;
  tier: 'static' | 'standard' | 'deep';
  monthly_budget: number;
  schedule: '' | 'daily' | 'weekly';
  review_threshold: string;
  // sarif_upload: upload the SARIF of default-branch pushes, manual and scheduled scans to GitHub code scanning.
  sarif_upload: boolean;
  created_at: string;
  updated_at: string;
}

export interface Scan {
  id: string;
  analysis_id?: string;
  ref: string;
  commit?: string;
  trigger: Trigger;
  pr_number?: number;
  triggered_by?: string;
  status: 'fetching' | 'started' | 'failed';
  error?: string;
  // The scan's code-scanning upload: its id on GitHub and
  // waiting, pending, complete, skipped or failed (with why).
  sarif_id?: string;
  sarif_status?: string;
  // The started analysis' status, and its open findings by severity once completed.
  analysis_status?: string;
  counts?: SeverityCounts;
  created_at: string;
}

export interface SeverityCounts {
  critical: number;
  high: number;
  medium: number;
  low: number;
  info: number;
}

export interface RepositoryDetail extends Repository {
  scans: Scan[];
}

export interface InstalledRepository {
  installation_id: number;
  account: string;
  github_id: number;
  full_name: string;
  url: string;
  default_branch: string;
  private: boolean;
  repository_id?: string;
}

const LIST = ['repositories'];

export function useRepositories() {
  return useQuery({
    queryKey: LIST,
    queryFn: ({ signal }) => api<{ repositories: Repository[] }>('/api/v1/repositories', { signal }).then((r) => r.repositories),
  });
}

export function useRepository(id: string) {
  return useQuery({
    queryKey: ['repositories', id],
    queryFn: ({ signal }) => api<RepositoryDetail>(`/api/v1/repositories/${encodeURIComponent(id)}`, { signal }),
    refetchInterval: 5000,
  });
}

/** The GitHub App's installed repositories; null when the App is not configured (404). */
export function useInstalled() {
  return useQuery({
    queryKey: ['repositories', 'github'],
    queryFn: ({ signal }) =>
      api<{ installations: number; repositories: InstalledRepository[] }>('/api/v1/integrations/github/repositories', { signal }).catch(
        (e: unknown) => {
          if (e instanceof ApiError && e.status === 404) return null;
          throw e;
        },
      ),
    retry: false,
  });
}

export function useRepositoryMutations() {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: LIST });
  return {
    add: useMutation({
      mutationFn: (body: { url: string; token?: string }) => api<Repository>('/api/v1/repositories', { method: 'POST', body }),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: { id: string } & Partial<Pick<Repository, 'watched' | 'tier' | 'schedule' | 'review_threshold' | 'default_branch' | 'sarif_upload'>>) =>
        api<Repository>(`/api/v1/repositories/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api(`/api/v1/repositories/${encodeURIComponent(id)}`, { method: 'DELETE' }),
      onSuccess: refresh,
    }),
    scan: useMutation({
      mutationFn: ({ id, ref }: { id: string; ref: string }) =>
        api<{ id: string; ref: string; commit: string }>(`/api/v1/repositories/${encodeURIComponent(id)}/scan`, { method: 'POST', body: { ref } }),
      onSuccess: refresh,
    }),
  };
}

/** Asks for the GitHub installation URL (with its signed state) and goes there. */
export async function installGitHub(): Promise<void> {
  const { url } = await api<{ url: string }>('/api/v1/integrations/github/install');
  window.location.assign(url);
}

export function triggerLabel(s: Scan): string {
  switch (s.trigger) {
    case 'pull_request':
      return `PR #${s.pr_number ?? '?'}`;
    case 'push':
      return 'push';
    case 'schedule':
      return 'schedule';
    default:
      return 'manual';
  }
}

/** The most severe open findings of an analysis (production code). */
export function useTopFindings(analysisId: string | undefined, limit = 5) {
  return useQuery({
    queryKey: ['analyses', analysisId, 'top-findings', limit],
    enabled: !!analysisId,
    queryFn: ({ signal }) =>
      api<{ items: Finding[] }>(
        `/api/v1/analyses/${encodeURIComponent(analysisId ?? '')}/findings?${findingsQuery({ ...EMPTY_FILTERS, sort: 'severity' }, '', limit)}`,
        { signal },
      ).then((r) => r.items),
  });
}

/**
 * The scans of the repository's default branch (what its latest result
 * and chart follow): not pull requests, and of the default branch when one
 * is set (a scan with no ref ran on it).
 */
export function defaultBranchScans(r: RepositoryDetail): Scan[] {
  return r.scans.filter((s) => s.trigger !== 'pull_request' && (!r.default_branch || !s.ref || s.ref === r.default_branch));
}
