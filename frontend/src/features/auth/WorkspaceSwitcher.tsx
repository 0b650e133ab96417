import { useLocation, useNavigate } from 'react-router';
import { useMe } from './api';
import { useSwitchWorkspace, useWorkspaceSync, workspacePath } from './workspace';

/** Pages that show one object of a workspace: after a switch they lead to its list. */
const OBJECT_PAGE = /^\/(?:w\/[^/]+\/)?(?:analyses\/(?!new)[^/]+|findings\/[^/]+)/;

/**
 * The header's workspace switcher: lists the caller's workspaces with the
 * role held in each. Switching is remembered for the user and keeps the
 * page when it makes sense there (a workspace-scoped URL is rewritten to
 * the new workspace, whose WorkspaceScope switches; one analysis or
 * finding leads to the analyses list).
 */
export function WorkspaceSwitcher() {
  const me = useMe();
  useWorkspaceSync(me.data);
  const switchTo = useSwitchWorkspace();
  const navigate = useNavigate();
  const location = useLocation();
  if (!me.data || me.data.workspaces.length === 0) return null;
  const current = me.data.workspace?.id ?? '';

  function onChange(id: string) {
    if (!id || id === current) return;
    const path = location.pathname;
    // A page of the workspace moves to the new one's URL first, whose
    // /w/{workspace}/ scope then switches: the old page's data is never
    // asked for in the new workspace (a 404 there would be a false "not found").
    if (OBJECT_PAGE.test(path)) {
      navigate(workspacePath(id, 'analyses'));
    } else if (path.startsWith('/w/')) {
      const rest = path.split('/').slice(3).join('/');
      navigate(workspacePath(id, rest) + location.search, { replace: true });
    } else {
      switchTo.mutate(id);
    }
  }

  return (
    <div className="flex min-w-0 items-center">
      <label htmlFor="workspace-switcher" className="sr-only">
        Workspace
      </label>
      <select
        id="workspace-switcher"
        data-testid="workspace-switcher"
        value={current}
        disabled={switchTo.isPending}
        onChange={(e) => onChange(e.target.value)}
        title="Switch workspace"
        className="max-w-[11rem] truncate rounded-md border border-slate-200 bg-white py-1.5 pl-2 pr-7 text-sm font-medium text-slate-700 hover:bg-slate-50 focus:outline-none focus:ring-2 focus:ring-indigo-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        {me.data.workspaces.map((w) => (
          <option key={w.id} value={w.id}>
            {w.personal ? `${w.name} (personal)` : w.name} · {w.role}
          </option>
        ))}
      </select>
      {switchTo.isError && (
        <span role="alert" className="ml-2 text-xs text-red-700 dark:text-red-400">
          Could not switch: {switchTo.error.message}
        </span>
      )}
    </div>
  );
}
