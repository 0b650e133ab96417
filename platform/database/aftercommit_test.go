package database_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// hookLog records which after-commit callbacks ran and what each saw.
type hookLog struct {
	mu   sync.Mutex
	ran  []string
	seen map[string]int64 // rows visible to the callback, outside any transaction
}

// add returns a callback that records name and, querying on its own
// context, how many rows with key it sees: a callback run before the
// commit would not see them on PostgreSQL and would wait for the one
// SQLite connection until its deadline.
func (l *hookLog) add(t *testing.T, db *database.DB, name, key string) func(context.Context) {
	return func(ctx context.Context) {
		n := int64(-1)
		if db.InTx(ctx) {
			t.Errorf("%s: callback ctx still carries the transaction", name)
		} else {
			qctx, cancel := context.WithTimeout(ctx, 3*time.Second)
			defer cancel()
			if err := db.Conn(qctx).Raw(db.Rebind("SELECT count(*) FROM rate_limits WHERE key = ?"), key).Scan(&n).Error; err != nil {
				t.Errorf("%s: query after commit: %v", name, err)
			}
		}
		l.mu.Lock()
		defer l.mu.Unlock()
		l.ran = append(l.ran, name)
		l.seen[name] = n
	}
}

func TestAfterCommit(t *testing.T) {
	t.Parallel()
	boom := errors.New("boom")
	tests := []struct {
		name     string
		only     string // a dialect, when the case exists on one only
		key      string
		run      func(ctx context.Context, db *database.DB, l *hookLog, t *testing.T) error
		wantErr  bool
		wantRan  []string
		wantRows int64 // rows the callbacks see
	}{
		{name: "runs after commit", key: "k1", run: func(ctx context.Context, db *database.DB, l *hookLog, t *testing.T) error {
			return db.WithTx(ctx, func(ctx context.Context) error {
				db.AfterCommit(ctx, l.add(t, db, "a", "k1"))
				db.AfterCommit(ctx, l.add(t, db, "b", "k1"))
				return insert(ctx, db, "k1")
			})
		}, wantRan: []string{"a", "b"}, wantRows: 1},
		{name: "dropped on rollback", key: "k2", run: func(ctx context.Context, db *database.DB, l *hookLog, t *testing.T) error {
			return db.WithTx(ctx, func(ctx context.Context) error {
				if err := insert(ctx, db, "k2"); err != nil {
					return err
				}
				db.AfterCommit(ctx, l.add(t, db, "a", "k2"))
				return boom
			})
		}, wantErr: true},
		{name: "nested waits for the outermost commit", key: "k3", run: func(ctx context.Context, db *database.DB, l *hookLog, t *testing.T) error {
			return db.WithTx(ctx, func(ctx context.Context) error {
				if err := db.WithTx(ctx, func(ctx context.Context) error {
					db.AfterCommit(ctx, l.add(t, db, "inner", "k3"))
					return insert(ctx, db, "k3")
				}); err != nil {
					return err
				}
				l.mu.Lock()
				early := len(l.ran)
				l.mu.Unlock()
				if early != 0 {
					return fmt.Errorf("%d callbacks ran when the inner call returned", early)
				}
				db.AfterCommit(ctx, l.add(t, db, "outer", "k3"))
				return nil
			})
		}, wantRan: []string{"inner", "outer"}, wantRows: 1},
		{name: "nested commit dropped by the outer rollback", key: "k4", run: func(ctx context.Context, db *database.DB, l *hookLog, t *testing.T) error {
			return db.WithTx(ctx, func(ctx context.Context) error {
				if err := db.WithTx(ctx, func(ctx context.Context) error {
					db.AfterCommit(ctx, l.add(t, db, "inner", "k4"))
					return insert(ctx, db, "k4")
				}); err != nil {
					return err
				}
				return boom
			})
		}, wantErr: true},
		{name: "dropped on panic", key: "k5", run: func(ctx context.Context, db *database.DB, l *hookLog, t *testing.T) (err error) {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("panic: %v", r)
				}
			}()
			return db.WithTx(ctx, func(ctx context.Context) error {
				db.AfterCommit(ctx, l.add(t, db, "a", "k5"))
				if err := insert(ctx, db, "k5"); err != nil {
					return err
				}
				panic("in the transaction")
			})
		}, wantErr: true},
		{name: "outside a transaction runs at once", key: "k6", run: func(ctx context.Context, db *database.DB, l *hookLog, t *testing.T) error {
			if err := insert(ctx, db, "k6"); err != nil {
				return err
			}
			db.AfterCommit(ctx, l.add(t, db, "now", "k6"))
			if len(l.ran) != 1 {
				return errors.New("callback outside a transaction did not run at once")
			}
			return nil
		}, wantRan: []string{"now"}, wantRows: 1},
		{name: "a panicking callback does not stop the others", key: "k7", run: func(ctx context.Context, db *database.DB, l *hookLog, t *testing.T) error {
			return db.WithTx(ctx, func(ctx context.Context) error {
				db.AfterCommit(ctx, func(context.Context) { panic("metric") })
				db.AfterCommit(ctx, l.add(t, db, "after", "k7"))
				return insert(ctx, db, "k7")
			})
		}, wantRan: []string{"after"}, wantRows: 1},
		{name: "registered after the commit runs at once", key: "k8", run: func(ctx context.Context, db *database.DB, l *hookLog, t *testing.T) error {
			var leaked context.Context
			if err := db.WithTx(ctx, func(ctx context.Context) error {
				leaked = ctx
				return insert(ctx, db, "k8")
			}); err != nil {
				return err
			}
			db.AfterCommit(leaked, l.add(t, db, "late", "k8"))
			return nil
		}, wantRan: []string{"late"}, wantRows: 1},
		{name: "registered after a rollback is dropped", key: "k9", run: func(ctx context.Context, db *database.DB, l *hookLog, t *testing.T) error {
			var leaked context.Context
			err := db.WithTx(ctx, func(ctx context.Context) error {
				leaked = ctx
				return boom
			})
			db.AfterCommit(leaked, l.add(t, db, "late", "k9"))
			return err
		}, wantErr: true},
		// PostgreSQL aborts a transaction whose statement failed; fn ignoring
		// the error still ends in a COMMIT that rolls back, which is a
		// failed commit: no callback.
		{name: "dropped when the commit fails", only: database.Postgres, key: "k10", run: func(ctx context.Context, db *database.DB, l *hookLog, t *testing.T) error {
			return db.WithTx(ctx, func(ctx context.Context) error {
				db.AfterCommit(ctx, l.add(t, db, "a", "k10"))
				if err := insert(ctx, db, "k10"); err != nil {
					return err
				}
				_ = db.Conn(ctx).Exec("SELECT * FROM no_such_table").Error
				return nil
			})
		}, wantErr: true},
	}
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		for _, tt := range tests {
			if tt.only != "" && tt.only != db.Dialect() {
				continue
			}
			t.Run(tt.name, func(t *testing.T) {
				l := &hookLog{seen: map[string]int64{}}
				err := tt.run(context.Background(), db, l, t)
				if (err != nil) != tt.wantErr {
					t.Fatalf("err = %v, want error: %v", err, tt.wantErr)
				}
				if !slices.Equal(l.ran, tt.wantRan) {
					t.Fatalf("callbacks ran %v, want %v", l.ran, tt.wantRan)
				}
				for name, n := range l.seen {
					if n != tt.wantRows {
						t.Errorf("callback %s saw %d committed rows, want %d", name, n, tt.wantRows)
					}
				}
			})
		}
	})
}
