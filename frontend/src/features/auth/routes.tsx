import { Route } from 'react-router';
import { SignInPage } from './SignInPage';
import { SignUpPage } from './SignUpPage';
import { OAuthErrorPage } from './OAuthErrorPage';
import { ForgotPasswordPage, ResetPasswordPage } from './PasswordResetPages';
import { AccountSettingsPage } from './AccountSettingsPage';
import { WorkspaceSettingsPage } from './WorkspaceSettingsPage';
import { ApiKeysPage } from './ApiKeysPage';
import { AcceptInvitationPage } from './AcceptInvitationPage';
import { VerifyEmailPage } from './VerifyEmailPage';

/** The identity pages, mounted inside the app shell's layout route. */
export const authRoutes = [
  <Route key="signin" path="signin" element={<SignInPage />} />,
  <Route key="signup" path="signup" element={<SignUpPage />} />,
  <Route key="auth-error" path="auth/error" element={<OAuthErrorPage />} />,
  <Route key="forgot" path="auth/forgot-password" element={<ForgotPasswordPage />} />,
  <Route key="reset" path="auth/reset-password" element={<ResetPasswordPage />} />,
  <Route key="verify-email" path="auth/verify-email" element={<VerifyEmailPage />} />,
  <Route key="account" path="settings/account" element={<AccountSettingsPage />} />,
  <Route key="workspaces" path="settings/workspaces" element={<WorkspaceSettingsPage />} />,
  <Route key="api-keys" path="settings/api-keys" element={<ApiKeysPage />} />,
  <Route key="accept" path="invitations/accept" element={<AcceptInvitationPage />} />,
];
