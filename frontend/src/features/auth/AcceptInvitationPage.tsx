import { Link, Navigate, useSearchParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useMe, type WorkspaceRef } from './api';
import { Button, Card, ErrorNote } from './ui';
import { workspacePath } from './workspace';

/** /invitations/accept?token=...: join a workspace as the signed-in user. */
export function AcceptInvitationPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const me = useMe();
  const qc = useQueryClient();
  const accept = useMutation({
    mutationFn: () => api<WorkspaceRef>('/api/v1/invitations/accept', { method: 'POST', body: { token } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['auth'] }),
  });
  if (me.isPending) return <p>Loading…</p>;
  if (!me.data) {
    const next = `/invitations/accept?token=${encodeURIComponent(token)}`;
    return <Navigate to={`/signin?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <Card title="Join a workspace">
      <ErrorNote error={accept.error} />
      {accept.data ? (
        <p role="status">
          You joined <strong>{accept.data.name}</strong> as {accept.data.role}.{' '}
          <Link to={workspacePath(accept.data.id, '')} className="text-indigo-600 hover:underline dark:text-indigo-400">
            Open {accept.data.name}
          </Link>
        </p>
      ) : (
        <>
          <p className="mb-4">Accept the invitation as {me.data.email}?</p>
          <Button onClick={() => accept.mutate()} disabled={accept.isPending}>
            Accept invitation
          </Button>
        </>
      )}
    </Card>
  );
}
