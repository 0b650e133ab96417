package migrations

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"testing/fstest"

	"github.com/ncruces/go-sqlite3/driver"
	_ "github.com/ncruces/go-sqlite3/vfs/memdb"
	"github.com/pressly/goose/v3"
)

// recordRelease rewrites released.txt from the migrations in the tree and
// retired.txt. Run it when a release is cut:
//
//	go test ./migrations -run TestExpandContract -record-release
var recordRelease = flag.Bool("record-release", false, "record the current migrations as the last release's set")

// released is what released.txt says of the last release: the hash of
// every migration file it shipped and the tables/columns its code no
// longer read (retired.txt at the time).
type released struct {
	files   map[string]string // "sqlite/00010_auth.sql" -> sha256
	retired map[string]bool   // "table" or "table.column"
}

// TestExpandContract keeps upgrades zero-downtime: during a blue/green
// switch the previous release's code runs against the new schema, so a
// migration may add but not drop or rename a table or column that code
// still reads. The previous release's migration set is recorded (file
// hashes in released.txt); its schema and the tree's are built on
// in-memory SQLite and compared. A table or column may disappear only when
// it was listed in retired.txt before that release was recorded (its code
// had stopped reading it: expand, release, contract). Released files must
// not change either.
func TestExpandContract(t *testing.T) {
	if *recordRelease {
		writeReleased(t)
	}
	rel := readReleased(t)
	if len(rel.files) == 0 {
		t.Fatal("released.txt records no migrations")
	}
	prev := fstest.MapFS{}
	for name, sum := range rel.files {
		b, err := fs.ReadFile(FS, name)
		if err != nil {
			t.Errorf("released migration %s is gone: %v", name, err)
			continue
		}
		if got := sha(b); got != sum {
			t.Errorf("released migration %s was edited after release (sha256 %s, recorded %s): add a new migration instead", name, got, sum)
		}
		prev[name] = &fstest.MapFile{Data: b}
	}
	// The schema is compared on SQLite (in memory, milliseconds); the
	// PostgreSQL files are checked for edits above, and the schema test in
	// platform/migrate keeps both dialects' tables and columns equal.
	cur, _ := fs.Sub(FS, "sqlite")
	old, _ := fs.Sub(prev, "sqlite")
	for _, p := range contractions(t, old, cur, rel.retired) {
		t.Error(p)
	}
}

// TestContractionsDetected feeds made-up migration sets to the checker.
func TestContractionsDetected(t *testing.T) {
	base := "-- +goose Up\nCREATE TABLE things (id text PRIMARY KEY, name text, legacy text);\nCREATE TABLE olds (id text);\n"
	tests := []struct {
		name    string
		next    string
		retired []string
		want    []string
	}{
		{"add a column and a table", "ALTER TABLE things ADD COLUMN size integer; CREATE TABLE news (id text);", nil, nil},
		{"drop a column", "ALTER TABLE things DROP COLUMN legacy;", nil, []string{"column things.legacy"}},
		{"rename a column", "ALTER TABLE things RENAME COLUMN name TO title;", nil, []string{"column things.name"}},
		{"rename a table", "ALTER TABLE olds RENAME TO archived;", nil, []string{"table olds"}},
		{"drop a table", "DROP TABLE olds;", nil, []string{"table olds"}},
		{"drop a retired column", "ALTER TABLE things DROP COLUMN legacy;", []string{"things.legacy"}, nil},
		{"drop a retired table", "DROP TABLE olds;", []string{"olds"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old := fstest.MapFS{"00001_base.sql": {Data: []byte(base)}}
			cur := fstest.MapFS{"00001_base.sql": {Data: []byte(base)}, "00002_next.sql": {Data: []byte("-- +goose Up\n" + tt.next + "\n")}}
			retired := map[string]bool{}
			for _, r := range tt.retired {
				retired[r] = true
			}
			got := contractions(t, old, cur, retired)
			if len(got) != len(tt.want) {
				t.Fatalf("contractions %q, want %d naming %q", got, len(tt.want), tt.want)
			}
			for i, w := range tt.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("contraction %q does not name %q", got[i], w)
				}
			}
		})
	}
}

