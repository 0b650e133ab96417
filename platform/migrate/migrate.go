// Package migrate applies the embedded migrations (vigil/migrations) with
// goose: one provider per dialect, a PostgreSQL session lock so replicas
// starting together take turns, and out-of-order application because each
// module owns a number range and may land a lower number later.
package migrate

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"text/tabwriter"
	"time"

	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"vigil/migrations"
	"vigil/platform/database"
)

// LockID is the PostgreSQL advisory lock held while migrating ("VIGLMIGR").
const LockID int64 = 0x5649474c4d494752

// Migrator applies and reports migrations for one database.
type Migrator struct {
	provider *goose.Provider
}

// New prepares the migrations for db's dialect.
func New(db *database.DB, logger *slog.Logger) (*Migrator, error) {
	dir, dialect := "sqlite", goose.DialectSQLite3
	opts := []goose.ProviderOption{
		goose.WithAllowOutofOrder(true),
		goose.WithDisableGlobalRegistry(true),
		goose.WithGoMigrations(riverMigration(db.Dialect())),
	}
	if db.Dialect() == database.Postgres {
		dir, dialect = "postgres", goose.DialectPostgres
		locker, err := lock.NewPostgresSessionLocker(
			lock.WithLockID(LockID),
			lock.WithLockTimeout(1, 600), // try every second for up to 10 minutes
		)
		if err != nil {
			return nil, fmt.Errorf("migrate: locker: %w", err)
		}
		opts = append(opts, goose.WithSessionLocker(locker))
	}
	if logger != nil {
		opts = append(opts, goose.WithSlog(logger))
	}
	fsys, err := fs.Sub(migrations.FS, dir)
	if err != nil {
		return nil, fmt.Errorf("migrate: %w", err)
	}
	p, err := goose.NewProvider(dialect, db.SQL(), fsys, opts...)
	if err != nil {
		return nil, fmt.Errorf("migrate: %w", err)
	}
	return &Migrator{provider: p}, nil
}

// Up applies every pending migration and returns how many ran.
func (m *Migrator) Up(ctx context.Context) (int, error) {
	res, err := m.provider.Up(ctx)
	if err != nil {
		return len(res), fmt.Errorf("migrate: up: %w", err)
	}
	return len(res), nil
}

// Down rolls back the most recent migration (one step).
func (m *Migrator) Down(ctx context.Context) (int64, error) {
	res, err := m.provider.Down(ctx)
	if err != nil {
		return 0, fmt.Errorf("migrate: down: %w", err)
	}
	return res.Source.Version, nil
}

// DownTo rolls back every migration above version (0 = all).
func (m *Migrator) DownTo(ctx context.Context, version int64) error {
	if _, err := m.provider.DownTo(ctx, version); err != nil {
		return fmt.Errorf("migrate: down to %d: %w", version, err)
	}
	return nil
}

// Current reports whether every known migration is applied (readiness:
// a replica running older code than the schema, or a schema behind the
// code, is not ready).
func (m *Migrator) Current(ctx context.Context) (bool, error) {
	pending, err := m.provider.HasPending(ctx)
	if err != nil {
		return false, fmt.Errorf("migrate: status: %w", err)
	}
	return !pending, nil
}

// Status writes a table of every migration and when it was applied.
func (m *Migrator) Status(ctx context.Context, w io.Writer) error {
	st, err := m.provider.Status(ctx)
	if err != nil {
		return fmt.Errorf("migrate: status: %w", err)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "VERSION\tNAME\tSTATE\tAPPLIED AT")
	pending := 0
	for _, s := range st {
		applied := "-"
		if s.State == goose.StateApplied {
			applied = s.AppliedAt.UTC().Format(time.RFC3339)
		} else {
			pending++
		}
		name := "(go) river schema"
		if s.Source.Path != "" {
			name = s.Source.Path
		}
		fmt.Fprintf(tw, "%05d\t%s\t%s\t%s\n", s.Source.Version, name, s.State, applied)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%d migrations, %d pending\n", len(st), pending)
	return err
}

// Close releases the provider (not the database).
func (m *Migrator) Close() error { return nil }
