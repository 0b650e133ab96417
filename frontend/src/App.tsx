import { Route, Routes } from 'react-router';
import { Layout } from './components/Layout';
import { Home } from './pages/Home';
import { authRoutes } from './features/auth/routes';
import { analysisRoutes } from './features/analysis/routes';
import { billingRoutes } from './features/billing/routes';
import { adminRoutes } from './features/admin/routes';
import { repositoryRoutes } from './features/repositories/routes';
import { ApiDocs } from './pages/ApiDocs';
import { NotFound } from './pages/NotFound';
import { WorkspaceScope } from './features/auth/WorkspaceScope';
import { projectRoutes } from './features/projects/routes';

/**
 * Client routes. Unknown paths render the 404 page. Workspace-owned pages
 * also live under /w/{workspace}/ so a shared link opens in its workspace.
 */
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Home />} />
        {authRoutes}
        {analysisRoutes}
        {billingRoutes}
        {adminRoutes}
        {repositoryRoutes}
        {projectRoutes}
        <Route path="w/:workspaceId" element={<WorkspaceScope />}>
          <Route index element={<Home />} />
          {analysisRoutes}
          {projectRoutes}
          {billingRoutes}
        </Route>
        <Route path="docs/api" element={<ApiDocs />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
