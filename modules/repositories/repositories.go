package repositories

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"vigil/modules/repositories/internal/review"
	"vigil/modules/repositories/internal/store"
	"vigil/platform/errs"
)

// Tiers a repository may scan with (the analysis module's).
var Tiers = []string{"static", "standard", "deep"}

// Schedules a repository may have: none, daily or weekly.
var Schedules = []string{"", "daily", "weekly"}

// AddRequest connects a repository on any git host by its HTTPS clone URL.
type AddRequest struct {
	URL string `json:"url" validate:"required,max=2000"`
	// Token is an access token for a private repository (sent as basic
	// auth, user x-access-token); sealed at rest, never returned.
	Token string `json:"token,omitempty" validate:"max=1000"`
}

// UpdateRequest changes a repository's settings; absent fields stay.
// An empty token string removes the token.
type UpdateRequest struct {
	Name          *string `json:"name,omitempty" validate:"omitempty,min=1,max=200"`
	DefaultBranch *string `json:"default_branch,omitempty" validate:"omitempty,max=250"`
	Token         *string `json:"token,omitempty" validate:"omitempty,max=1000"`
	Watched       *bool   `json:"watched,omitempty"`
	Tier          *string `json:"tier,omitempty"`
	MonthlyBudget *int64  `json:"monthly_budget,omitempty" validate:"omitempty,min=0,max=100000000"`
	Schedule      *string `json:"schedule,omitempty"`
	// ReviewThreshold: critical, high, medium, low or info.
	ReviewThreshold *string `json:"review_threshold,omitempty"`
	// SARIFUpload turns the upload of scans' SARIF (default-branch pushes,
	// manual and scheduled scans) to GitHub code scanning on or off
	// (GitHub repositories only).
	SARIFUpload *bool `json:"sarif_upload,omitempty"`
}

// notFound hides repositories of other workspaces and missing ones alike.
func notFound(err error) error {
	if errors.Is(err, store.ErrNotFound) {
		return errs.NotFound("repository")
	}
	return err
}

// List returns the caller's workspace's repositories.
func (s *Service) List(ctx context.Context) (*RepositoryList, error) {
	p, err := s.authorize(ctx, ActionRead)
	if err != nil {
		return nil, err
	}
	rs, err := s.store.List(ctx, p.WorkspaceID)
	if err != nil {
		return nil, err
	}
	out := &RepositoryList{Repositories: make([]Repository, 0, len(rs))}
	for i := range rs {
		out.Repositories = append(out.Repositories, viewOf(&rs[i]))
	}
	return out, nil
}

// normalizeURL checks a clone URL and returns it canonical (lower-case
// scheme and host, no trailing slash) with its display name.
func (s *Service) normalizeURL(raw string) (string, string, error) {
	raw = strings.TrimSpace(raw)
	if err := s.fetch.CheckURL(raw); err != nil {
		return "", "", errs.Invalid("invalid repository URL", errs.FieldError{Field: "url", Message: "must be an http(s) clone URL without credentials, query or fragment, on a host Vigil may reach (" + err.Error() + ")"})
	}
	u, _ := url.Parse(raw)
	u.Scheme, u.Host = strings.ToLower(u.Scheme), strings.ToLower(u.Host)
	u.Path = strings.TrimRight(u.Path, "/")
	if u.Path == "" {
		return "", "", errs.Invalid("invalid repository URL", errs.FieldError{Field: "url", Message: "must name a repository path"})
	}
	name := u.Host + strings.TrimSuffix(u.Path, ".git")
	return u.String(), name, nil
}

// sealToken seals token bound to the repository id.
func (s *Service) sealToken(id, token string) (sealed, last4 string, err error) {
	if token == "" {
		return "", "", nil
	}
	sealed, err = s.d.Sealer.Seal([]byte(token), "repositories:token:"+id)
	if err != nil {
		return "", "", fmt.Errorf("repositories: seal token: %w", err)
	}
	if len(token) >= 8 {
		last4 = token[len(token)-4:]
	}
	return sealed, last4, nil
}

// Add connects a repository by clone URL. It does not contact the host:
// the first scan does (so adding never waits on a slow host).
func (s *Service) Add(ctx context.Context, r AddRequest) (*Repository, error) {
	p, err := s.authorize(ctx, ActionManage)
	if err != nil {
		return nil, err
	}
	u, name, err := s.normalizeURL(r.URL)
	if err != nil {
		return nil, err
	}
	now := s.d.Now().UTC()
	rep := &store.Repository{
		ID: store.NewID(), WorkspaceID: p.WorkspaceID, Provider: store.ProviderGit, URL: u, Name: name,
		Watched: true, Tier: "static", ReviewThreshold: "high", CreatedBy: p.UserID, CreatedAt: now, UpdatedAt: now,
	}
	// A repository one of the workspace's App installations reaches is
	// connected through the App (installation tokens, webhooks, reviews).
	in, err := s.matchInstalled(ctx, p.WorkspaceID, u)
	if err != nil {
		return nil, err
	}
	if in != nil {
		rep.Provider, rep.InstallationID, rep.GitHubID, rep.FullName = store.ProviderGitHub, in.InstallationID, in.GitHubID, in.FullName
		rep.URL, rep.Name, rep.DefaultBranch = in.URL, in.FullName, in.DefaultBranch
		if r.Token != "" {
			return nil, errs.Invalid("invalid repository", errs.FieldError{Field: "token", Message: "not needed: the GitHub App installation gives access"})
		}
	}
	if rep.TokenSealed, rep.TokenLast4, err = s.sealToken(rep.ID, r.Token); err != nil {
		return nil, err
	}
	if err := s.store.Create(ctx, rep); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return nil, errs.New(errs.KindConflict, "this repository is already connected to the workspace")
		}
		return nil, err
	}
	v := viewOf(rep)
	return &v, nil
}

