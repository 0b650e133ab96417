// Code generated from the OpenAPI document (/api/v1/openapi.json) by `make api-types`. DO NOT EDIT.
// Every route is declared once in its module's route table (openapi.Route); TestAPITypesUpToDate fails when this file is stale.

export interface AIHealth {
  providers: ProviderHealth[];
  status: Status;
}

export interface AIModel {
  context: number;
  input_price: number;
  name: string;
  output_price: number;
  tier: string;
}

export interface AIProviderList {
  items: AIProviderView[];
  note: string;
}

export interface AIProviderRequest {
  api_key: string;
  base_url: string;
  concurrency: number;
  kind: string;
  models: AIModel[];
  name: string;
}

export interface AIProviderView {
  base_url: string;
  concurrency: number;
  created_at: string;
  has_key: boolean;
  health?: ProviderHealth;
  id: string;
  key_last4: string;
  kind: string;
  last_validated_at?: string;
  models: AIModel[];
  name: string;
}

export interface AISummary {
  model: string;
  summary: string;
  top_risks: string[];
}

export interface AIVerdictView {
  model: string;
  verdict: string;
}

export interface AIView {
  explanation: string;
  fix_diff: string;
  model: string;
  verdict: string;
}

export interface AddRequest {
  token?: string;
  url: string;
}

export interface AnalysisView {
  ai_cost_usd: number;
  ai_status: string;
  ai_summary?: AISummary;
  attempts: number;
  cost_credits: number;
  counts: Counts;
  created_at: string;
  created_by: string;
  credits_state: string;
  failure_reason?: string;
  files_scanned: number;
  files_total: number;
  finished_at?: string;
  grade: string;
  id: string;
  lines_scanned: number;
  lines_total: number;
  name: string;
  notes: string[];
  options: Options;
  pdf_export?: ExportAvailability;
  phase: string;
  project_key: string;
  quote_max: number;
  quote_min: number;
  retention: string;
  score: number | null;
  score_method: string;
  source_deleted_at?: string;
  source_kind: string;
  source_retained: boolean;
  started_at?: string;
  status: string;
  tier: string;
  workspace_id: string;
}

export interface AnalysisWorkspace {
  id: string;
  name: string;
}

export interface ApiKeyJSON {
  created_at: string;
  expires_at: string | null;
  id: string;
  key?: string;
  last_used_at: string | null;
  name: string;
  prefix: string;
  revoked_at: string | null;
  scopes: string[];
  workspace_id: string;
}

export interface AuditEntry {
  action: string;
  actor_email: string;
  actor_id: string;
  at: string;
  details: unknown;
  hash: string;
  id: string;
  ip: string;
  seq: number;
  target: string;
  user_agent: string;
  workspace_id: string;
}

export interface AuditPage {
  items: AuditEntry[];
  next_cursor: string;
}

export interface Balance {
  available: number;
  balance: number;
  billing_enabled: boolean;
  held: number;
  workspace_id: string;
}

export interface Breakdown {
  buckets: Bucket[];
  distinct: number;
  other: number;
}

export interface BrokenEntry {
  action?: string;
  at?: string;
  id?: string;
  reason: string;
  seq: number;
}

export interface BrowserSentry {
  dsn: string;
  environment: string;
  release: string;
  sample_rate: number;
}

export interface Bucket {
  count: number;
  key: string;
}

export interface BulkTriageRequest {
  finding_ids: string[];
  reason: string;
  state: string;
}

export interface BulkTriageResult {
  analysis: AnalysisView;
  updated: number;
}

export interface ChannelList {
  event_types: string[];
  items: ChannelView[];
}

export interface ChannelPatch {
  email?: string;
  enabled?: boolean;
  events?: string[];
  name?: string;
  url?: string;
}

export interface ChannelRequest {
  email?: string;
  enabled?: boolean;
  events: string[];
  kind: string;
  name: string;
  url?: string;
}

export interface ChannelView {
  created_at: string;
  enabled: boolean;
  events: string[];
  id: string;
  kind: string;
  name: string;
  secret?: string;
  target_hint: string;
  updated_at: string;
}

export interface CheckoutRequest {
  pack: string;
}

export interface CheckoutResponse {
  checkout_id: string;
  session_id: string;
  url: string;
}

export interface CheckoutStatus {
  balance: Balance;
  checkout: CheckoutView;
}

export interface CheckoutView {
  amount: number;
  created_at: string;
  credited_at?: string;
  credits: number;
  currency: string;
  disputed_credits: number;
  id: string;
  pack_id: string;
  receipt_url?: string;
  refunded_credits: number;
  session_id: string;
  status: string;
}

export interface CheckoutsPage {
  checkouts: CheckoutView[];
}

export interface Comparison {
  counts: {
    fixed: number;
    new: number;
    unchanged: number;
  };
  fixed: FindingView[];
  new: FindingView[];
  previous_id: string | null;
  unchanged: FindingView[];
}

export interface Context {
  lines: string[];
  start_line: number;
}

export interface Counts {
  critical: number;
  high: number;
  info: number;
  low: number;
  medium: number;
}

export interface Created {
  id: string;
  quote: Quote;
  status: string;
}

export interface CreditPack {
  credits: number;
  currency: string;
  id: string;
  name: string;
  price: number;
}

export interface Dashboard {
  empty: boolean;
  open_critical: number;
  open_high: number;
  projects: ProjectStatus[];
  recent: AnalysisView[];
  setup?: SetupCheck[];
  trend: TrendPoint[];
  workspace_id: string;
}

export interface DeliveryPage {
  items: DeliveryView[];
  next_cursor?: string;
}

export interface DeliveryView {
  attempts: number;
  created_at: string;
  delivered_at: string | null;
  error: string;
  event: string;
  id: string;
  next_attempt_at: string | null;
  response_code: number;
  status: string;
  updated_at: string;
}

