// Notification channels of a workspace (Slack, email, signed webhooks) and
// their delivery logs. Mirrors modules/integrations (channels.go,
// deliveries.go); every call acts in the workspace named by the
// X-Vigil-Workspace header.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export type ChannelKind = 'slack' | 'email' | 'webhook';
export type EventType = 'analysis.completed' | 'analysis.failed' | 'findings.critical_high' | 'credits.low';

/** Human labels of the events a channel may choose, in display order. */
export const EVENT_LABELS: Record<EventType, string> = {
  'analysis.completed': 'Analysis completed',
  'analysis.failed': 'Analysis failed',
  'findings.critical_high': 'New critical or high findings',
  'credits.low': 'Credits nearly spent',
};

/** A channel: never its URL (often a token) nor its secret, only the host. */
export interface ChannelView {
  id: string;
  name: string;
  kind: ChannelKind;
  target_hint: string;
  events: EventType[];
  enabled: boolean;
  created_at: string;
  updated_at: string;
  /** A webhook's signing secret, only in the answer that created it. */
  secret?: string;
}

export interface ChannelList {
  items: ChannelView[];
  event_types: EventType[];
}

export interface ChannelRequest {
  name: string;
  kind: ChannelKind;
  url?: string;
  email?: string;
  events: EventType[];
}

export interface ChannelPatch {
  name?: string;
  events?: EventType[];
  enabled?: boolean;
}

export type DeliveryStatus = 'pending' | 'retrying' | 'delivered' | 'failed';

export interface DeliveryView {
  id: string;
  event: EventType | 'test';
  status: DeliveryStatus;
  attempts: number;
  response_code: number;
  error: string;
  next_attempt_at: string | null;
  delivered_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface DeliveryPage {
  items: DeliveryView[];
  next_cursor?: string;
}

const BASE = '/api/v1/integrations/notifications';
const channelsKey = (ws: string) => ['notifications', ws];
const deliveriesKey = (ws: string, id: string) => ['notifications', ws, id, 'deliveries'];
const hdr = (ws: string) => ({ 'X-Vigil-Workspace': ws });

export function useChannels(workspaceId: string) {
  return useQuery({
    queryKey: channelsKey(workspaceId),
    queryFn: ({ signal }) => api<ChannelList>(BASE, { signal, headers: hdr(workspaceId) }),
  });
}

/** The delivery log, refreshed every 5 s while open (retries land later). */
export function useDeliveries(workspaceId: string, channelId: string) {
  return useQuery({
    queryKey: deliveriesKey(workspaceId, channelId),
    queryFn: ({ signal }) =>
      api<DeliveryPage>(`${BASE}/${encodeURIComponent(channelId)}/deliveries?limit=20`, { signal, headers: hdr(workspaceId) }),
    refetchInterval: 5_000,
  });
}

export function useChannelMutations(workspaceId: string) {
  const qc = useQueryClient();
  const invalidate = () => qc.invalidateQueries({ queryKey: channelsKey(workspaceId) });
  const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;
  return {
    create: useMutation({
      mutationFn: (r: ChannelRequest) => api<ChannelView>(BASE, { method: 'POST', body: r, headers: hdr(workspaceId) }),
      onSuccess: invalidate,
    }),
    update: useMutation({
      mutationFn: ({ id, patch }: { id: string; patch: ChannelPatch }) =>
        api<ChannelView>(one(id), { method: 'PATCH', body: patch, headers: hdr(workspaceId) }),
      onSuccess: invalidate,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api<void>(one(id), { method: 'DELETE', headers: hdr(workspaceId) }),
      onSuccess: invalidate,
    }),
    test: useMutation({
      mutationFn: (id: string) => api<DeliveryView>(`${one(id)}/test`, { method: 'POST', headers: hdr(workspaceId) }),
      onSuccess: (_d, id) => qc.invalidateQueries({ queryKey: deliveriesKey(workspaceId, id) }),
    }),
  };
}