// Get returns one repository with its latest 50 scans.
func (s *Service) Get(ctx context.Context, id string) (*RepositoryDetail, error) {
	p, err := s.authorize(ctx, ActionRead)
	if err != nil {
		return nil, err
	}
	r, err := s.store.Get(ctx, p.WorkspaceID, id)
	if err != nil {
		return nil, notFound(err)
	}
	scans, err := s.store.Scans(ctx, p.WorkspaceID, id, 50)
	if err != nil {
		return nil, err
	}
	d := &RepositoryDetail{Repository: viewOf(r), Scans: make([]Scan, 0, len(scans))}
	for i := range scans {
		d.Scans = append(d.Scans, scanOf(&scans[i]))
	}
	s.tally(ctx, p.WorkspaceID, d.Scans)
	return d, nil
}

// tally adds each scan's analysis status and counts. The history is
// still worth showing without them: a failure is logged, not returned.
func (s *Service) tally(ctx context.Context, ws string, scans []Scan) {
	if s.d.Tallies == nil {
		return
	}
	ids := make([]string, 0, len(scans))
	for _, sc := range scans {
		if sc.AnalysisID != "" {
			ids = append(ids, sc.AnalysisID)
		}
	}
	if len(ids) == 0 {
		return
	}
	ts, err := s.d.Tallies.Tallies(ctx, ws, ids)
	if err != nil {
		s.log.WarnContext(ctx, "read scan tallies", "error", err.Error())
		return
	}
	for i := range scans {
		t, ok := ts[scans[i].AnalysisID]
		if !ok {
			continue
		}
		scans[i].AnalysisStatus = t.Status
		if t.Status == "completed" {
			c := t.Counts
			scans[i].Counts = &c
		}
	}
}

// Update changes a repository's settings.
func (s *Service) Update(ctx context.Context, id string, u UpdateRequest) (*Repository, error) {
	p, err := s.authorize(ctx, ActionManage)
	if err != nil {
		return nil, err
	}
	var fe []errs.FieldError
	if u.Tier != nil && !slices.Contains(Tiers, *u.Tier) {
		fe = append(fe, errs.FieldError{Field: "tier", Message: "must be one of static, standard, deep"})
	}
	if u.Schedule != nil && !slices.Contains(Schedules, *u.Schedule) {
		fe = append(fe, errs.FieldError{Field: "schedule", Message: `must be "", "daily" or "weekly"`})
	}
	if u.ReviewThreshold != nil && !slices.Contains(review.Severities, *u.ReviewThreshold) {
		fe = append(fe, errs.FieldError{Field: "review_threshold", Message: "must be one of critical, high, medium, low, info"})
	}
	if u.DefaultBranch != nil && !validRef(*u.DefaultBranch) {
		fe = append(fe, errs.FieldError{Field: "default_branch", Message: "is not a valid branch name"})
	}
	if len(fe) > 0 {
		return nil, errs.Invalid("invalid repository settings", fe...)
	}
	r, err := s.store.Get(ctx, p.WorkspaceID, id)
	if err != nil {
		return nil, notFound(err)
	}
	if u.Name != nil {
		r.Name = strings.TrimSpace(*u.Name)
	}
	if u.DefaultBranch != nil {
		r.DefaultBranch = *u.DefaultBranch
	}
	if u.Token != nil {
		if r.Provider != store.ProviderGit {
			return nil, errs.Invalid("invalid repository settings", errs.FieldError{Field: "token", Message: "GitHub App repositories use installation tokens"})
		}
		if r.TokenSealed, r.TokenLast4, err = s.sealToken(r.ID, *u.Token); err != nil {
			return nil, err
		}
	}
	if u.Watched != nil {
		r.Watched = *u.Watched
	}
	if u.Tier != nil {
		r.Tier = *u.Tier
	}
	if u.MonthlyBudget != nil {
		r.MonthlyBudget = *u.MonthlyBudget
	}
	if u.Schedule != nil {
		r.Schedule = *u.Schedule
	}
	if u.ReviewThreshold != nil {
		r.ReviewThreshold = *u.ReviewThreshold
	}
	if u.SARIFUpload != nil {
		if *u.SARIFUpload && r.Provider != store.ProviderGitHub {
			return nil, errs.Invalid("invalid repository settings", errs.FieldError{Field: "sarif_upload", Message: "is for GitHub App repositories (code scanning is GitHub's)"})
		}
		r.SARIFUpload = *u.SARIFUpload
	}
	r.UpdatedAt = s.d.Now().UTC()
	if err := s.store.Update(ctx, r); err != nil {
		return nil, notFound(err)
	}
	v := viewOf(r)
	return &v, nil
}

// Delete disconnects a repository and forgets its scan history (the
// analyses themselves stay, in the analysis module).
func (s *Service) Delete(ctx context.Context, id string) error {
	p, err := s.authorize(ctx, ActionManage)
	if err != nil {
		return err
	}
	return notFound(s.d.DB.WithTx(ctx, func(ctx context.Context) error {
		return s.store.Delete(ctx, p.WorkspaceID, id)
	}))
}
