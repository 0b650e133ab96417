import { Route } from 'react-router';
import { RepositoriesPage } from './RepositoriesPage';
import { RepositoryPage } from './RepositoryPage';

/** Repository pages, mounted inside the app shell's layout route. */
export const repositoryRoutes = [
  <Route key="repositories" path="repositories" element={<RepositoriesPage />} />,
  <Route key="repository" path="repositories/:id" element={<RepositoryPage />} />,
];
