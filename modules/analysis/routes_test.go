package analysis

import (
	"context"
	"regexp"
	"sync"
	"testing"

	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/principal"
)

// recordingAuthorizer is roleAuthorizer remembering the actions asked for.
type recordingAuthorizer struct {
	roleAuthorizer
	mu      sync.Mutex
	actions []string
}

func (r *recordingAuthorizer) Can(ctx context.Context, p *principal.Principal, ws, action string) error {
	r.mu.Lock()
	r.actions = append(r.actions, action)
	r.mu.Unlock()
	return r.roleAuthorizer.Can(ctx, p, ws, action)
}

func (r *recordingAuthorizer) take() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := r.actions
	r.actions = nil
	return out
}

// TestRouteActionsAreAuthorized keeps the route table honest: the action
// a route declares (x-vigil-action in the document) is the first one its
// handler asks the authorizer about, and a route without one asks none.
func TestRouteActionsAreAuthorized(t *testing.T) {
	t.Parallel()
	rec := &recordingAuthorizer{}
	a := newAPIWith(t, dbtest.Open(t, database.SQLite), config.HTTP{BodyLimit: "1M", UploadLimit: "20M"},
		func(d *Deps) { d.Authorizer = rec })
	param := regexp.MustCompile(`:[a-z_]+`)
	for _, r := range a.svc.Routes() {
		t.Run(r.Method+" "+r.Path, func(t *testing.T) {
			path := param.ReplaceAllString(r.Path, "0190f0f0-0000-7000-8000-0000000000aa")
			path = regexp.MustCompile(`/workspaces/[^/]+`).ReplaceAllString(path, "/workspaces/"+a.ws)
			var body []byte
			ct := ""
			if r.Method == "POST" || r.Method == "PATCH" {
				ct, body = "application/json", []byte(`{}`)
			}
			rec.take()
			a.do(t, a.who("owner"), r.Method, path, ct, body)
			got := rec.take()
			switch {
			case r.Action == "" && len(got) > 0:
				t.Errorf("declares no action but asked for %v", got)
			case r.Action != "" && (len(got) == 0 || got[0] != r.Action):
				t.Errorf("declares %q but asked for %v", r.Action, got)
			}
		})
	}
}
