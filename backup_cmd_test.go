package main

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"vigil/platform/config"
	"vigil/platform/dbtest"
)

// TestBackupRestoreRoundTrip backs up a served database with `vigil admin
// backup` on both dialects, restores it with `vigil admin restore` into an
// empty database and over one that already has a schema, and compares
// every row of every table with the original as it was at backup time.
func TestBackupRestoreRoundTrip(t *testing.T) {
	eachWiredApp(t, func(t *testing.T, app wiredApp) {
		ctx := context.Background()
		admin := newAPIClient(t, app.base)
		ws := admin.signUp("root@example.com")
		admin.apiKey("read")
		user := newAPIClient(t, app.base)
		user.signUp("user@example.com")
		if r := admin.do("POST", "/api/v1/credits/grants", map[string]any{"workspace_id": ws, "amount": 40, "reason": "backup test"}); r.status != 200 {
			t.Fatalf("grant: %d %s", r.status, r.body)
		}
		cli := func(cfg config.Config, args ...string) (string, error) {
			t.Setenv("VIGIL_DATABASE_URL", cfg.Database.URL)
			t.Setenv("VIGIL_DATA_DIR", cfg.DataDir)
			var out bytes.Buffer
			err := run(ctx, args, &out, &out)
			return out.String(), err
		}
		file := filepath.Join(t.TempDir(), "vigil.backup")
		if out, err := cli(app.cfg, "admin", "backup", file); err != nil {
			t.Fatalf("backup: %v: %s", err, out)
		}
		want := snapshot(t, app.cfg)
		if len(want) < 10 || len(want["auth_users"]) != 2 || len(want["audit_log"]) == 0 {
			t.Fatalf("snapshot too small to mean anything: %d tables, %d users", len(want), len(want["auth_users"]))
		}
		// The original moves on after the backup; the restores must not see it.
		newAPIClient(t, app.base).signUp("later@example.com")
		if out, err := cli(app.cfg, "admin", "backup", file); err == nil {
			t.Fatalf("a second backup overwrote %s: %s", file, out)
		}

		dialect := app.cfg.Database.Dialect()
		empty := dbtest.Config(t, dialect)
		migrated := dbtest.Config(t, dialect)
		if out, err := cli(migrated, "migrate", "up"); err != nil {
			t.Fatalf("migrate: %v: %s", err, out)
		}
		tests := []struct {
			name    string
			cfg     config.Config
			args    []string
			wantErr string
		}{
			{"into an empty database", empty, nil, ""},
			{"over a database with tables, refused", migrated, nil, "not empty"},
			{"over a database with tables, --replace", migrated, []string{"--replace"}, ""},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				out, err := cli(tt.cfg, append([]string{"admin", "restore", file}, tt.args...)...)
				if tt.wantErr != "" {
					if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
						t.Fatalf("restore = %v, want %q: %s", err, tt.wantErr, out)
					}
					return
				}
				if err != nil {
					t.Fatalf("restore: %v: %s", err, out)
				}
				compareSnapshots(t, want, snapshot(t, tt.cfg))
				if out, err := cli(tt.cfg, "admin", "audit", "verify"); err != nil {
					t.Fatalf("audit chain after restore: %v: %s", err, out)
				}
			})
		}
	})
}

// snapshot reads every row of every table of the database in cfg, each
// row printed and each table's rows sorted, so two databases compare
// regardless of physical order.
func snapshot(t *testing.T, cfg config.Config) map[string][]string {
	t.Helper()
	db := dbtest.OpenConfig(t, cfg)
	defer db.Close()
	q := "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
	if cfg.Database.Dialect() == "sqlite" {
		q = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
	}
	var tables []string
	if err := db.Gorm().Raw(q).Scan(&tables).Error; err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, table := range tables {
		rows, err := db.SQL().Query(`SELECT * FROM "` + table + `"`)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		var lines []string
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for i, v := range vals {
				if b, ok := v.([]byte); ok {
					vals[i] = string(b)
				}
			}
			lines = append(lines, fmt.Sprint(vals...))
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
		slices.Sort(lines)
		out[table] = lines
	}
	return out
}

func compareSnapshots(t *testing.T, want, got map[string][]string) {
	t.Helper()
	for table, rows := range want {
		g, ok := got[table]
		if !ok {
			t.Errorf("table %s missing after restore", table)
			continue
		}
		if !slices.Equal(rows, g) {
			t.Errorf("table %s: %d rows after restore, %d at backup time (or contents differ)", table, len(g), len(rows))
		}
	}
	for table := range got {
		if _, ok := want[table]; !ok {
			t.Errorf("table %s exists only after restore", table)
		}
	}
}