export interface Entry {
  amount: number;
  balance_after: number;
  created_at: string;
  id: string;
  kind: string;
  memo?: string;
  reference_id?: string;
  reference_type?: string;
  workspace_id: string;
}

export interface ErrorEvent {
  at: string;
  message: string;
}

export interface ExportAvailability {
  available: boolean;
  reason?: string;
}

export interface FindingListItem {
  ai: AIVerdictView | null;
  analysis_id: string;
  confidence: string;
  cwe: string[];
  extra: Record<string, string>;
  fingerprint: string;
  id: string;
  kind: string;
  location: Location;
  message: string;
  owasp: string[];
  rule_id: string;
  severity: string;
  suppression?: Suppression;
  title: string;
  triage: TriageView;
}

export interface FindingView {
  ai: AIView | null;
  analysis_id: string;
  confidence: string;
  context: Context | null;
  cwe: string[];
  extra: Record<string, string>;
  fingerprint: string;
  history?: TriageHistoryView[];
  id: string;
  kind: string;
  location: Location;
  message: string;
  owasp: string[];
  references: string[];
  remediation: string;
  rule_id: string;
  severity: string;
  snippet: string;
  suppression?: Suppression;
  title: string;
  trace: TraceStep[];
  triage: TriageView;
}

export interface GrantRequest {
  amount: number;
  idempotency_key: string;
  reason: string;
  workspace_id: string;
}

export interface GrantResponse {
  applied: boolean;
  balance: Balance;
}

export interface HealthBody {
  status: string;
}

export interface InstallLink {
  url: string;
}

export interface InstalledRepositories {
  installations: number;
  repositories: InstalledRepository[];
}

export interface InstalledRepository {
  account: string;
  default_branch: string;
  full_name: string;
  github_id: number;
  installation_id: number;
  private: boolean;
  repository_id?: string;
  url: string;
}

export interface InvitationJSON {
  created_at: string;
  email: string;
  emailed: boolean;
  expires_at: string;
  id: string;
  link?: string;
  role: string;
}

export interface KPIDay {
  ai_cost_usd: number;
  analyses: number;
  by_outcome: Record<string, number>;
  by_tier: Record<string, number>;
  credits_granted: number;
  credits_sold: number;
  credits_spent: number;
  day: string;
  sign_ups: number;
  signed_in: number;
}

export interface KPITotals {
  active_users: number;
  admins: number;
  ai_cost_usd: number;
  analyses: number;
  credits_granted: number;
  credits_refunded: number;
  credits_sold: number;
  credits_spent: number;
  disabled: number;
  sign_ups: number;
  users: number;
}

export interface KPIs {
  by_tier_outcome: TierOutcome[];
  days: number;
  from: string;
  series: KPIDay[];
  tiers: string[];
  to: string;
  totals: KPITotals;
}

export interface LedgerPage {
  entries: Entry[];
  next_cursor?: string;
}

export interface Location {
  end_column: number;
  end_line: number;
  path: string;
  start_column: number;
  start_line: number;
}

export interface MeJSON {
  api_key_id?: string;
  auth_method: string;
  created_at: string;
  disabled: boolean;
  email: string;
  email_verified: boolean;
  has_password: boolean;
  id: string;
  instance_admin: boolean;
  name: string;
  scopes?: string[];
  workspace?: WorkspaceRef;
  workspaces: WorkspaceRef[];
}

export interface MemberJSON {
  created_at: string;
  email: string;
  name: string;
  role: string;
  user_id: string;
}

export interface MetaBody {
  name: string;
  sentry?: BrowserSentry;
  version: string;
}

export interface Options {
  ai_budget_usd?: number;
  exclude?: string[];
  focus?: string[];
  include_tests: boolean;
}

export interface PacksResponse {
  billing_enabled: boolean;
  packs: CreditPack[];
}

export interface PageAnalysisView {
  items: AnalysisView[];
  next_cursor: string;
}

export interface PageFindingListItem {
  items: FindingListItem[];
  next_cursor: string;
}

/** RFC 9457 problem details. 'type' links to the problem's description on the API reference page. */
export interface Problem {
  detail?: string;
  errors?: {
    field: string;
    message: string;
  }[];
  instance?: string;
  /** Quote it when reporting a problem. */
  request_id?: string;
  status: number;
  title: string;
  type: string;
}

export interface ProjectStatus {
  analysis_id: string;
  counts: Counts;
  finished_at: string;
  grade: string;
  name: string;
  open_critical_high: number;
  project_key: string;
  score: number | null;
}

export interface ProviderHealth {
  avg_latency_ms: number;
  breaker: string;
  calls: number;
  consecutive_failures: number;
  failures: number;
  kind: string;
  last_error?: string;
  last_error_at?: string;
  models: string[];
  name: string;
  open_until?: string;
  p95_latency_ms: number;
  recent_errors: ErrorEvent[];
}

export interface ProviderJSON {
  id: string;
  name: string;
  start_url: string;
}

export interface Quote {
  ai_configured: boolean;
  ai_max_usd: number;
  ai_min_usd: number;
  ai_own_keys: boolean;
  bytes: number;
  files: number;
  lines: number;
  max_credits: number;
  min_credits: number;
  notes: string[];
  tier: string;
}

export interface QuoteLine {
  label: string;
  max: number;
  min: number;
}

export interface QuoteRequest {
  ai_max_usd: number;
  ai_min_usd: number;
  lines: number;
  tier: string;
}

export interface QuoteResult {
  breakdown: QuoteLine[];
  lines: number;
  max: number;
  min: number;
  tier: string;
}

