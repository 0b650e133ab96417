// Package dbtest gives tests a fresh, migrated database of each dialect so
// one suite runs against both SQLite and PostgreSQL:
//
//	dbtest.Each(t, func(t *testing.T, db *database.DB) { ... })
//
// PostgreSQL is found at VIGIL_TEST_POSTGRES_URL (default
// postgres://postgres@127.0.0.1:5432/test?sslmode=disable); every test gets
// its own database, dropped afterwards. A migrated database is a copy of a
// template migrated once (see template and sqliteTemplate), which is
// several times faster than migrating every test's database. What a
// test's database still costs is mostly its DROP (one to three seconds on
// a busy server): PostgreSQL 15 forces a checkpoint for every DROP
// DATABASE and waits for every backend to absorb a signal barrier.
// Creating databases ahead in a pool and dropping them in the background
// was tried and measured no faster (the drops, serialised or batched,
// then wrote other tests' pages, or timed out behind one checkpoint);
// reusing a database after resetting it would avoid the drop. When
// PostgreSQL is unreachable the PostgreSQL half is skipped, except under
// CI=true where it fails.
package dbtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/migrate"
)

func newMigrator(db *database.DB) (*migrate.Migrator, error) { return migrate.New(db, nil) }

// DefaultPostgresURL is used when VIGIL_TEST_POSTGRES_URL is unset.
const DefaultPostgresURL = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// Dialects lists what Each runs, in order.
var Dialects = []string{database.SQLite, database.Postgres}

// PostgresURL is the admin URL tests create their databases through.
func PostgresURL() string {
	if u := os.Getenv("VIGIL_TEST_POSTGRES_URL"); u != "" {
		return u
	}
	return DefaultPostgresURL
}

// Each runs fn as subtests "sqlite" and "postgres", each on a fresh
// database with every migration applied.
func Each(t *testing.T, fn func(t *testing.T, db *database.DB)) {
	t.Helper()
	for _, d := range Dialects {
		t.Run(d, func(t *testing.T) {
			fn(t, Open(t, d))
		})
	}
}

// EachConfig runs fn as subtests per dialect with the configuration of a
// fresh, EMPTY database (nothing migrated): for migration tests and for
// tests that open several handles on one database.
func EachConfig(t *testing.T, fn func(t *testing.T, cfg config.Config)) {
	t.Helper()
	for _, d := range Dialects {
		t.Run(d, func(t *testing.T) {
			fn(t, Config(t, d))
		})
	}
}

// Open returns a fresh migrated database of dialect, closed (and on
// PostgreSQL dropped) when the test ends.
func Open(t testing.TB, dialect string) *database.DB {
	t.Helper()
	cfg := migratedConfig(t, dialect)
	db := OpenConfig(t, cfg)
	mustMigrate(t, db)
	return db
}

// migratedConfig returns the configuration of a fresh database of dialect
// that has every migration applied, or nearly (a copy of the template:
// callers still run migrate.Up, which then has nothing or little to do).
func migratedConfig(t testing.TB, dialect string) config.Config {
	t.Helper()
	if dialect == database.SQLite {
		cfg := Config(t, dialect)
		from, err := sqliteTemplate(t)
		if err == nil {
			err = copyFile(from, cfg.SQLitePath())
		}
		if err != nil {
			t.Fatalf("dbtest: SQLite template: %v", err)
		}
		return cfg
	}
	if dialect != database.Postgres {
		return Config(t, dialect)
	}
	tmpl, err := template(t)
	if err != nil {
		t.Fatalf("dbtest: template database: %v", err)
	}
	return postgresConfig(t, createPostgres(t, tmpl))
}

// mustMigrate applies every pending migration to db. On a copy of the
// template it checks that the template was complete, and applies what a
// migration added in this tree since (the template's name covers the SQL
// files, not the Go migration).
func mustMigrate(t testing.TB, db *database.DB) {
	t.Helper()
	m, err := newMigrator(db)
	if err != nil {
		t.Fatalf("dbtest: %v", err)
	}
	if _, err := m.Up(context.Background()); err != nil {
		t.Fatalf("dbtest: %v", err)
	}
}

// EachPair runs fn as subtests per dialect with two handles on one fresh,
// migrated database: two connection pools standing for two replicas of
// the application (a is opened and migrated first).
func EachPair(t *testing.T, fn func(t *testing.T, a, b *database.DB)) {
	t.Helper()
	for _, d := range Dialects {
		t.Run(d, func(t *testing.T) {
			a, b := OpenPair(t, d)
			fn(t, a, b)
		})
	}
}

