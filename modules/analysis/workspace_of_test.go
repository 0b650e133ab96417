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

// TestWorkspaceOf: the workspace of an analysis is told to a caller who
// may read it there, whichever workspace the request acts in; anyone else
// gets the same 404 as for an analysis that does not exist.
func TestWorkspaceOf(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		team, personal, stranger := store.NewID(), store.NewID(), store.NewID()
		const (
			both  = "0190f0f0-0000-7000-8000-0000000000b1" // viewer in team, owner of personal
			other = "0190f0f0-0000-7000-8000-0000000000b2" // only in stranger
		)
		m := memberships{both: {team: "viewer", personal: "owner"}, other: {stranger: "owner"}}
		e := newEnvWith(t, db, false, func(d *Deps) { d.Authorizer = m; d.Workspaces = m })
		e.ws = team
		in := principal.With(context.Background(), &principal.Principal{UserID: both, WorkspaceID: team, Role: "viewer"})
		m[both][team] = "member" // to create it
		c, err := e.svc.Create(in, &Request{Tier: TierStatic, Source: Source{Kind: "paste", Parts: []intake.Part{{Name: "a.py", Data: []byte(vulnPy)}}}})
		if err != nil {
			t.Fatal(err)
		}
		m[both][team] = "viewer"
		as := func(user, ws, key string) context.Context {
			return principal.With(context.Background(), &principal.Principal{UserID: user, WorkspaceID: ws, Role: m[user][ws], APIKeyID: key})
		}
		notFound := func() error {
			_, err := e.svc.Get(as(other, stranger, ""), store.NewID())
			return err
		}()
		tests := []struct {
			name string
			ctx  context.Context
			id   string
			want string // workspace id, or "" for an error
			err  error
		}{
			{"acting in the same workspace", as(both, team, ""), c.ID, team, nil},
			{"acting in another of the caller's workspaces", as(both, personal, ""), c.ID, team, nil},
			{"not a member of its workspace", as(other, stranger, ""), c.ID, "", notFound},
			{"an API key of another workspace", as(both, personal, "key"), c.ID, "", notFound},
			{"an API key of its workspace", as(both, team, "key"), c.ID, team, nil},
			{"no such analysis", as(both, personal, ""), store.NewID(), "", notFound},
			{"not a UUID", as(both, personal, ""), "nope", "", notFound},
			{"not signed in", context.Background(), c.ID, "", errs.New(errs.KindUnauthorized, "sign in first")},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, err := e.svc.WorkspaceOf(tt.ctx, tt.id)
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
	})
}