export interface Repository {
  created_at: string;
  default_branch: string;
  full_name?: string;
  has_token: boolean;
  id: string;
  installation_id?: number;
  monthly_budget: number;
  name: string;
  provider: string;
  review_threshold: string;
  sarif_upload: boolean;
  schedule: string;
  tier: string;
  token_last4?: string;
  updated_at: string;
  url: string;
  watched: boolean;
}

export interface RepositoryDetail {
  created_at: string;
  default_branch: string;
  full_name?: string;
  has_token: boolean;
  id: string;
  installation_id?: number;
  monthly_budget: number;
  name: string;
  provider: string;
  review_threshold: string;
  sarif_upload: boolean;
  scans: Scan[];
  schedule: string;
  tier: string;
  token_last4?: string;
  updated_at: string;
  url: string;
  watched: boolean;
}

export interface RepositoryList {
  repositories: Repository[];
}

export interface Scan {
  analysis_id?: string;
  analysis_status?: string;
  commit?: string;
  counts?: SeverityCounts;
  created_at: string;
  error?: string;
  id: string;
  pr_number?: number;
  ref: string;
  sarif_id?: string;
  sarif_status?: string;
  status: string;
  trigger: string;
  triggered_by?: string;
}

export interface ScanRequest {
  ref: string;
}

export interface ScanStarted {
  commit: string;
  credits: number;
  id: string;
  ref: string;
  repository_id: string;
  scan_id: string;
  status: string;
}

export interface SessionJSON {
  created_at: string;
  current: boolean;
  expires_at: string;
  id: string;
  ip: string;
  last_used_at: string;
  user_agent: string;
}

export interface SetupCheck {
  detail: string;
  done: boolean;
  id: string;
  label: string;
  link: string;
}

export interface SeverityCounts {
  critical: number;
  high: number;
  info: number;
  low: number;
  medium: number;
}

export interface SignInJSON {
  created_at: string;
  email: string;
  id: string;
  ip: string;
  method: string;
  reason: string;
  success: boolean;
  user_agent: string;
  user_id: string | null;
}

export interface Status {
  configured: boolean;
  help?: string;
  message: string;
}

export interface StatusJSON {
  status: string;
}

export interface Summary {
  analysis_id: string;
  by_cwe: Breakdown;
  by_file: Breakdown;
  by_owasp: Breakdown;
  by_rule: Breakdown;
  by_severity: Record<string, number>;
  file_kind: string;
  findings: number;
  scope: string;
}

export interface Suppression {
  justification: string;
  kind: string;
}

export interface TierOutcome {
  count: number;
  outcome: string;
  tier: string;
}

export interface TraceStep {
  kind: string;
  location: Location;
  message: string;
  snippet?: string;
}

export interface TrendPoint {
  critical: number;
  day: string;
  high: number;
}

export interface TriageHistoryView {
  actor_id: string;
  at: string;
  from: string;
  reason: string;
  to: string;
}

export interface TriageRequest {
  reason: string;
  state: string;
}

export interface TriageView {
  reason: string;
  state: string;
}

export interface UpdateRequest {
  default_branch?: string;
  monthly_budget?: number;
  name?: string;
  review_threshold?: string;
  sarif_upload?: boolean;
  schedule?: string;
  tier?: string;
  token?: string;
  watched?: boolean;
}

export interface UserJSON {
  created_at: string;
  disabled: boolean;
  email: string;
  email_verified: boolean;
  has_password: boolean;
  id: string;
  instance_admin: boolean;
  name: string;
}

export interface VerifyResult {
  broken?: BrokenEntry;
  checked: number;
  intact: boolean;
  message: string;
  verified_at: string;
}

export interface WebhookAnswer {
  status: string;
}

export interface WorkspaceJSON {
  created_at: string;
  id: string;
  name: string;
  personal: boolean;
  role: string;
}

export interface WorkspaceRef {
  id: string;
  name: string;
  personal: boolean;
  role: string;
}

