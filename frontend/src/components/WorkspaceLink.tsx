import { Link, type LinkProps } from 'react-router';
import { useWorkspacePath } from '../features/auth/workspace';

/** A Link to a page inside the workspace the app acts in: to is the path
 * after /w/{id}/ (e.g. `analyses/${id}`). For places where the hook
 * useWorkspacePath cannot be called (tables' column definitions). */
export function WorkspaceLink({ to, ...rest }: Omit<LinkProps, 'to'> & { to: string }) {
  const wsPath = useWorkspacePath();
  return <Link to={wsPath(to)} {...rest} />;
}