// OpenPair returns two handles (two connection pools) on one fresh,
// migrated database of dialect, closed (and on PostgreSQL dropped) when
// the test ends.
func OpenPair(t testing.TB, dialect string) (a, b *database.DB) {
	t.Helper()
	cfg := migratedConfig(t, dialect)
	a = OpenConfig(t, cfg)
	mustMigrate(t, a)
	return a, OpenConfig(t, cfg)
}

// OpenConfig opens (without migrating) the database of cfg, closed when
// the test ends. Call it twice for two independent pools on one database.
func OpenConfig(t testing.TB, cfg config.Config) *database.DB {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	db, err := database.Open(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatalf("dbtest: %v", err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// Config returns the configuration of a fresh empty database of dialect.
// The PostgreSQL database is dropped when the test ends (after every
// handle opened later has been closed, as cleanups run last-in first-out).
func Config(t testing.TB, dialect string) config.Config {
	t.Helper()
	switch dialect {
	case database.SQLite:
		cfg := baseConfig(t)
		cfg.Database.URL = "sqlite:" + filepath.Join(cfg.DataDir, "vigil.db")
		return cfg
	case database.Postgres:
		return postgresConfig(t, createPostgres(t, ""))
	default:
		t.Fatalf("dbtest: unknown dialect %q", dialect)
		return config.Config{}
	}
}

// postgresConfig is the configuration of the PostgreSQL database at url.
func postgresConfig(t testing.TB, url string) config.Config {
	cfg := baseConfig(t)
	cfg.Database.URL = url
	return cfg
}

func baseConfig(t testing.TB) config.Config {
	cfg := config.Default()
	cfg.DataDir = t.TempDir()
	cfg.Database.ConnectAttempts = 1
	cfg.Database.SlowQuery = 0
	cfg.Database.MaxOpenConns = 8
	cfg.SecretKey = "dbtest-secret-key-0123456789abcdef0123456789"
	return cfg
}

var (
	pgOnce sync.Once
	pgErr  error
)

func requirePostgres(t testing.TB) {
	t.Helper()
	pgOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, PostgresURL())
		if err != nil {
			pgErr = err
			return
		}
		pgErr = conn.Ping(ctx)
		_ = conn.Close(ctx)
	})
	if pgErr == nil {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("dbtest: PostgreSQL at %s is unreachable (CI=true requires it): %v", redact(PostgresURL()), pgErr)
	}
	t.Skipf("dbtest: PostgreSQL at %s is unreachable, skipping the PostgreSQL half (set CI=true to fail instead): %v", redact(PostgresURL()), pgErr)
}

// createPostgres creates an empty database, or a copy of the database
// template when that is not empty, dropped when the test ends, and returns
// its URL.
func createPostgres(t testing.TB, template string) string {
	t.Helper()
	requirePostgres(t)
	var b [6]byte
	_, _ = rand.Read(b[:])
	name := "vigil_test_" + hex.EncodeToString(b[:])
	admin := PostgresURL()
	exec := func(sql string) error { return adminExec(admin, sql) }
	create := "CREATE DATABASE " + name
	if template != "" {
		create += " TEMPLATE " + template
	}
	if err := exec(create); err != nil {
		t.Fatalf("dbtest: create database %s: %v", name, err)
	}
	// Test data is disposable: commits need not wait for the disk.
	if err := exec("ALTER DATABASE " + name + " SET synchronous_commit = off"); err != nil {
		t.Fatalf("dbtest: configure database %s: %v", name, err)
	}
	t.Cleanup(func() {
		if err := exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Logf("dbtest: drop database %s: %v", name, err)
		}
	})
	u, err := databaseURL(admin, name)
	if err != nil {
		t.Fatalf("dbtest: VIGIL_TEST_POSTGRES_URL: %v", err)
	}
	return u
}

// databaseURL is admin with its database replaced by name.
func databaseURL(admin, name string) (string, error) {
	u, err := url.Parse(admin)
	if err != nil {
		return "", err
	}
	u.Path = "/" + name
	return u.String(), nil
}

// adminExec runs one statement on its own connection to admin.
func adminExec(admin, sql string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, sql)
	return err
}

func redact(s string) string { return config.RedactURL(s) }

// MustExec runs raw SQL on db and fails the test on error (fixtures).
func MustExec(t testing.TB, db *database.DB, sql string, args ...any) {
	t.Helper()
	if err := db.Gorm().Exec(sql, args...).Error; err != nil {
		t.Fatalf("dbtest: exec %q: %v", sql, fmt.Errorf("%w", err))
	}
}