// Bodies of each operation.
export type AcceptInvitationRequest = Record<string, string> | null;
export type AcceptInvitationResponse = WorkspaceJSON;
export type AddRepositoryRequest = AddRequest;
export type AddRepositoryResponse = Repository;
export type AddWorkspaceAIProviderRequest = AIProviderRequest;
export type AddWorkspaceAIProviderResponse = AIProviderView;
export type AdminAuditLogResponse = AuditPage;
export type AdminAuditVerifyResponse = VerifyResult;
export type AdminDisableUserResponse = void;
export type AdminEnableUserResponse = void;
export type AdminKPIsResponse = KPIs;
export type AdminListUsersResponse = {
  items?: UserJSON[];
  next_cursor?: string;
};
export type AdminMakeAdminResponse = UserJSON;
export type AdminResetLinkResponse = Record<string, string> | null;
export type AdminRevokeAdminResponse = UserJSON;
export type AdminSignInsResponse = {
  items?: SignInJSON[];
  next_cursor?: string;
};
export type AdminVerifyEmailResponse = void;
/** text/event-stream */
export type AnalysisEventsResponse = string;
export type CancelAnalysisResponse = AnalysisView;
export type ChangePasswordRequest = Record<string, string> | null;
export type ChangePasswordResponse = void;
export type CompareAnalysisResponse = Comparison;
export type CompleteGitHubInstallResponse = void;
export type CreateAPIKeyRequest = {
  expires_at?: string;
  name?: string;
  scopes?: string[];
};
export type CreateAPIKeyResponse = ApiKeyJSON;
export type CreateAnalysisResponse = Created;
export type CreateNotificationChannelRequest = ChannelRequest;
export type CreateNotificationChannelResponse = ChannelView;
export type CreateWorkspaceRequest = Record<string, string> | null;
export type CreateWorkspaceResponse = WorkspaceJSON;
export type DeleteAnalysisResponse = void;
export type DeleteNotificationChannelResponse = void;
export type DeleteRepositoryResponse = void;
export type ForgotPasswordRequest = Record<string, string> | null;
export type ForgotPasswordResponse = StatusJSON;
export type GetAnalysisResponse = AnalysisView;
export type GetAnalysisWorkspaceResponse = AnalysisWorkspace;
export type GetCheckoutResponse = CheckoutStatus;
export type GetCreditsResponse = Balance;
export type GetDashboardResponse = Dashboard;
export type GetFindingResponse = FindingView;
export type GetFindingWorkspaceResponse = AnalysisWorkspace;
export type GetLiveResponse = HealthBody;
export type GetMetaResponse = MetaBody;
/** text/plain */
export type GetMetricsResponse = string;
export type GetNotificationChannelResponse = ChannelView;
export type GetOpenAPIResponse = {
  openapi?: string;
};
export type GetReadyResponse = HealthBody;
export type GetRepositoryResponse = RepositoryDetail;
export type GetWorkspaceResponse = WorkspaceJSON;
export type GithubWebhookResponse = WebhookAnswer;
export type GrantCreditsRequest = GrantRequest;
export type GrantCreditsResponse = GrantResponse;
export type InstallGitHubAppResponse = InstallLink;
export type InstanceAIHealthResponse = AIHealth;
export type InviteRequest = Record<string, string> | null;
export type InviteResponse = InvitationJSON;
export type ListAPIKeysResponse = {
  items?: ApiKeyJSON[];
};
export type ListAnalysesResponse = PageAnalysisView;
export type ListCheckoutsResponse = CheckoutsPage;
export type ListFindingsResponse = PageFindingListItem;
export type ListGitHubRepositoriesResponse = InstalledRepositories;
export type ListInvitationsResponse = {
  items?: InvitationJSON[];
};
export type ListLedgerResponse = LedgerPage;
export type ListMembersResponse = {
  items?: MemberJSON[];
};
export type ListNotificationChannelsResponse = ChannelList;
export type ListNotificationDeliveriesResponse = DeliveryPage;
export type ListPacksResponse = PacksResponse;
export type ListProvidersResponse = {
  email?: boolean;
  password?: boolean;
  providers?: ProviderJSON[];
  signup?: boolean;
};
export type ListRepositoriesResponse = RepositoryList;
export type ListSessionsResponse = {
  items?: SessionJSON[];
};
export type ListWorkspaceAIProvidersResponse = AIProviderList;
export type ListWorkspacesResponse = {
  items?: WorkspaceJSON[];
};
export type LoginRequest = Record<string, string> | null;
export type LoginResponse = MeJSON;
export type LogoutResponse = void;
export type MeResponse = MeJSON;
export type OauthCallbackResponse = void;
export type OauthStartResponse = void;
export type QuoteAnalysisResponse = Quote;
export type QuoteCreditsRequest = QuoteRequest;
export type QuoteCreditsResponse = QuoteResult;
export type RefreshSessionResponse = MeJSON;
export type RegisterRequest = Record<string, string> | null;
export type RegisterResponse = StatusJSON;
export type RemoveMemberResponse = void;
export type RemoveWorkspaceAIProviderResponse = void;
export type RenameWorkspaceRequest = Record<string, string> | null;
export type RenameWorkspaceResponse = WorkspaceJSON;
/** text/csv; charset=utf-8 */
export type ReportcsvResponse = string;
/** text/html; charset=utf-8 */
export type ReporthtmlResponse = string;
export type ReportjsonResponse = string;
/** application/pdf */
export type ReportpdfResponse = string;
/** application/sarif+json */
export type ReportsarifResponse = string;
export type ResendVerificationResponse = StatusJSON;
export type ResetPasswordRequest = Record<string, string> | null;
export type ResetPasswordResponse = void;
export type RevokeAPIKeyResponse = void;
export type RevokeInvitationResponse = void;
export type RevokeSessionResponse = void;
export type ScanRepositoryRequest = ScanRequest;
export type ScanRepositoryResponse = ScanStarted;
export type SetMemberRoleRequest = Record<string, string> | null;
export type SetMemberRoleResponse = void;
export type SignOutEverywhereResponse = void;
export type StartCheckoutRequest = CheckoutRequest;
export type StartCheckoutResponse = CheckoutResponse;
export type StripeWebhookResponse = void;
export type SummarizeAnalysisResponse = Summary;
export type SwitchWorkspaceRequest = Record<string, string> | null;
export type SwitchWorkspaceResponse = MeJSON;
export type TestNotificationChannelResponse = DeliveryView;
export type TriageFindingRequest = TriageRequest;
export type TriageFindingResponse = FindingView;
export type TriageFindingsRequest = BulkTriageRequest;
export type TriageFindingsResponse = BulkTriageResult;
export type UpdateMeRequest = Record<string, string> | null;
export type UpdateMeResponse = MeJSON;
export type UpdateNotificationChannelRequest = ChannelPatch;
export type UpdateNotificationChannelResponse = ChannelView;
export type UpdateRepositoryRequest = UpdateRequest;
export type UpdateRepositoryResponse = Repository;
export type VerifyEmailRequest = Record<string, string> | null;
export type VerifyEmailResponse = StatusJSON;

