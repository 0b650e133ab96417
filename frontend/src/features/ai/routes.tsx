import { Route } from 'react-router';
import { AIHealthPage } from './AIHealthPage';

/** AI pages, mounted inside the app shell's layout route. */
export const aiRoutes = [<Route key="admin-ai" path="admin/ai" element={<AIHealthPage />} />];
