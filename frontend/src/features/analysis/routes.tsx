import { lazy, Suspense, type ReactNode } from 'react';
import { Route } from 'react-router';

// Loaded on demand: CodeMirror and recharts stay out of the first bundle.
const AnalysisPage = lazy(() => import('./AnalysisPage').then((m) => ({ default: m.AnalysisPage })));
const FindingPage = lazy(() => import('./FindingPage').then((m) => ({ default: m.FindingPage })));
const HistoryPage = lazy(() => import('./HistoryPage').then((m) => ({ default: m.HistoryPage })));
const NewAnalysisPage = lazy(() => import('./NewAnalysisPage').then((m) => ({ default: m.NewAnalysisPage })));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p className="text-sm">Loading…</p>}>{children}</Suspense>;
}

/** The analysis pages, mounted inside the app shell's layout route. */
export const analysisRoutes = [
  <Route key="analyses" path="analyses" element={<Lazy><HistoryPage /></Lazy>} />,
  <Route key="analyses-new" path="analyses/new" element={<Lazy><NewAnalysisPage /></Lazy>} />,
  <Route key="analysis" path="analyses/:id" element={<Lazy><AnalysisPage /></Lazy>} />,
  <Route key="finding" path="findings/:id" element={<Lazy><FindingPage /></Lazy>} />,
];
