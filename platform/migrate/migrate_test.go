package migrate_test

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"testing"

	"vigil/migrations"
	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/migrate"
)

func TestUpDownUp(t *testing.T) {
	t.Parallel()
	dbtest.EachConfig(t, func(t *testing.T, cfg config.Config) {
		ctx := context.Background()
		db := dbtest.OpenConfig(t, cfg)
		m, err := migrate.New(db, nil)
		if err != nil {
			t.Fatal(err)
		}
		if cur, err := m.Current(ctx); err != nil || cur {
			t.Fatalf("empty database: Current = %v, %v; want false", cur, err)
		}
		n, err := m.Up(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n < 3 {
			t.Fatalf("applied %d migrations, want at least 3", n)
		}
		if cur, err := m.Current(ctx); err != nil || !cur {
			t.Fatalf("after up: Current = %v, %v; want true", cur, err)
		}
		first := schema(t, db)
		for _, tbl := range []string{"river_job", "rate_limits", "audit_log"} {
			if _, ok := first[tbl]; !ok {
				t.Errorf("table %s missing after up", tbl)
			}
		}

		// One step down leaves the schema behind the code.
		if _, err := m.Down(ctx); err != nil {
			t.Fatal(err)
		}
		if cur, _ := m.Current(ctx); cur {
			t.Fatal("after one down step Current must be false")
		}
		if err := m.DownTo(ctx, 0); err != nil {
			t.Fatal(err)
		}
		if left := schema(t, db); len(left) != 0 {
			t.Fatalf("tables left after down to 0: %v", keys(left))
		}
		if _, err := m.Up(ctx); err != nil {
			t.Fatal(err)
		}
		if again := schema(t, db); fmt.Sprint(again) != fmt.Sprint(first) {
			t.Fatalf("schema after up/down/up differs:\n%v\n%v", first, again)
		}
		var buf bytes.Buffer
		if err := m.Status(ctx, &buf); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), "0 pending") || !strings.Contains(buf.String(), "00002_rate_limits.sql") {
			t.Fatalf("status:\n%s", buf.String())
		}
	})
}

// Both dialects must end with the same tables and columns, so a module
// cannot land a migration in one folder and forget (or misspell) the other.
// It reads the live schemas, so every later migration is covered.
func TestDialectsHaveSameSchema(t *testing.T) {
	t.Parallel()
	pg := schema(t, dbtest.Open(t, database.Postgres))
	lite := schema(t, dbtest.Open(t, database.SQLite))
	var diffs []string
	for _, tbl := range union(keys(pg), keys(lite)) {
		p, pok := pg[tbl]
		l, lok := lite[tbl]
		switch {
		case !pok:
			diffs = append(diffs, "table "+tbl+" exists only on sqlite")
		case !lok:
			diffs = append(diffs, "table "+tbl+" exists only on postgres")
		case !slices.Equal(p, l):
			diffs = append(diffs, fmt.Sprintf("table %s columns differ: postgres %v, sqlite %v", tbl, p, l))
		}
	}
	if len(diffs) > 0 {
		t.Fatalf("schemas drifted:\n  %s", strings.Join(diffs, "\n  "))
	}
}

// Every migration number must exist in both folders.
func TestSameNumbersInBothFolders(t *testing.T) {
	t.Parallel()
	names := func(dir string) []string {
		ents, err := fs.ReadDir(migrations.FS, dir)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range ents {
			out = append(out, e.Name())
		}
		return out
	}
	pg, lite := names("postgres"), names("sqlite")
	if !slices.Equal(pg, lite) {
		t.Fatalf("migration files differ:\npostgres: %v\nsqlite:   %v", pg, lite)
	}
}

// schema maps table name → sorted column names, without goose's table.
func schema(t *testing.T, db *database.DB) map[string][]string {
	t.Helper()
	type col struct{ Table, Column string }
	var cols []col
	q := `SELECT m.name AS "table", p.name AS "column" FROM sqlite_master m, pragma_table_info(m.name) p
	      WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`
	if db.Dialect() == database.Postgres {
		q = `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
		     WHERE table_schema = current_schema()`
	}
	if err := db.Gorm().Raw(q).Scan(&cols).Error; err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, c := range cols {
		if c.Table == "goose_db_version" {
			continue
		}
		out[c.Table] = append(out[c.Table], c.Column)
	}
	for _, v := range out {
		sort.Strings(v)
	}
	return out
}

func keys(m map[string][]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func union(a, b []string) []string {
	out := slices.Concat(a, b)
	sort.Strings(out)
	return slices.Compact(out)
}

// During blue/green the new release migrates first: the old release sees a
// schema AHEAD of its code and must stay ready (and Up must be a no-op).
func TestSchemaAheadOfCodeIsCurrent(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		dbtest.MustExec(t, db, "INSERT INTO goose_db_version (version_id, is_applied) VALUES (99999, true)")
		m, err := migrate.New(db, nil)
		if err != nil {
			t.Fatal(err)
		}
		if cur, err := m.Current(ctx); err != nil || !cur {
			t.Fatalf("Current = %v, %v; want true", cur, err)
		}
		if n, err := m.Up(ctx); err != nil || n != 0 {
			t.Fatalf("Up = %d, %v; want a no-op", n, err)
		}
	})
}

// Replicas starting together on one PostgreSQL database take turns: every
// one succeeds and each migration is applied once.
func TestConcurrentReplicasMigrateOnce(t *testing.T) {
	t.Parallel()
	cfg := dbtest.Config(t, database.Postgres)
	ctx := context.Background()
	const replicas = 3
	errc := make(chan error, replicas)
	for range replicas {
		db := dbtest.OpenConfig(t, cfg)
		m, err := migrate.New(db, nil)
		if err != nil {
			t.Fatal(err)
		}
		go func() { _, err := m.Up(ctx); errc <- err }()
	}
	for range replicas {
		if err := <-errc; err != nil {
			t.Fatal(err)
		}
	}
	db := dbtest.OpenConfig(t, cfg)
	var dup int64
	if err := db.Gorm().Raw("SELECT count(*) FROM (SELECT version_id FROM goose_db_version GROUP BY version_id HAVING count(*) > 1) d").Scan(&dup).Error; err != nil {
		t.Fatal(err)
	}
	if dup != 0 {
		t.Fatalf("%d migrations applied more than once", dup)
	}
}
