// Notification channels of a workspace (Slack, email, signed webhooks) and
// their delivery logs. Mirrors modules/integrations (channels.go,
// deliveries.go); every call acts in the workspace named by the
// X-Vigil-Workspace header.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type * as G from '../../api/generated';

export type ChannelKind = 'slack' | 'email' | 'webhook';
export type EventType = 'analysis.completed' | 'analysis.failed' | 'findings.critical_high' | 'credits.low';

/** Human labels of the events a channel may choose, in display order. */
export const EVENT_LABELS: Record<EventType, string> = {
  'analysis.completed': 'Analysis completed',
  'analysis.failed': 'Analysis failed',
  'findings.critical_high': 'New critical or high findings',
  'credits.low': 'Credits nearly spent',
};

// The shapes come from the server's route table (api/generated.ts, make
// api-types); here they only narrow strings the server documents as enums.
type Narrow<T, N> = Omit<T, keyof N> & N;

/** A channel: never its URL (often a token) nor its secret, only the host; secret only in the answer that created a webhook. */
export type ChannelView = Narrow<G.ChannelView, { kind: ChannelKind; events: EventType[] }>;
export type ChannelList = Narrow<G.ChannelList, { items: ChannelView[]; event_types: EventType[] }>;
export type ChannelRequest = Narrow<G.ChannelRequest, { kind: ChannelKind; events: EventType[] }>;
export type ChannelPatch = Narrow<G.ChannelPatch, { events?: EventType[] }>;

export type DeliveryStatus = 'pending' | 'retrying' | 'delivered' | 'failed';

export type DeliveryView = Narrow<G.DeliveryView, { event: EventType | 'test'; status: DeliveryStatus }>;
export type DeliveryPage = Narrow<G.DeliveryPage, { items: DeliveryView[] }>;

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
