// Repositories API: connected repositories (any git host by HTTPS URL, or
// GitHub through the App), their scans and the GitHub installation.
// Mirrors modules/repositories/views.go (snake_case JSON).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../api/client';
import type * as G from '../../api/generated';
import { EMPTY_FILTERS, findingsQuery, type FindingListItem } from '../analysis/api';

export type Trigger = 'manual' | 'push' | 'pull_request' | 'schedule';

// The shapes come from the server's route table (api/generated.ts, make
// api-types); here they only narrow strings the server documents as enums.
type Narrow<T, N> = Omit<T, keyof N> & N;
type Narrowed = { provider: 'git' | 'github'; tier: 'static' | 'standard' | 'deep'; schedule: '' | 'daily' | 'weekly' };

/** sarif_upload: upload the SARIF of default-branch pushes, manual and scheduled scans to GitHub code scanning. */
export type Repository = Narrow<G.Repository, Narrowed>;

/**
 * sarif_id and sarif_status: the scan's code-scanning upload on GitHub (waiting, pending, complete, skipped or failed);
 * analysis_status and counts: the started analysis' status and, once completed, its open findings by severity.
 */
export type Scan = Narrow<G.Scan, { trigger: Trigger; status: 'fetching' | 'started' | 'failed' }>;

export type RepositoryDetail = Narrow<G.RepositoryDetail, Narrowed & { scans: Scan[] }>;

export type InstalledRepository = G.InstalledRepository;

export type SeverityCounts = G.SeverityCounts;

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
      api<{ items: FindingListItem[] }>(
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