/** Every operation of the API by operationId. */
export interface Operations {
  /** Join a workspace with an invitation token sent to the caller's email */
  acceptInvitation: {
    method: "POST";
    path: "/api/v1/invitations/accept";
    request: AcceptInvitationRequest;
    response: AcceptInvitationResponse;
  };
  /** Connect a repository by HTTPS clone URL */
  addRepository: {
    method: "POST";
    path: "/api/v1/repositories";
    action: "repositories:manage";
    request: AddRepositoryRequest;
    response: AddRepositoryResponse;
  };
  /** Add a provider key for the workspace's analyses (owner or admin) */
  addWorkspaceAIProvider: {
    method: "POST";
    path: "/api/v1/workspaces/{id}/ai-providers";
    action: "ai:manage";
    params: { id: string };
    request: AddWorkspaceAIProviderRequest;
    response: AddWorkspaceAIProviderResponse;
  };
  /** The audit log, newest first, filtered by actor, action, target and date (instance administrators) */
  adminAuditLog: {
    method: "GET";
    path: "/api/v1/admin/audit";
    query: { actor?: string; action?: string; target?: string; from?: string; to?: string; cursor?: string; limit?: number };
    response: AdminAuditLogResponse;
  };
  /** Check the audit log's hash chain from the first entry (instance administrators) */
  adminAuditVerify: {
    method: "GET";
    path: "/api/v1/admin/audit/verify";
    response: AdminAuditVerifyResponse;
  };
  /** Disable an account and end its sessions */
  adminDisableUser: {
    method: "POST";
    path: "/api/v1/admin/users/{id}/disable";
    params: { id: string };
    response: AdminDisableUserResponse;
  };
  /** Re-enable an account */
  adminEnableUser: {
    method: "POST";
    path: "/api/v1/admin/users/{id}/enable";
    params: { id: string };
    response: AdminEnableUserResponse;
  };
  /** Instance KPIs per UTC day: sign-ups, active users, analyses by tier and outcome, credits sold and spent, AI cost (instance administrators) */
  adminKPIs: {
    method: "GET";
    path: "/api/v1/admin/kpis";
    query: { days?: number };
    response: AdminKPIsResponse;
  };
  /** Accounts, optionally searched by email or name (instance admins) */
  adminListUsers: {
    method: "GET";
    path: "/api/v1/admin/users";
    query: { q?: string; cursor?: string; limit?: number };
    response: AdminListUsersResponse;
  };
  /** Make an account an instance administrator */
  adminMakeAdmin: {
    method: "POST";
    path: "/api/v1/admin/users/{id}/make-admin";
    params: { id: string };
    response: AdminMakeAdminResponse;
  };
  /** Issue a password reset link to hand over (instances without SMTP) */
  adminResetLink: {
    method: "POST";
    path: "/api/v1/admin/users/{id}/reset-link";
    params: { id: string };
    response: AdminResetLinkResponse;
  };
  /** Take the instance administrator role from an account */
  adminRevokeAdmin: {
    method: "POST";
    path: "/api/v1/admin/users/{id}/revoke-admin";
    params: { id: string };
    response: AdminRevokeAdminResponse;
  };
  /** Sign-in attempts, newest first */
  adminSignIns: {
    method: "GET";
    path: "/api/v1/admin/sign-ins";
    query: { user_id?: string; cursor?: string; limit?: number };
    response: AdminSignInsResponse;
  };
  /** Confirm an account's email address on the administrator's word */
  adminVerifyEmail: {
    method: "POST";
    path: "/api/v1/admin/users/{id}/verify-email";
    params: { id: string };
    response: AdminVerifyEmailResponse;
  };
  /** Live progress (Server-Sent Events) */
  analysisEvents: {
    method: "GET";
    path: "/api/v1/analyses/{id}/events";
    action: "analysis:read";
    params: { id: string };
    query: { last_event_id?: number };
    response: AnalysisEventsResponse;
  };
  /** Cancel a queued or running analysis; unused credits are released */
  cancelAnalysis: {
    method: "POST";
    path: "/api/v1/analyses/{id}/cancel";
    action: "analysis:create";
    params: { id: string };
    response: CancelAnalysisResponse;
  };
  /** Change the password (current password required); ends every other session and reset link */
  changePassword: {
    method: "POST";
    path: "/api/v1/auth/password";
    request: ChangePasswordRequest;
    response: ChangePasswordResponse;
  };
  /** New, fixed and unchanged findings versus the previous analysis of the same project */
  compareAnalysis: {
    method: "GET";
    path: "/api/v1/analyses/{id}/compare";
    action: "analysis:read";
    params: { id: string };
    response: CompareAnalysisResponse;
  };
  /** GitHub's return after an installation */
  completeGitHubInstall: {
    method: "GET";
    path: "/api/v1/integrations/github/setup";
    action: "repositories:manage";
    query: { installation_id?: number; code?: string; state?: string };
    response: CompleteGitHubInstallResponse;
  };
  /** Create an API key; the secret is returned once as key */
  createAPIKey: {
    method: "POST";
    path: "/api/v1/api-keys";
    action: "apikeys:manage";
    request: CreateAPIKeyRequest;
    response: CreateAPIKeyResponse;
  };
  /** Start an analysis */
  createAnalysis: {
    method: "POST";
    path: "/api/v1/analyses";
    action: "analysis:create";
    response: CreateAnalysisResponse;
  };
  /** Add a channel (owner or admin) */
  createNotificationChannel: {
    method: "POST";
    path: "/api/v1/integrations/notifications";
    action: "notifications:manage";
    request: CreateNotificationChannelRequest;
    response: CreateNotificationChannelResponse;
  };
  /** Create a team workspace (caller becomes owner) */
  createWorkspace: {
    method: "POST";
    path: "/api/v1/workspaces";
    request: CreateWorkspaceRequest;
    response: CreateWorkspaceResponse;
  };
  /** Delete an analysis, its findings and its source */
  deleteAnalysis: {
    method: "DELETE";
    path: "/api/v1/analyses/{id}";
    action: "analysis:delete";
    params: { id: string };
    response: DeleteAnalysisResponse;
  };
  /** Remove a channel and its delivery log (owner or admin) */
  deleteNotificationChannel: {
    method: "DELETE";
    path: "/api/v1/integrations/notifications/{id}";
    action: "notifications:manage";
    params: { id: string };
    response: DeleteNotificationChannelResponse;
  };
  /** Disconnect a repository */
  deleteRepository: {
    method: "DELETE";
    path: "/api/v1/repositories/{id}";
    action: "repositories:manage";
    params: { id: string };
    response: DeleteRepositoryResponse;
  };
  /** Email a reset link (same answer whether or not the account exists) */
  forgotPassword: {
    method: "POST";
    path: "/api/v1/auth/password/forgot";
    request: ForgotPasswordRequest;
    response: ForgotPasswordResponse;
  };
  /** One analysis: status, counts by severity, score, cost */
  getAnalysis: {
    method: "GET";
    path: "/api/v1/analyses/{id}";
    action: "analysis:read";
    params: { id: string };
    response: GetAnalysisResponse;
  };
  /** Which of the caller's workspaces holds an analysis */
  getAnalysisWorkspace: {
    method: "GET";
    path: "/api/v1/analyses/{id}/workspace";
    action: "analysis:read";
    params: { id: string };
    response: GetAnalysisWorkspaceResponse;
  };
  /** One purchase and the balance */
  getCheckout: {
    method: "GET";
    path: "/api/v1/credits/checkout/{ref}";
    action: "credits:read";
    params: { ref: string };
    response: GetCheckoutResponse;
  };
  /** Balance of the workspace */
  getCredits: {
    method: "GET";
    path: "/api/v1/credits";
    action: "credits:read";
    response: GetCreditsResponse;
  };
  /** The acting workspace at a glance: open critical/high per project, 30-day trend, recent analyses */
  getDashboard: {
    method: "GET";
    path: "/api/v1/dashboard";
    action: "analysis:read";
    response: GetDashboardResponse;
  };
  /** One finding: code, trace, AI verdict and fix, triage history */
  getFinding: {
    method: "GET";
    path: "/api/v1/findings/{id}";
    action: "analysis:read";
    params: { id: string };
    response: GetFindingResponse;
  };
  /** Which of the caller's workspaces holds a finding */
  getFindingWorkspace: {
    method: "GET";
    path: "/api/v1/findings/{id}/workspace";
    action: "analysis:read";
    params: { id: string };
    response: GetFindingWorkspaceResponse;
  };
  /** Liveness: the process serves HTTP */
  getLive: {
    method: "GET";
    path: "/healthz/live";
    response: GetLiveResponse;
  };
  /** Describe the running instance */
  getMeta: {
    method: "GET";
    path: "/api/v1/meta";
    response: GetMetaResponse;
  };
  /** Prometheus metrics */
  getMetrics: {
    method: "GET";
    path: "/metrics";
    response: GetMetricsResponse;
  };
  /** One channel */
  getNotificationChannel: {
    method: "GET";
    path: "/api/v1/integrations/notifications/{id}";
    action: "notifications:manage";
    params: { id: string };
    response: GetNotificationChannelResponse;
  };
  /** This OpenAPI 3.1 document */
  getOpenAPI: {
    method: "GET";
    path: "/api/v1/openapi.json";
    response: GetOpenAPIResponse;
  };
  /** Readiness: the database is reachable and migrated */
  getReady: {
    method: "GET";
    path: "/healthz/ready";
    response: GetReadyResponse;
  };
  /** One repository with its latest scans */
  getRepository: {
    method: "GET";
    path: "/api/v1/repositories/{id}";
    action: "repositories:read";
    params: { id: string };
    response: GetRepositoryResponse;
  };
  /** A workspace (workspace:read) */
  getWorkspace: {
    method: "GET";
    path: "/api/v1/workspaces/{id}";
    action: "workspace:read";
    params: { id: string };
    response: GetWorkspaceResponse;
  };
  /** GitHub App webhook (push, pull_request) */
  githubWebhook: {
    method: "POST";
    path: "/api/v1/webhooks/github";
    response: GithubWebhookResponse;
  };
  /** Grant or revoke credits (instance admins) */
  grantCredits: {
    method: "POST";
    path: "/api/v1/credits/grants";
    request: GrantCreditsRequest;
    response: GrantCreditsResponse;
  };
  /** Install the GitHub App for this workspace */
  installGitHubApp: {
    method: "GET";
    path: "/api/v1/integrations/github/install";
    action: "repositories:manage";
    response: InstallGitHubAppResponse;
  };
  /** Instance AI providers: circuit breaker state, recent errors and latency on the replica that answers (instance administrators) */
  instanceAIHealth: {
    method: "GET";
    path: "/api/v1/admin/ai/health";
    response: InstanceAIHealthResponse;
  };
  /** Invite by email (members:manage); link returned when SMTP is off */
  invite: {
    method: "POST";
    path: "/api/v1/workspaces/{id}/invitations";
    action: "members:manage";
    params: { id: string };
    request: InviteRequest;
    response: InviteResponse;
  };
  /** The caller's API keys in the acting workspace (apikeys:manage) */
  listAPIKeys: {
    method: "GET";
    path: "/api/v1/api-keys";
    action: "apikeys:manage";
    response: ListAPIKeysResponse;
  };
  /** History of the workspace's analyses, newest first */
  listAnalyses: {
    method: "GET";
    path: "/api/v1/analyses";
    action: "analysis:read";
    query: { project?: string; cursor?: string; limit?: number };
    response: ListAnalysesResponse;
  };
  /** Purchases with receipts, newest first */
  listCheckouts: {
    method: "GET";
    path: "/api/v1/credits/checkouts";
    action: "credits:read";
    response: ListCheckoutsResponse;
  };
  /** Findings with server-side filters, sort and cursor pagination */
  listFindings: {
    method: "GET";
    path: "/api/v1/analyses/{id}/findings";
    action: "analysis:read";
    params: { id: string };
    query: { severity?: string; confidence?: string; category?: string; cwe?: string; owasp?: string; file?: string; rule?: string; ai_verdict?: string; triage?: string; search?: string; sort?: string; file_kind?: string; cursor?: string; limit?: number; include?: string };
    response: ListFindingsResponse;
  };
  /** Repositories the workspace's installations reach */
  listGitHubRepositories: {
    method: "GET";
    path: "/api/v1/integrations/github/repositories";
    action: "repositories:read";
    response: ListGitHubRepositoriesResponse;
  };
  /** Pending invitations (members:manage) */
  listInvitations: {
    method: "GET";
    path: "/api/v1/workspaces/{id}/invitations";
    action: "members:manage";
    params: { id: string };
    response: ListInvitationsResponse;
  };
  /** Ledger entries, newest first */
  listLedger: {
    method: "GET";
    path: "/api/v1/credits/ledger";
    action: "credits:read";
    query: { cursor?: string; limit?: number };
    response: ListLedgerResponse;
  };
  /** Members and roles (workspace:read) */
  listMembers: {
    method: "GET";
    path: "/api/v1/workspaces/{id}/members";
    action: "workspace:read";
    params: { id: string };
    response: ListMembersResponse;
  };
  /** The acting workspace's notification channels (Slack, email, webhooks) and the events they may choose */
  listNotificationChannels: {
    method: "GET";
    path: "/api/v1/integrations/notifications";
    action: "notifications:manage";
    response: ListNotificationChannelsResponse;
  };
  /** The channel's delivery log, newest first: status (pending, retrying, delivered, failed), attempts, response code */
  listNotificationDeliveries: {
    method: "GET";
    path: "/api/v1/integrations/notifications/{id}/deliveries";
    action: "notifications:manage";
    params: { id: string };
    query: { cursor?: string; limit?: number };
    response: ListNotificationDeliveriesResponse;
  };
  /** Credit packs for sale */
  listPacks: {
    method: "GET";
    path: "/api/v1/credits/packs";
    action: "credits:read";
    response: ListPacksResponse;
  };
  /** Sign-in methods enabled on this instance */
  listProviders: {
    method: "GET";
    path: "/api/v1/auth/providers";
    response: ListProvidersResponse;
  };
  /** Connected repositories */
  listRepositories: {
    method: "GET";
    path: "/api/v1/repositories";
    action: "repositories:read";
    response: ListRepositoriesResponse;
  };
  /** The caller's active sessions */
  listSessions: {
    method: "GET";
    path: "/api/v1/auth/sessions";
    response: ListSessionsResponse;
  };
  /** The workspace's own AI provider keys (bring your own); keys are never returned, only their last 4 characters */
  listWorkspaceAIProviders: {
    method: "GET";
    path: "/api/v1/workspaces/{id}/ai-providers";
    action: "ai:manage";
    params: { id: string };
    response: ListWorkspaceAIProvidersResponse;
  };
  /** Workspaces the caller belongs to */
  listWorkspaces: {
    method: "GET";
    path: "/api/v1/workspaces";
    response: ListWorkspacesResponse;
  };
  /** Sign in with email and password */
  login: {
    method: "POST";
    path: "/api/v1/auth/login";
    request: LoginRequest;
    response: LoginResponse;
  };
  /** Sign out this browser (needs X-CSRF-Token) */
  logout: {
    method: "POST";
    path: "/api/v1/auth/logout";
    response: LogoutResponse;
  };
  /** The caller, the acting workspace and all workspaces */
  me: {
    method: "GET";
    path: "/api/v1/auth/me";
    response: MeResponse;
  };
  /** Provider callback; signs in and redirects to next */
  oauthCallback: {
    method: "GET";
    path: "/api/v1/auth/oauth/{provider}/callback";
    params: { provider: string };
    query: { code?: string; state?: string; error?: string };
    response: OauthCallbackResponse;
  };
  /** Start GitHub or Google sign-in (redirects to the provider) */
  oauthStart: {
    method: "GET";
    path: "/api/v1/auth/oauth/{provider}/start";
    params: { provider: string };
    query: { next?: string };
    response: OauthStartResponse;
  };
  /** Check an upload and estimate its cost */
  quoteAnalysis: {
    method: "POST";
    path: "/api/v1/analyses/quote";
    action: "analysis:create";
    response: QuoteAnalysisResponse;
  };
  /** Price an analysis */
  quoteCredits: {
    method: "POST";
    path: "/api/v1/credits/quote";
    action: "credits:read";
    request: QuoteCreditsRequest;
    response: QuoteCreditsResponse;
  };
  /** Rotate the refresh token and get a new access token */
  refreshSession: {
    method: "POST";
    path: "/api/v1/auth/refresh";
    response: RefreshSessionResponse;
  };
  /** Ask for an account with email and password (then sign in with /auth/login) */
  register: {
    method: "POST";
    path: "/api/v1/auth/register";
    request: RegisterRequest;
    response: RegisterResponse;
  };
  /** Remove a member (members:manage) or leave */
  removeMember: {
    method: "DELETE";
    path: "/api/v1/workspaces/{id}/members/{user_id}";
    action: "members:manage";
    params: { id: string; user_id: string };
    response: RemoveMemberResponse;
  };
  /** Remove one of the workspace's provider keys (owner or admin) */
  removeWorkspaceAIProvider: {
    method: "DELETE";
    path: "/api/v1/workspaces/{id}/ai-providers/{provider_id}";
    action: "ai:manage";
    params: { id: string; provider_id: string };
    response: RemoveWorkspaceAIProviderResponse;
  };
  /** Rename a workspace (workspace:manage) */
  renameWorkspace: {
    method: "PATCH";
    path: "/api/v1/workspaces/{id}";
    action: "workspace:manage";
    params: { id: string };
    request: RenameWorkspaceRequest;
    response: RenameWorkspaceResponse;
  };
  /** Export the report as csv */
  reportcsv: {
    method: "GET";
    path: "/api/v1/analyses/{id}/report.csv";
    action: "analysis:read";
    params: { id: string };
    response: ReportcsvResponse;
  };
  /** Export the report as html */
  reporthtml: {
    method: "GET";
    path: "/api/v1/analyses/{id}/report.html";
    action: "analysis:read";
    params: { id: string };
    response: ReporthtmlResponse;
  };
  /** Export the report as json */
  reportjson: {
    method: "GET";
    path: "/api/v1/analyses/{id}/report.json";
    action: "analysis:read";
    params: { id: string };
    response: ReportjsonResponse;
  };
  /** Export the report as pdf */
  reportpdf: {
    method: "GET";
    path: "/api/v1/analyses/{id}/report.pdf";
    action: "analysis:read";
    params: { id: string };
    response: ReportpdfResponse;
  };
  /** Export the report as sarif */
  reportsarif: {
    method: "GET";
    path: "/api/v1/analyses/{id}/report.sarif";
    action: "analysis:read";
    params: { id: string };
    response: ReportsarifResponse;
  };
  /** Email the caller a new confirmation link */
  resendVerification: {
    method: "POST";
    path: "/api/v1/auth/verify-email/resend";
    response: ResendVerificationResponse;
  };
  /** Set a new password with a single-use reset token; ends all sessions */
  resetPassword: {
    method: "POST";
    path: "/api/v1/auth/password/reset";
    request: ResetPasswordRequest;
    response: ResetPasswordResponse;
  };
  /** Revoke one of the caller's API keys */
  revokeAPIKey: {
    method: "DELETE";
    path: "/api/v1/api-keys/{id}";
    action: "apikeys:manage";
    params: { id: string };
    response: RevokeAPIKeyResponse;
  };
  /** Withdraw an invitation (members:manage) */
  revokeInvitation: {
    method: "DELETE";
    path: "/api/v1/workspaces/{id}/invitations/{invitation_id}";
    action: "members:manage";
    params: { id: string; invitation_id: string };
    response: RevokeInvitationResponse;
  };
  /** End one of the caller's sessions */
  revokeSession: {
    method: "DELETE";
    path: "/api/v1/auth/sessions/{id}";
    params: { id: string };
    response: RevokeSessionResponse;
  };
  /** Scan a branch or tag now */
  scanRepository: {
    method: "POST";
    path: "/api/v1/repositories/{id}/scan";
    params: { id: string };
    request: ScanRepositoryRequest;
    response: ScanRepositoryResponse;
  };
  /** Change a member's role (members:manage) */
  setMemberRole: {
    method: "PATCH";
    path: "/api/v1/workspaces/{id}/members/{user_id}";
    action: "members:manage";
    params: { id: string; user_id: string };
    request: SetMemberRoleRequest;
    response: SetMemberRoleResponse;
  };
  /** End every session of the caller */
  signOutEverywhere: {
    method: "POST";
    path: "/api/v1/auth/sessions/revoke-all";
    response: SignOutEverywhereResponse;
  };
  /** Buy a credit pack */
  startCheckout: {
    method: "POST";
    path: "/api/v1/credits/checkout";
    action: "credits:purchase";
    request: StartCheckoutRequest;
    response: StartCheckoutResponse;
  };
  /** Stripe events */
  stripeWebhook: {
    method: "POST";
    path: "/api/v1/webhooks/stripe";
    response: StripeWebhookResponse;
  };
  /** Counts over all findings by severity, CWE, OWASP category, rule and file */
  summarizeAnalysis: {
    method: "GET";
    path: "/api/v1/analyses/{id}/summary";
    action: "analysis:read";
    params: { id: string };
    query: { scope?: string; top?: number; file_kind?: string };
    response: SummarizeAnalysisResponse;
  };
  /** Remember the current workspace (the header's workspace switcher) */
  switchWorkspace: {
    method: "PUT";
    path: "/api/v1/auth/me/workspace";
    request: SwitchWorkspaceRequest;
    response: SwitchWorkspaceResponse;
  };
  /** Send a test event now */
  testNotificationChannel: {
    method: "POST";
    path: "/api/v1/integrations/notifications/{id}/test";
    action: "notifications:manage";
    params: { id: string };
    response: TestNotificationChannelResponse;
  };
  /** Triage a finding (sticks to its fingerprint in the project, audited) */
  triageFinding: {
    method: "PATCH";
    path: "/api/v1/findings/{id}";
    action: "analysis:triage";
    params: { id: string };
    request: TriageFindingRequest;
    response: TriageFindingResponse;
  };
  /** Triage several findings of an analysis with one decision and one reason */
  triageFindings: {
    method: "POST";
    path: "/api/v1/analyses/{id}/triage";
    action: "analysis:triage";
    params: { id: string };
    request: TriageFindingsRequest;
    response: TriageFindingsResponse;
  };
  /** Change the display name */
  updateMe: {
    method: "PATCH";
    path: "/api/v1/auth/me";
    request: UpdateMeRequest;
    response: UpdateMeResponse;
  };
  /** Rename a channel, choose its events, pause it or replace its URL or address (owner or admin) */
  updateNotificationChannel: {
    method: "PATCH";
    path: "/api/v1/integrations/notifications/{id}";
    action: "notifications:manage";
    params: { id: string };
    request: UpdateNotificationChannelRequest;
    response: UpdateNotificationChannelResponse;
  };
  /** Change a repository's settings */
  updateRepository: {
    method: "PATCH";
    path: "/api/v1/repositories/{id}";
    action: "repositories:manage";
    params: { id: string };
    request: UpdateRepositoryRequest;
    response: UpdateRepositoryResponse;
  };
  /** Confirm an email address with the single-use link's token */
  verifyEmail: {
    method: "POST";
    path: "/api/v1/auth/verify-email";
    request: VerifyEmailRequest;
    response: VerifyEmailResponse;
  };
}