// contractions applies old and cur to two in-memory SQLite databases and
// names each table or column of old's schema missing from cur's and not
// retired.
func contractions(t *testing.T, old, cur fs.FS, retired map[string]bool) []string {
	t.Helper()
	before, after := schemaOf(t, old), schemaOf(t, cur)
	var out []string
	for _, table := range sortedKeys(before) {
		if table == "goose_db_version" {
			continue
		}
		cols, ok := after[table]
		if !ok {
			if !retired[table] {
				out = append(out, fmt.Sprintf("table %s was dropped or renamed while the previous release's code may still read it (list it in retired.txt, release, then drop)", table))
			}
			continue
		}
		for _, c := range sortedKeys(before[table]) {
			if !cols[c] && !retired[table+"."+c] && !retired[table] {
				out = append(out, fmt.Sprintf("column %s.%s was dropped or renamed while the previous release's code may still read it (list it in retired.txt, release, then drop)", table, c))
			}
		}
	}
	return out
}

var memdbSeq atomic.Int64

// schemaOf migrates a fresh in-memory SQLite database with fsys and
// returns its tables and their columns.
func schemaOf(t *testing.T, fsys fs.FS) map[string]map[string]bool {
	t.Helper()
	db, err := driver.Open(fmt.Sprintf("file:/expand-contract-%d?vfs=memdb", memdbSeq.Add(1)))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	p, err := goose.NewProvider(goose.DialectSQLite3, db, fsys, goose.WithAllowOutofOrder(true), goose.WithDisableGlobalRegistry(true))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Up(context.Background()); err != nil {
		t.Fatal(err)
	}
	return sqliteSchema(t, db)
}

func sqliteSchema(t *testing.T, db *sql.DB) map[string]map[string]bool {
	t.Helper()
	rows, err := db.Query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var n string
		_ = rows.Scan(&n)
		tables = append(tables, n)
	}
	rows.Close()
	out := map[string]map[string]bool{}
	for _, table := range tables {
		out[table] = map[string]bool{}
		var cols []string
		r, err := db.Query("SELECT name FROM pragma_table_info(?)", table)
		if err != nil {
			t.Fatal(err)
		}
		for r.Next() {
			var c string
			_ = r.Scan(&c)
			cols = append(cols, c)
		}
		r.Close()
		for _, c := range cols {
			out[table][c] = true
		}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func sha(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// readReleased parses released.txt: "sha256 HEX PATH" and "retired NAME"
// lines; # starts a comment.
func readReleased(t *testing.T) released {
	t.Helper()
	b, err := os.ReadFile("released.txt")
	if err != nil {
		t.Fatal(err)
	}
	rel := released{files: map[string]string{}, retired: map[string]bool{}}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 0 || strings.HasPrefix(f[0], "#"):
		case f[0] == "sha256" && len(f) == 3:
			rel.files[f[2]] = f[1]
		case f[0] == "retired" && len(f) == 2:
			rel.retired[f[1]] = true
		default:
			t.Fatalf("released.txt: cannot read %q", sc.Text())
		}
	}
	return rel
}

// readRetired lists retired.txt's names (one per line, # comments).
func readRetired(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile("retired.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		if line, _, _ = strings.Cut(line, "#"); strings.TrimSpace(line) != "" {
			out = append(out, strings.TrimSpace(line))
		}
	}
	return out
}

func writeReleased(t *testing.T) {
	t.Helper()
	var buf bytes.Buffer
	buf.WriteString("# The migration set of the last release and the tables/columns its code no\n" +
		"# longer read. Written by: go test ./migrations -run TestExpandContract -record-release\n" +
		"# (run it when a release is cut; never edit by hand). See expand_contract_test.go.\n")
	for _, r := range readRetired(t) {
		fmt.Fprintf(&buf, "retired %s\n", r)
	}
	for _, dir := range []string{"postgres", "sqlite"} {
		entries, err := fs.ReadDir(FS, dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			name := path.Join(dir, e.Name())
			b, _ := fs.ReadFile(FS, name)
			fmt.Fprintf(&buf, "sha256 %s %s\n", sha(b), name)
		}
	}
	if err := os.WriteFile("released.txt", buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
