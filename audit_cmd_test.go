package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"vigil/platform/audit"
	"vigil/platform/config"
	"vigil/platform/dbtest"
)

// TestAdminAuditVerifyAndExport drives `vigil admin audit verify` and
// `export` on both databases: an intact log exits 0, an edited row makes
// verify exit 1 naming that entry, and export writes one JSON line per entry.
func TestAdminAuditVerifyAndExport(t *testing.T) {
	dbtest.EachConfig(t, func(t *testing.T, cfg config.Config) {
		ctx := context.Background()
		t.Setenv("VIGIL_DATABASE_URL", cfg.Database.URL)
		t.Setenv("VIGIL_DATA_DIR", cfg.DataDir)
		t.Setenv("VIGIL_SECRET_KEY", cfg.SecretKey)
		t.Setenv("VIGIL_LOG_LEVEL", "error")
		if err := run(ctx, []string{"migrate", "up"}, &bytes.Buffer{}, &bytes.Buffer{}); err != nil {
			t.Fatal(err)
		}
		db := dbtest.OpenConfig(t, cfg)
		l, _ := audit.New(db)
		for _, a := range []string{"apikey.created", "workspace.role_changed", "triage.decided"} {
			if _, err := l.Record(ctx, audit.Entry{ActorID: "u1", WorkspaceID: "w1", Action: a}); err != nil {
				t.Fatal(err)
			}
		}
		cli := func(args ...string) (string, int) {
			var out, errb bytes.Buffer
			err := run(ctx, args, &out, &errb)
			code := 0
			if err != nil {
				code = exitCode(err)
			}
			return out.String() + errb.String(), code
		}

		out, code := cli("admin", "audit", "export", "--since", "1h")
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if code != 0 || len(lines) != 3 {
			t.Fatalf("export: exit %d, %d lines: %s", code, len(lines), out)
		}
		var first audit.Exported
		if err := json.Unmarshal([]byte(lines[0]), &first); err != nil || first.Action != "apikey.created" || first.Seq != 1 {
			t.Fatalf("first line %s (%v)", lines[0], err)
		}
		if out, _ := cli("admin", "audit", "export", "--since", time.Now().Add(time.Hour).Format(time.RFC3339)); strings.TrimSpace(out) != "" {
			t.Errorf("export from the future: %s", out)
		}
		if _, code := cli("admin", "audit", "export", "--since", "yesterday"); code != 2 {
			t.Errorf("bad --since: exit %d, want 2", code)
		}

		tests := []struct {
			name     string
			tamper   string
			wantCode int
			want     []string
		}{
			{"intact", "", 0, []string{"intact: 3 entries"}},
			{"edited row", "UPDATE audit_log SET actor_id = 'someone-else' WHERE seq = 2", 1,
				[]string{"TAMPERED", "seq 2", `"workspace.role_changed"`, "does not match its hash"}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				if tt.tamper != "" {
					dbtest.MustExec(t, db, tt.tamper)
				}
				out, code := cli("admin", "audit", "verify")
				if code != tt.wantCode {
					t.Fatalf("exit %d, want %d: %s", code, tt.wantCode, out)
				}
				for _, w := range tt.want {
					if !strings.Contains(out, w) {
						t.Errorf("output lacks %q: %s", w, out)
					}
				}
			})
		}
	})
}
