import { Route } from 'react-router';
import { ProjectPage } from './ProjectPage';

/** Project pages, mounted inside the app shell (and under /w/{workspace}/). */
export const projectRoutes = [<Route key="project" path="projects/:key" element={<ProjectPage />} />];
