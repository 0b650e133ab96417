import { Route } from 'react-router';
import { AIHealthPage } from '../ai/AIHealthPage';
import { AdminLayout } from './AdminLayout';
import { AuditPage } from './AuditPage';
import { KPIsPage } from './KPIsPage';
import { SignInsPage } from './SignInsPage';
import { UsersPage } from './UsersPage';

/** The instance administration area, mounted inside the app shell's layout route. */
export const adminRoutes = [
  <Route key="admin" path="admin" element={<AdminLayout />}>
    <Route index element={<KPIsPage />} />
    <Route path="users" element={<UsersPage />} />
    <Route path="sign-ins" element={<SignInsPage />} />
    <Route path="audit" element={<AuditPage />} />
    <Route path="ai" element={<AIHealthPage />} />
  </Route>,
];
