import { Route } from 'react-router';
import { AnalysisPage } from './AnalysisPage';
import { FindingPage } from './FindingPage';
import { HistoryPage } from './HistoryPage';
import { NewAnalysisPage } from './NewAnalysisPage';

/** The analysis pages, mounted inside the app shell's layout route. */
export const analysisRoutes = [
  <Route key="analyses" path="analyses" element={<HistoryPage />} />,
  <Route key="analyses-new" path="analyses/new" element={<NewAnalysisPage />} />,
  <Route key="analysis" path="analyses/:id" element={<AnalysisPage />} />,
  <Route key="finding" path="findings/:id" element={<FindingPage />} />,
];
