// The dashboard API (modules/analysis dashboard.go): the acting workspace
// at a glance. JSON field names are the server's snake_case.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Analysis, Counts } from '../analysis/api';

export interface SetupCheck {
  id: string;
  label: string;
  done: boolean;
  detail: string;
  /** An app path or URL where it is set; "" when only the server's configuration sets it. */
  link: string;
}

export interface ProjectStatus {
  project_key: string;
  name: string;
  analysis_id: string;
  finished_at: string;
  counts: Counts;
  score: number | null;
  grade: string;
  open_critical_high: number;
}

export interface TrendPoint {
  day: string;
  critical: number;
  high: number;
}

/** GET /api/v1/dashboard */
export interface Dashboard {
  workspace_id: string;
  open_critical: number;
  open_high: number;
  projects: ProjectStatus[];
  trend: TrendPoint[];
  recent: Analysis[];
  empty: boolean;
  /** Only for workspace admins and owners. */
  setup?: SetupCheck[];
}

/** The acting workspace's dashboard (refetched when the workspace changes: the switcher resets every query). */
export function useDashboard(enabled = true) {
  return useQuery({
    queryKey: ['dashboard'],
    queryFn: ({ signal }) => api<Dashboard>('/api/v1/dashboard', { signal }),
    enabled,
    staleTime: 15_000,
  });
}
