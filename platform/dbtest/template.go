package dbtest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"vigil/migrations"
	"vigil/platform/database"
)

// templateLockID is the PostgreSQL advisory lock held while a test process
// looks for or builds the template database ("VIGLTMPL"), so concurrent
// test binaries build it once.
const templateLockID int64 = 0x5649474c544d504c

var tmpl struct {
	sync.Mutex
	name string
	// sqlite is the path of the migrated SQLite template file.
	sqlite string
}

// template returns the name of a PostgreSQL database with every migration
// applied, which Open copies (CREATE DATABASE ... TEMPLATE) instead of
// migrating each test's database. Its name is derived from the migration
// files and the River version, so a tree with other migrations (another
// branch, an edited file) gets its own template; it is built once, under
// an advisory lock, and kept across test runs (nobody may connect to it:
// PostgreSQL refuses to copy a database in use).
func template(t testing.TB) (string, error) {
	t.Helper()
	requirePostgres(t)
	tmpl.Lock()
	defer tmpl.Unlock()
	if tmpl.name != "" {
		return tmpl.name, nil
	}
	name, err := templateName()
	if err != nil {
		return "", err
	}
	if err := ensureTemplate(t, name); err != nil {
		return "", err
	}
	tmpl.name = name
	return name, nil
}

// templateName hashes what the migrated schema depends on.
func templateName() (string, error) {
	h := sha256.New()
	err := fs.WalkDir(migrations.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(migrations.FS, path)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", path, len(b))
		h.Write(b)
		return nil
	})
	if err != nil {
		return "", err
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, m := range bi.Deps {
			if strings.HasPrefix(m.Path, "github.com/riverqueue/river") {
				fmt.Fprintf(h, "%s@%s\x00", m.Path, m.Version)
			}
		}
	}
	return "vigil_tmpl_" + hex.EncodeToString(h.Sum(nil))[:16], nil
}

// ensureTemplate builds the template database name unless it exists.
func ensureTemplate(t testing.TB, name string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	admin := PostgresURL()
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1)", templateLockID); err != nil {
		return err
	}
	// Closing the connection releases the lock too.
	defer conn.Exec(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", templateLockID) //nolint:errcheck
	var exists bool
	if err := conn.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&exists); err != nil {
		return err
	}
	if exists {
		return nil
	}
	// Built under another name and renamed when complete, so a process
	// that dies midway leaves no half-migrated template behind.
	build := name + "_build"
	for _, sql := range []string{
		"DROP DATABASE IF EXISTS " + build + " WITH (FORCE)",
		"CREATE DATABASE " + build,
	} {
		if _, err := conn.Exec(ctx, sql); err != nil {
			return err
		}
	}
	u, err := databaseURL(admin, build)
	if err != nil {
		return err
	}
	cfg := baseConfig(t)
	cfg.Database.URL = u
	db, err := database.Open(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		return err
	}
	m, err := newMigrator(db)
	if err == nil {
		_, err = m.Up(ctx)
	}
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("migrating %s: %w", build, err)
	}
	for _, sql := range []string{
		"ALTER DATABASE " + build + " RENAME TO " + name,
		"ALTER DATABASE " + name + " WITH IS_TEMPLATE true ALLOW_CONNECTIONS false",
	} {
		if _, err := conn.Exec(ctx, sql); err != nil {
			return err
		}
	}
	return nil
}

// sqliteTemplate returns the path of a migrated SQLite database file that
// Open copies instead of migrating each test's database (migrating takes
// seconds under the race detector, copying the file milliseconds). It
// lives in the system's temporary directory under the same hash as the
// PostgreSQL template, is built once (written elsewhere and renamed into
// place, so a concurrent test process never reads half of it) and kept.
func sqliteTemplate(t testing.TB) (string, error) {
	t.Helper()
	tmpl.Lock()
	defer tmpl.Unlock()
	if tmpl.sqlite != "" {
		return tmpl.sqlite, nil
	}
	name, err := templateName()
	if err != nil {
		return "", err
	}
	dir := filepath.Join(os.TempDir(), "vigil-dbtest")
	path := filepath.Join(dir, name+".db")
	if _, err := os.Stat(path); err == nil {
		tmpl.sqlite = path
		return path, nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	build, err := os.MkdirTemp(dir, "build-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(build)
	cfg := baseConfig(t)
	cfg.Database.URL = "sqlite:" + filepath.Join(build, "vigil.db")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	db, err := database.Open(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		return "", err
	}
	m, err := newMigrator(db)
	if err == nil {
		_, err = m.Up(ctx)
	}
	if err == nil {
		// Everything into the main file, so it is all there is to copy.
		err = db.Gorm().Exec("PRAGMA wal_checkpoint(TRUNCATE)").Error
	}
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", fmt.Errorf("migrating the SQLite template: %w", err)
	}
	if err := os.Rename(filepath.Join(build, "vigil.db"), path); err != nil {
		return "", err
	}
	tmpl.sqlite = path
	return path, nil
}

// copyFile copies the file at from to a new file at to, private to the user.
func copyFile(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o600)
}
