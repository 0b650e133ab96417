import { useEffect } from 'react';
import { Link, Navigate, Outlet, useLocation, useParams } from 'react-router';
import { useMe } from './api';
import { useSwitchWorkspace } from './workspace';

/**
 * The layout route of /w/{workspace}/...: a link that names a workspace
 * opens in it (switching to it first, as the header's switcher would), so
 * links to a team's analyses work for every member. Non-members see that
 * the workspace is not theirs; nothing of it is fetched.
 */
export function WorkspaceScope() {
  const { workspaceId = '' } = useParams();
  const me = useMe();
  const location = useLocation();
  const switchTo = useSwitchWorkspace();
  const target = me.data?.workspaces.find((w) => w.id === workspaceId);
  const acting = me.data?.workspace?.id;
  const needsSwitch = !!target && acting !== workspaceId;

  useEffect(() => {
    if (needsSwitch && !switchTo.isPending && !switchTo.isError) switchTo.mutate(workspaceId);
  }, [needsSwitch, workspaceId, switchTo]);

  if (me.isPending) return <p className="text-sm">Loading…</p>;
  if (!me.data) return <Navigate to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!target) {
    return (
      <div className="mx-auto max-w-xl py-12 text-center" data-testid="workspace-not-found">
        <h1 className="text-2xl font-bold tracking-tight">Workspace not found</h1>
        <p className="mt-3 text-slate-600 dark:text-slate-300">
          This link belongs to a workspace you are not a member of. Ask one of its admins for an invitation.
        </p>
        <Link to="/" className="mt-6 inline-block text-indigo-700 underline dark:text-indigo-300">
          Back to your dashboard
        </Link>
      </div>
    );
  }
  if (switchTo.isError) return <p role="alert">Could not open the workspace: {switchTo.error.message}</p>;
  if (needsSwitch) return <p className="text-sm">Opening {target.name}…</p>;
  return <Outlet />;
}
