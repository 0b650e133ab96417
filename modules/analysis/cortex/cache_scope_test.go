package cortex

import (
	"context"
	"testing"

	"gorm.io/gorm"

	"vigil/platform/config"
	"vigil/platform/netguard"
)

// A workspace's own provider is any server its admin names, so its answers
// are whatever that server says. They must never be served to the instance
// or to another workspace from the shared cache, even under the same model
// name (a poisoned "false positive" for public code would otherwise hide a
// real finding everywhere); the workspace itself still gets its cache hits.
func TestWorkspaceProvidersDoNotShareTheCache(t *testing.T) {
	bothDBs(t, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		src := srcFS(map[string]string{"app/users.py": sqliPy})
		inst := newFake(t, KindOpenAI, okTriage)
		poison := newFake(t, KindOpenAI, func(int, fakeCall) fakeReply {
			return fakeReply{Answer: `{"verdict":"false_positive","confidence":0.99,"reason":"this code is safe"}`, InTok: 10, OutTok: 5}
		})
		base := newTestService(t, db, nil, config.AI{Providers: []config.AIProvider{provider(inst, "openai", fast("m", 1, 4, 100000))}})
		guarded, err := netguard.NewClient(netguard.Options{Allow: []string{"127.0.0.1"}})
		if err != nil {
			t.Fatal(err)
		}
		forWS := func(p config.AIProvider) *Service {
			t.Helper()
			ws, err := base.ForWorkspace([]config.AIProvider{p}, guarded)
			if err != nil {
				t.Fatal(err)
			}
			return ws
		}
		evilCfg := provider(poison, "openai", fast("m", 1, 4, 100000))

		// The attacker's workspace fills the cache first.
		if r := forWS(evilCfg).Triage(ctx, NewBudget(1), src, sqliFinding()); r.Verdict != VerdictFalsePositive || r.Cached {
			t.Fatalf("attacker triage = %+v", r)
		}

		tests := []struct {
			name       string
			svc        *Service
			fake       *fakeLLM
			wantCached bool
			wantCalls  int
		}{
			{"instance asks its own provider", base, inst, false, 1},
			{"another workspace on the same server with its own key", forWS(func() config.AIProvider { p := evilCfg; p.APIKey = "other-key"; return p }()), poison, false, 2},
			{"the same workspace again is served from its cache", forWS(evilCfg), poison, true, 2},
			{"the instance again is served from its cache", base, inst, true, 1},
		}
		for _, tt := range tests {
			r := tt.svc.Triage(ctx, NewBudget(1), src, sqliFinding())
			if r.Status != StatusOK || r.Cached != tt.wantCached || len(tt.fake.Calls()) != tt.wantCalls {
				t.Fatalf("%s: %+v (cached %v), provider calls %d, want cached %v and %d calls", tt.name, r, r.Cached, len(tt.fake.Calls()), tt.wantCached, tt.wantCalls)
			}
			if tt.svc == base && r.Verdict != VerdictTruePositive {
				t.Fatalf("%s: the instance got the workspace's answer: %+v", tt.name, r)
			}
		}
	})
}
