// The current workspace: every API request names it in the
// X-Vigil-Workspace header, so analyses, billing, API keys and AI keys
// all follow the header's workspace switcher. Undefined until the signed-in
// account is known (the server then uses the workspace the user last
// switched to).

/** Header naming the acting workspace (modules/auth WorkspaceHeader). */
export const WORKSPACE_HEADER = 'X-Vigil-Workspace';

let current: string | undefined;

/** The workspace API requests act in, if one was chosen. */
export function currentWorkspaceId(): string | undefined {
  return current;
}

/** Makes id the workspace API requests act in (undefined: the server's choice). */
export function setCurrentWorkspaceId(id: string | undefined): void {
  current = id || undefined;
}
