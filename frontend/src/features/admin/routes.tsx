import { lazy, Suspense, type ReactNode } from 'react';
import { Route } from 'react-router';
import { AdminLayout } from './AdminLayout';

// Loaded on demand: the KPI charts (recharts) stay out of the first bundle,
// which every user loads, admin or not.
const KPIsPage = lazy(() => import('./KPIsPage').then((m) => ({ default: m.KPIsPage })));
const UsersPage = lazy(() => import('./UsersPage').then((m) => ({ default: m.UsersPage })));
const SignInsPage = lazy(() => import('./SignInsPage').then((m) => ({ default: m.SignInsPage })));
const AuditPage = lazy(() => import('./AuditPage').then((m) => ({ default: m.AuditPage })));
const AIHealthPage = lazy(() => import('../ai/AIHealthPage').then((m) => ({ default: m.AIHealthPage })));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p className="text-sm">Loading…</p>}>{children}</Suspense>;
}

/** The instance administration area, mounted inside the app shell's layout route. */
export const adminRoutes = [
  <Route key="admin" path="admin" element={<AdminLayout />}>
    <Route index element={<Lazy><KPIsPage /></Lazy>} />
    <Route path="users" element={<Lazy><UsersPage /></Lazy>} />
    <Route path="sign-ins" element={<Lazy><SignInsPage /></Lazy>} />
    <Route path="audit" element={<Lazy><AuditPage /></Lazy>} />
    <Route path="ai" element={<Lazy><AIHealthPage /></Lazy>} />
  </Route>,
];
