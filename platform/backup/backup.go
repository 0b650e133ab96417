// Package backup copies the whole database to a file and back: SQLite
// through its online backup API (a consistent copy while the server keeps
// running), PostgreSQL through pg_dump and pg_restore in the custom
// format. The format of a file is recognised by its first bytes, so a
// SQLite backup is never fed to pg_restore or the other way round.
package backup

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/ncruces/go-sqlite3"

	"vigil/platform/database"
)

// Magic bytes at the start of each kind of backup file.
var (
	sqliteMagic = []byte("SQLite format 3\x00")
	pgMagic     = []byte("PGDMP")
)

// PgDumpArgs are the flags `vigil admin backup` passes to pg_dump: the
// custom format (compressed, restorable selectively and in parallel), no
// owner or privilege statements (the restoring role owns everything, so a
// backup moves between servers and users), and the schema with the data.
var PgDumpArgs = []string{"--format=custom", "--no-owner", "--no-privileges", "--compress=6"}

// PgRestoreArgs are the flags `vigil admin restore` passes to pg_restore:
// one transaction (all or nothing), stop at the first error, and the same
// ownership rules as the dump.
var PgRestoreArgs = []string{"--single-transaction", "--exit-on-error", "--no-owner", "--no-privileges"}

// Target is the database to back up or restore: the open handle and, for
// PostgreSQL, its URL (pg_dump and pg_restore connect on their own).
type Target struct {
	DB  *database.DB
	URL string
}

// Backup writes a complete copy of the database to path, which must not
// exist yet. The copy is written next to path and renamed into place, so a
// failed backup never leaves a truncated file under the final name.
func Backup(ctx context.Context, t Target, path string) error {
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("backup: %s already exists", path)
	}
	partial := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".partial")
	_ = os.Remove(partial)
	defer os.Remove(partial)
	var err error
	switch t.DB.Dialect() {
	case database.SQLite:
		err = rawSQLite(ctx, t.DB, func(c *sqlite3.Conn) error { return c.Backup("main", partial) })
	case database.Postgres:
		err = pgTool(ctx, "pg_dump", t.URL, append(append([]string{}, PgDumpArgs...), "--file="+partial)...)
	default:
		err = fmt.Errorf("unknown dialect %q", t.DB.Dialect())
	}
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	if err := os.Chmod(partial, 0o600); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	if err := os.Rename(partial, path); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	return nil
}

// ErrNotEmpty is returned by Restore when the target database already has
// tables and replace was not asked for.
var ErrNotEmpty = errors.New("restore: the target database is not empty")

// Restore replaces the database's whole content with the backup at path.
// A database that already holds tables is refused unless replace is set;
// then everything in it is dropped first (PostgreSQL: the public schema)
// or overwritten page by page (SQLite), so nothing of it survives. Stop
// every Vigil process using the database before restoring.
func Restore(ctx context.Context, t Target, path string, replace bool) error {
	head := make([]byte, len(sqliteMagic))
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	n, _ := io.ReadFull(f, head)
	_ = f.Close()
	head = head[:n]
	want := map[string][]byte{database.SQLite: sqliteMagic, database.Postgres: pgMagic}[t.DB.Dialect()]
	if !bytes.HasPrefix(head, want) {
		return fmt.Errorf("restore: %s is not a %s backup", path, t.DB.Dialect())
	}
	tables, err := Tables(ctx, t.DB)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	if len(tables) > 0 && !replace {
		return fmt.Errorf("%w (%d tables); pass --replace to overwrite it", ErrNotEmpty, len(tables))
	}
	switch t.DB.Dialect() {
	case database.SQLite:
		err = rawSQLite(ctx, t.DB, func(c *sqlite3.Conn) error { return c.Restore("main", path) })
	case database.Postgres:
		if len(tables) > 0 {
			if err := t.DB.Gorm().WithContext(ctx).Exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public").Error; err != nil {
				return fmt.Errorf("restore: empty the database: %w", err)
			}
		}
		err = pgTool(ctx, "pg_restore", t.URL, append(append([]string{}, PgRestoreArgs...), path)...)
	}
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	return nil
}

// Tables lists the database's tables (SQLite's internal ones excluded),
// sorted by name.
func Tables(ctx context.Context, db *database.DB) ([]string, error) {
	q := "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
	if db.Dialect() == database.SQLite {
		q = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
	}
	var names []string
	if err := db.Gorm().WithContext(ctx).Raw(q).Scan(&names).Error; err != nil {
		return nil, fmt.Errorf("list tables: %w", err)
	}
	return names, nil
}

// rawSQLite runs fn on the driver's own connection (the pool holds one).
func rawSQLite(ctx context.Context, db *database.DB, fn func(*sqlite3.Conn) error) error {
	conn, err := db.SQL().Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		rc, ok := dc.(interface{ Raw() *sqlite3.Conn })
		if !ok {
			return fmt.Errorf("not a SQLite connection: %T", dc)
		}
		return fn(rc.Raw())
	})
}

// pgTool runs pg_dump or pg_restore against rawURL. The connection goes
// through libpq's environment variables, so the password never appears on
// a command line (where ps would show it) and driver-only URL parameters
// do not confuse libpq.
func pgTool(ctx context.Context, tool, rawURL string, args ...string) error {
	pc, err := pgconn.ParseConfig(rawURL)
	if err != nil {
		return fmt.Errorf("parse database URL: %w", err)
	}
	env := append(os.Environ(),
		"PGHOST="+pc.Host, "PGPORT="+strconv.Itoa(int(pc.Port)), "PGUSER="+pc.User,
		"PGPASSWORD="+pc.Password, "PGDATABASE="+pc.Database)
	if u, err := url.Parse(rawURL); err == nil {
		if m := u.Query().Get("sslmode"); m != "" {
			env = append(env, "PGSSLMODE="+m)
		}
	}
	if tool == "pg_restore" {
		args = append([]string{"--dbname=" + pc.Database}, args...)
	}
	cmd := exec.CommandContext(ctx, tool, args...)
	cmd.Env = env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if pc.Password != "" {
			msg = strings.ReplaceAll(msg, pc.Password, "***")
		}
		return fmt.Errorf("%s: %w: %s", tool, err, msg)
	}
	return nil
}
