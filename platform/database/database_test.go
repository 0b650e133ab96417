package database_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gorm.io/gorm"

	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/migrate"
)

func count(t *testing.T, db *database.DB, ctx context.Context) int64 {
	t.Helper()
	var n int64
	if err := db.Conn(ctx).Raw("SELECT count(*) FROM rate_limits").Scan(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}

func insert(ctx context.Context, db *database.DB, key string) error {
	return db.Conn(ctx).Exec(db.Rebind("INSERT INTO rate_limits (key, tat_us, expires_us) VALUES (?, 1, 1)"), key).Error
}

func TestWithTx(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		if err := db.Ping(ctx); err != nil {
			t.Fatal(err)
		}
		boom := errors.New("boom")
		tests := []struct {
			name    string
			fn      func(ctx context.Context) error
			wantErr error
			want    int64
		}{
			{"commit", func(ctx context.Context) error { return insert(ctx, db, "a") }, nil, 1},
			{"rollback on error", func(ctx context.Context) error {
				if err := insert(ctx, db, "b"); err != nil {
					return err
				}
				return boom
			}, boom, 1},
			{"nested joins outer and rolls back with it", func(ctx context.Context) error {
				if !db.InTx(ctx) {
					t.Error("ctx carries no transaction")
				}
				if err := db.WithTx(ctx, func(ctx context.Context) error { return insert(ctx, db, "c") }); err != nil {
					return err
				}
				if _, ok := db.SQLTx(ctx); !ok {
					t.Error("SQLTx found no *sql.Tx")
				}
				return boom
			}, boom, 1},
			{"nested commit", func(ctx context.Context) error {
				return db.WithTx(ctx, func(ctx context.Context) error { return insert(ctx, db, "d") })
			}, nil, 2},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				err := db.WithTx(ctx, tt.fn)
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				if got := count(t, db, ctx); got != tt.want {
					t.Fatalf("rows = %d, want %d", got, tt.want)
				}
			})
		}
		if db.InTx(ctx) {
			t.Fatal("plain ctx must not carry a transaction")
		}
	})
}

// Stores detect conflicts the same way on both dialects.
func TestDuplicateKeyIsTranslated(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		if err := insert(ctx, db, "dup"); err != nil {
			t.Fatal(err)
		}
		if err := insert(ctx, db, "dup"); !errors.Is(err, gorm.ErrDuplicatedKey) {
			t.Fatalf("err = %v, want gorm.ErrDuplicatedKey", err)
		}
	})
}

func TestOpenUnreachablePostgresNamesHostNotPassword(t *testing.T) {
	t.Parallel()
	cfg := config.Default()
	cfg.Database.URL = "postgres://vigil:hunter2secret@127.0.0.1:1/vigil?sslmode=disable&connect_timeout=1"
	cfg.Database.ConnectAttempts = 2
	start := time.Now()
	_, err := database.Open(context.Background(), cfg, slog.New(slog.DiscardHandler))
	if err == nil {
		t.Fatal("want an error")
	}
	msg := err.Error()
	if !strings.Contains(msg, "127.0.0.1:1") || !strings.Contains(msg, "after 2 attempts") {
		t.Errorf("message should name the host and attempts: %s", msg)
	}
	if strings.Contains(msg, "hunter2secret") {
		t.Errorf("message leaks the password: %s", msg)
	}
	if time.Since(start) < 250*time.Millisecond {
		t.Errorf("no backoff between attempts")
	}
}

func TestSQLiteDefaultPathCreatesDataDir(t *testing.T) {
	t.Parallel()
	cfg := config.Default()
	cfg.DataDir = t.TempDir() + "/nested/data"
	db, err := database.Open(context.Background(), cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if db.Dialect() != database.SQLite {
		t.Fatalf("dialect %s", db.Dialect())
	}
	st, err := os.Stat(filepath.Join(cfg.DataDir, "vigil.db"))
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("database file: %v, %v (want mode 0600)", st, err)
	}
	var mode string
	if err := db.Gorm().Raw("PRAGMA journal_mode").Scan(&mode).Error; err != nil || mode != "wal" {
		t.Fatalf("journal_mode = %q, %v", mode, err)
	}
	var fk int
	if err := db.Gorm().Raw("PRAGMA foreign_keys").Scan(&fk).Error; err != nil || fk != 1 {
		t.Fatalf("foreign_keys = %d, %v", fk, err)
	}
}

func TestRebind(t *testing.T) {
	t.Parallel()
	pg := dbtest.Open(t, database.Postgres)
	if got := pg.Rebind("a = ? AND b = ?"); got != "a = $1 AND b = $2" {
		t.Fatalf("Rebind = %q", got)
	}
}

// Slow queries are logged at warn with their SQL but never their bound
// values (which may be secrets).
func TestSlowQueryLogHidesParameters(t *testing.T) {
	t.Parallel()
	for _, d := range dbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			cfg := dbtest.Config(t, d)
			cfg.Database.SlowQuery = time.Nanosecond
			var buf bytes.Buffer
			db, err := database.Open(context.Background(), cfg, slog.New(slog.NewJSONHandler(&buf, nil)))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			m, err := migrate.New(db, nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := m.Up(context.Background()); err != nil {
				t.Fatal(err)
			}
			var n int
			if err := db.Gorm().Raw("SELECT length(?)", "hunter2-password").Scan(&n).Error; err != nil {
				t.Fatal(err)
			}
			if err := db.Gorm().Exec(db.Rebind("INSERT INTO rate_limits (key, tat_us, expires_us) VALUES (?, 1, 1)"), "hunter2-key").Error; err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if !strings.Contains(out, `"msg":"slow sql"`) || !strings.Contains(out, "SELECT length(") {
				t.Fatalf("slow query not logged:\n%s", out)
			}
			if strings.Contains(out, "hunter2") {
				t.Fatalf("bound value leaked into the log:\n%s", out)
			}
		})
	}
}
