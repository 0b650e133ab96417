package analysis

import (
	"context"
	"errors"
	"testing"

	"vigil/modules/analysis/internal/intake"
	"vigil/modules/analysis/internal/store"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/errs"
	"vigil/platform/principal"
)

// memberships is an authorizer for callers in several workspaces, as
// auth.Service.Can decides: a role per user and workspace, an API key only
// in its own workspace, not a member → not found.
type memberships map[string]map[string]string // user → workspace → role

func (m memberships) Can(ctx context.Context, p *principal.Principal, ws, action string) error {
	if p == nil || p.UserID == "" {
		return errs.New(errs.KindUnauthorized, "sign in first")
	}
	role, ok := m[p.UserID][ws]
	if !ok || (p.APIKeyID != "" && ws != p.WorkspaceID) {
		return errs.NotFound("workspace")
	}
	q := *p
	q.Role, q.WorkspaceID = role, ws
	return permissions.Can(ctx, &q, ws, action)
}

// WorkspaceName names every workspace after its id.
func (m memberships) WorkspaceName(_ context.Context, _ *principal.Principal, ws string) (string, error) {
	return "name of " + ws, nil
}

// holders is the fixture of TestWorkspaceOf and TestWorkspaceOfFinding:
// one analysis of vulnPy (run when scanned) in workspace team, a user
// (both) who is a viewer there and the owner of personal, and another
// (other) who is only in stranger.
type holders struct {
	e                        *env
	m                        memberships
	team, personal, stranger string
	analysis                 string
}

const (
	holderBoth  = "0190f0f0-0000-7000-8000-0000000000b1"
	holderOther = "0190f0f0-0000-7000-8000-0000000000b2"
)

func newHolders(t *testing.T, db *database.DB, scanned bool) *holders {
	t.Helper()
	h := &holders{team: store.NewID(), personal: store.NewID(), stranger: store.NewID()}
	h.m = memberships{holderBoth: {h.team: "viewer", h.personal: "owner"}, holderOther: {h.stranger: "owner"}}
	h.e = newEnvWith(t, db, false, func(d *Deps) { d.Authorizer = h.m; d.Workspaces = h.m })
	h.e.ws = h.team
	h.m[holderBoth][h.team] = "member" // to create it
	c, err := h.e.svc.Create(h.as(holderBoth, h.team, ""), &Request{Tier: TierStatic, Source: Source{Kind: "paste", Parts: []intake.Part{{Name: "a.py", Data: []byte(vulnPy)}}}})
	if err != nil {
		t.Fatal(err)
	}
	h.m[holderBoth][h.team] = "viewer"
	h.analysis = c.ID
	if scanned {
		if err := h.e.svc.Run(context.Background(), c.ID); err != nil {
			t.Fatal(err)
		}
	}
	return h
}

// as acts as user in ws with the role the user has there (with an API key
// when key is set).
func (h *holders) as(user, ws, key string) context.Context {
	return principal.With(context.Background(), &principal.Principal{UserID: user, WorkspaceID: ws, Role: h.m[user][ws], APIKeyID: key})
}

type holderCase struct {
	name string
	ctx  context.Context
	id   string
	want string // workspace id, or "" for an error
	err  error
}

// checkHolders runs cases against lookup (WorkspaceOf or WorkspaceOfFinding).
func checkHolders(t *testing.T, tests []holderCase, lookup func(context.Context, string) (*AnalysisWorkspace, error)) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := lookup(tt.ctx, tt.id)
			if tt.err != nil {
				var want, have *errs.Error
				if !errors.As(tt.err, &want) || !errors.As(err, &have) || have.Kind != want.Kind || have.Error() != want.Error() {
					t.Fatalf("err %v; want %v", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.ID != tt.want || got.Name != "name of "+tt.want {
				t.Fatalf("got %+v; want workspace %s", got, tt.want)
			}
		})
	}
}

// TestWorkspaceOf: the workspace of an analysis is told to a caller who
// may read it there, whichever workspace the request acts in; anyone else
// gets the same 404 as for an analysis that does not exist.
func TestWorkspaceOf(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h := newHolders(t, db, false)
		team, personal, stranger, id := h.team, h.personal, h.stranger, h.analysis
		notFound := func() error {
			_, err := h.e.svc.Get(h.as(holderOther, stranger, ""), store.NewID())
			return err
		}()
		checkHolders(t, []holderCase{
			{"acting in the same workspace", h.as(holderBoth, team, ""), id, team, nil},
			{"acting in another of the caller's workspaces", h.as(holderBoth, personal, ""), id, team, nil},
			{"not a member of its workspace", h.as(holderOther, stranger, ""), id, "", notFound},
			{"an API key of another workspace", h.as(holderBoth, personal, "key"), id, "", notFound},
			{"an API key of its workspace", h.as(holderBoth, team, "key"), id, team, nil},
			{"no such analysis", h.as(holderBoth, personal, ""), store.NewID(), "", notFound},
			{"not a UUID", h.as(holderBoth, personal, ""), "nope", "", notFound},
			{"not signed in", context.Background(), id, "", errs.New(errs.KindUnauthorized, "sign in first")},
		}, h.e.svc.WorkspaceOf)
	})
}

// TestWorkspaceOfFinding: the same for a finding (GET
// /findings/{id}/workspace): its workspace is told to a caller who may
// read it there, anyone else gets the same 404 as getFinding answers for
// a finding that does not exist; an analysis id is not a finding id.
func TestWorkspaceOfFinding(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h := newHolders(t, db, true)
		team, personal, stranger := h.team, h.personal, h.stranger
		a, err := h.e.svc.store.Analysis(context.Background(), team, h.analysis)
		if err != nil {
			t.Fatal(err)
		}
		all, err := h.e.svc.store.AllFindings(context.Background(), a)
		if err != nil || len(all) == 0 {
			t.Fatalf("%d findings, %v: the fixture needs one", len(all), err)
		}
		id := all[0].ID
		notFound := func() error {
			_, err := h.e.svc.Finding(h.as(holderOther, stranger, ""), store.NewID())
			return err
		}()
		checkHolders(t, []holderCase{
			{"acting in the same workspace", h.as(holderBoth, team, ""), id, team, nil},
			{"acting in another of the caller's workspaces", h.as(holderBoth, personal, ""), id, team, nil},
			{"not a member of its workspace", h.as(holderOther, stranger, ""), id, "", notFound},
			{"an API key of another workspace", h.as(holderBoth, personal, "key"), id, "", notFound},
			{"an API key of its workspace", h.as(holderBoth, team, "key"), id, team, nil},
			{"no such finding", h.as(holderBoth, personal, ""), store.NewID(), "", notFound},
			{"an analysis id", h.as(holderBoth, personal, ""), h.analysis, "", notFound},
			{"not a UUID", h.as(holderBoth, personal, ""), "nope", "", notFound},
			{"not signed in", context.Background(), id, "", errs.New(errs.KindUnauthorized, "sign in first")},
		}, h.e.svc.WorkspaceOfFinding)
	})
}
