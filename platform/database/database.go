// Package database opens Vigil's one database: PostgreSQL through a single
// pgx pool (shared by gorm and the job runner) or an embedded pure-Go
// SQLite file. Dialect differences stay inside platform/; stores get a
// *gorm.DB from Conn(ctx), which is the caller's transaction when WithTx
// put one in ctx.
package database

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/ncruces/go-sqlite3/driver"
	"github.com/ncruces/go-sqlite3/gormlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"vigil/platform/clock"
	"vigil/platform/config"
)

// Dialect names.
const (
	Postgres = "postgres"
	SQLite   = "sqlite"
)

// DB is an open database handle. It is safe for concurrent use.
type DB struct {
	gorm    *gorm.DB
	sql     *sql.DB
	pool    *pgxpool.Pool
	dialect string
	logger  *slog.Logger
}

// Open connects to the database selected by cfg.Database.URL, retrying
// with exponential backoff (cfg.Database.ConnectAttempts tries) so a
// database that starts after Vigil (compose, Kubernetes) is waited for.
func Open(ctx context.Context, cfg config.Config, logger *slog.Logger) (*DB, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	attempts := max(cfg.Database.ConnectAttempts, 1)
	if cfg.Database.Dialect() == Postgres {
		return openPostgres(ctx, cfg.Database, attempts, logger)
	}
	return openSQLite(ctx, cfg, attempts, logger)
}

func openPostgres(ctx context.Context, dbc config.Database, attempts int, logger *slog.Logger) (*DB, error) {
	pcfg, err := pgxpool.ParseConfig(dbc.URL)
	if err != nil {
		return nil, fmt.Errorf("database: invalid PostgreSQL URL %q: %w", config.RedactURL(dbc.URL), scrub(err, dbc.URL))
	}
	if dbc.MaxOpenConns > 0 {
		pcfg.MaxConns = int32(dbc.MaxOpenConns)
	}
	where := fmt.Sprintf("%s:%d (database %q, user %q)", pcfg.ConnConfig.Host, pcfg.ConnConfig.Port, pcfg.ConnConfig.Database, pcfg.ConnConfig.User)
	pool, err := pgxpool.NewWithConfig(ctx, pcfg)
	if err != nil {
		return nil, fmt.Errorf("database: PostgreSQL at %s: %w", where, scrub(err, dbc.URL))
	}
	if err := retry(ctx, attempts, logger, where, pool.Ping); err != nil {
		pool.Close()
		return nil, fmt.Errorf("database: cannot reach PostgreSQL at %s after %d attempts: %w", where, attempts, scrub(err, dbc.URL))
	}
	sqlDB := stdlib.OpenDBFromPool(pool)
	g, err := gorm.Open(postgres.New(postgres.Config{Conn: sqlDB}), gormConfig(newGormLogger(logger, dbc.SlowQuery, Postgres)))
	if err != nil {
		_ = sqlDB.Close()
		pool.Close()
		return nil, fmt.Errorf("database: gorm on PostgreSQL: %w", err)
	}
	if err := g.Use(tracingPlugin{dialect: Postgres}); err != nil {
		_ = sqlDB.Close()
		pool.Close()
		return nil, fmt.Errorf("database: tracing plugin: %w", err)
	}
	logger.Info("database connected", "dialect", Postgres, "host", pcfg.ConnConfig.Host, "port", pcfg.ConnConfig.Port,
		"db_name", pcfg.ConnConfig.Database, "db_user", pcfg.ConnConfig.User, "pool_max", pcfg.MaxConns)
	return &DB{gorm: g, sql: sqlDB, pool: pool, dialect: Postgres, logger: logger}, nil
}

// SQLiteDSN is the driver DSN for a SQLite file: busy_timeout first (so the
// other pragmas wait for locks too), then WAL and foreign keys, and
// immediate transactions so writers queue instead of failing to upgrade.
func SQLiteDSN(path string) string {
	return "file:" + (&url.URL{Path: path}).EscapedPath() +
		"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_txlock=immediate"
}

