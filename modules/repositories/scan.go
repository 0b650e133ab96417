package repositories

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"vigil/modules/repositories/internal/gitfetch"
	"vigil/modules/repositories/internal/store"
	"vigil/platform/errs"
	"vigil/platform/netguard"
)

// ScanRequest names the ref to scan; empty is the repository's default
// branch (or the remote's HEAD when none is set).
type ScanRequest struct {
	Ref string `json:"ref" validate:"max=250"`
}

// ScanStarted is the analysis a scan started, with the scan's record.
type ScanStarted struct {
	Started
	RepositoryID string `json:"repository_id"`
	ScanID       string `json:"scan_id"`
	Ref          string `json:"ref"`
	Commit       string `json:"commit"`
}

func validRef(ref string) bool { return gitfetch.ValidRef(ref) }

// Scan fetches ref of the repository and starts its analysis for the
// caller (who needs repositories:read here and analysis:create in the
// analysis module, as for an upload).
func (s *Service) Scan(ctx context.Context, id string, r ScanRequest) (*ScanStarted, error) {
	p, err := s.authorize(ctx, ActionRead)
	if err != nil {
		return nil, err
	}
	// Checked before the fetch so nobody clones on a key that may not
	// analyse; the analysis module checks it again when starting.
	if err := s.d.Authorizer.Can(ctx, p, p.WorkspaceID, actionStartAnalysis); err != nil {
		return nil, err
	}
	if !validRef(r.Ref) {
		return nil, errs.Invalid("invalid ref", errs.FieldError{Field: "ref", Message: "is not a valid branch or tag name"})
	}
	rep, err := s.store.Get(ctx, p.WorkspaceID, id)
	if err != nil {
		return nil, notFound(err)
	}
	// The history names who started it as people read it.
	by := p.Email
	if by == "" {
		by = p.UserID
	}
	st, err := s.scanCommit(ctx, rep, r.Ref, r.Ref, store.TriggerManual, 0, by, func(src Source) (Started, error) {
		return s.d.Analyses.Start(ctx, src)
	})
	if err != nil {
		return nil, err
	}
	// The scan started: a failure to schedule its upload is recorded on
	// the scan, not the caller's error.
	if err := s.enqueueSARIF(ctx, rep, st, r.Ref); err != nil {
		s.log.ErrorContext(ctx, "schedule SARIF upload", "scan_id", st.ScanID, "error", err.Error())
	}
	return st, nil
}

// scanCommit records the scan, fetches the tree at ref (a branch, tag or
// commit; the default branch when empty) into a temporary file and hands
// it to start; the record, under label (ref when empty), ends with the
// analysis id or why none started.
func (s *Service) scanCommit(ctx context.Context, rep *store.Repository, ref, label, trigger string, pr int, by string, start func(Source) (Started, error)) (*ScanStarted, error) {
	if ref == "" {
		ref = rep.DefaultBranch
	}
	if label == "" {
		label = ref
	}
	sc := &store.Scan{ID: store.NewID(), RepositoryID: rep.ID, WorkspaceID: rep.WorkspaceID, Ref: label, Trigger: trigger,
		PRNumber: pr, TriggeredBy: by, Status: "fetching", CreatedAt: s.d.Now().UTC()}
	if err := s.store.AddScan(ctx, sc); err != nil {
		return nil, err
	}
	var started Started
	var commit string
	err := s.withinBudget(ctx, rep)
	if err == nil {
		started, commit, err = s.fetchAndStart(ctx, rep, ref, label, start)
	}
	status, msg := "started", ""
	if err != nil {
		status, msg = "failed", publicMessage(err)
	}
	if ferr := s.store.FinishScan(context.WithoutCancel(ctx), sc.ID, started.ID, commit, status, msg, started.Credits); ferr != nil {
		s.log.ErrorContext(ctx, "record scan outcome", "scan_id", sc.ID, "error", ferr)
	}
	if err != nil {
		return nil, err
	}
	return &ScanStarted{Started: started, RepositoryID: rep.ID, ScanID: sc.ID, Ref: label, Commit: commit}, nil
}

func (s *Service) fetchAndStart(ctx context.Context, rep *store.Repository, ref, label string, start func(Source) (Started, error)) (Started, string, error) {
	f, err := os.CreateTemp("", "vigil-repo-*.tar.gz")
	if err != nil {
		return Started{}, "", fmt.Errorf("repositories: %w", err)
	}
	defer func() { f.Close(); os.Remove(f.Name()) }()
	var commit string
	if rep.Provider == store.ProviderGitHub {
		commit, err = s.fetchGitHub(ctx, rep, ref, f)
	} else {
		commit, err = s.fetchGit(ctx, rep, ref, f)
	}
	if err != nil {
		return Started{}, "", err
	}
	size, err := f.Seek(0, io.SeekCurrent)
	if err != nil {
		return Started{}, "", fmt.Errorf("repositories: %w", err)
	}
	if label == "" {
		label = "HEAD"
	}
	st, err := start(Source{Name: rep.Name + "@" + label, Project: rep.Name, Tier: rep.Tier, Archive: f, Size: size})
	return st, commit, err
}

// fetchGit clones ref of a generic git repository into w as a .tar.gz.
func (s *Service) fetchGit(ctx context.Context, rep *store.Repository, ref string, w io.Writer) (string, error) {
	token := ""
	if rep.TokenSealed != "" {
		b, err := s.d.Sealer.Open(rep.TokenSealed, "repositories:token:"+rep.ID)
		if err != nil {
			return "", fmt.Errorf("repositories: open token: %w", err)
		}
		token = string(b)
	}
	commit, err := s.fetch.Fetch(ctx, gitfetch.Request{URL: rep.URL, Token: token, Ref: ref}, w)
	if err != nil {
		return "", fetchError(err)
	}
	return commit, nil
}

// fetchError turns a fetch failure into what the user can act on.
func fetchError(err error) error {
	switch {
	case errors.Is(err, gitfetch.ErrInvalidRef):
		return errs.Invalid("unknown ref", errs.FieldError{Field: "ref", Message: "no such branch or tag in the repository"})
	case errors.Is(err, gitfetch.ErrTooLarge):
		return errs.New(errs.KindTooLarge, "the repository is larger than this instance accepts for one analysis")
	case errors.Is(err, netguard.ErrBlocked):
		return errs.New(errs.KindInvalid, "the repository's host resolves to an address Vigil may not reach")
	}
	return errs.Wrap(errs.KindUnavailable, err, "the repository could not be fetched: "+err.Error())
}

// publicMessage is what the scan history shows for a failure: a typed
// error's message (and its first field's), never internals.
func publicMessage(err error) string {
	var e *errs.Error
	if !errors.As(err, &e) {
		return "internal error"
	}
	if len(e.Fields) > 0 {
		return e.Message + ": " + e.Fields[0].Field + " " + e.Fields[0].Message
	}
	return e.Message
}

// withinBudget refuses a scan once the repository's monthly budget is
// spent: the credits its analyses may charge this calendar month (UTC)
// reached it. The refused scan starts nothing and charges nothing.
func (s *Service) withinBudget(ctx context.Context, rep *store.Repository) error {
	if rep.MonthlyBudget <= 0 {
		return nil
	}
	now := s.d.Now().UTC()
	spent, err := s.store.CreditsSince(ctx, rep.ID, time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		return err
	}
	if spent >= rep.MonthlyBudget {
		return errs.New(errs.KindPaymentRequired, "the repository's monthly budget of %d credits is spent (%d this month); raise it or wait for next month", rep.MonthlyBudget, spent)
	}
	return nil
}