func openSQLite(ctx context.Context, cfg config.Config, attempts int, logger *slog.Logger) (*DB, error) {
	path := cfg.SQLitePath()
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("database: create directory for SQLite %s: %w", path, err)
		}
	}
	// The file holds password hashes and tokens: create it private (SQLite
	// gives its -wal and -shm files the same permissions).
	if f, err := os.OpenFile(path, os.O_RDONLY|os.O_CREATE, 0o600); err == nil {
		_ = f.Close()
	}
	sqlDB, err := driver.Open(SQLiteDSN(path))
	if err != nil {
		return nil, fmt.Errorf("database: open SQLite %s: %w", path, err)
	}
	// One connection: SQLite has one writer anyway, and River's SQLite
	// driver and our transactions must never wait on a second connection.
	sqlDB.SetMaxOpenConns(1)
	sqlDB.SetConnMaxIdleTime(0)
	sqlDB.SetConnMaxLifetime(0)
	where := "file " + path
	if err := retry(ctx, attempts, logger, where, func(ctx context.Context) error { return sqlDB.PingContext(ctx) }); err != nil {
		_ = sqlDB.Close()
		return nil, fmt.Errorf("database: cannot open SQLite %s after %d attempts: %w", path, attempts, err)
	}
	g, err := gorm.Open(gormlite.OpenDB(sqlDB), gormConfig(newGormLogger(logger, cfg.Database.SlowQuery, SQLite)))
	if err != nil {
		_ = sqlDB.Close()
		return nil, fmt.Errorf("database: gorm on SQLite: %w", err)
	}
	if err := g.Use(tracingPlugin{dialect: SQLite}); err != nil {
		_ = sqlDB.Close()
		return nil, fmt.Errorf("database: tracing plugin: %w", err)
	}
	logger.Info("database connected", "dialect", SQLite, "path", path)
	return &DB{gorm: g, sql: sqlDB, dialect: SQLite, logger: logger}, nil
}

func gormConfig(logger *gormLogger) *gorm.Config {
	return &gorm.Config{
		Logger:                 logger,
		SkipDefaultTransaction: true,
		NowFunc:                func() time.Time { return time.Now().UTC() },
		TranslateError:         true,
	}
}

// retry runs fn up to attempts times with exponential backoff (250ms
// doubling, capped at 5s), logging each failure.
func retry(ctx context.Context, attempts int, logger *slog.Logger, where string, fn func(context.Context) error) error {
	return retryWith(ctx, clock.Sleep, attempts, logger, where, fn)
}

// retryWith is retry with the pause between attempts made by sleep (tests
// record the schedule instead of waiting it out).
func retryWith(ctx context.Context, sleep func(context.Context, time.Duration) error, attempts int, logger *slog.Logger, where string, fn func(context.Context) error) error {
	delay := 250 * time.Millisecond
	var err error
	for i := 1; i <= attempts; i++ {
		pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		err = fn(pctx)
		cancel()
		if err == nil {
			return nil
		}
		if i == attempts || ctx.Err() != nil {
			break
		}
		logger.Warn("database not reachable yet, retrying", "where", where, "attempt", i, "of", attempts, "retry_in", delay.String(), "error", err.Error())
		if serr := sleep(ctx, delay); serr != nil {
			return errors.Join(err, serr)
		}
		delay = min(delay*2, 5*time.Second)
	}
	return err
}

// scrub removes the password of rawURL from an error message.
func scrub(err error, rawURL string) error {
	u, perr := url.Parse(rawURL)
	if perr != nil || u.User == nil {
		return err
	}
	pw, ok := u.User.Password()
	if !ok || pw == "" || !strings.Contains(err.Error(), pw) {
		return err
	}
	return errors.New(strings.ReplaceAll(err.Error(), pw, "xxxxx"))
}

// Dialect is Postgres or SQLite.
func (db *DB) Dialect() string { return db.dialect }

// SQL exposes the *sql.DB for pool statistics and drivers that need it.
func (db *DB) SQL() *sql.DB { return db.sql }

// Pool is the pgx pool on PostgreSQL (nil on SQLite); River listens on it.
func (db *DB) Pool() *pgxpool.Pool { return db.pool }

// Gorm is the root handle, outside any transaction. Stores should prefer Conn.
func (db *DB) Gorm() *gorm.DB { return db.gorm }

// Ping checks the database answers (readiness).
func (db *DB) Ping(ctx context.Context) error {
	if err := db.sql.PingContext(ctx); err != nil {
		return fmt.Errorf("database: ping: %w", err)
	}
	return nil
}

// Close releases the connections (and the pool on PostgreSQL).
func (db *DB) Close() error {
	err := db.sql.Close()
	if db.pool != nil {
		db.pool.Close()
	}
	return err
}
