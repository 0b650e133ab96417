package audit_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"vigil/platform/audit"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

func entry(i int) audit.Entry {
	return audit.Entry{
		ActorID: "user-1", WorkspaceID: "ws-1", Action: "test.action", Target: fmt.Sprintf("thing:%d", i),
		IP: "203.0.113.7", UserAgent: "go-test", Details: map[string]any{"i": i, "note": "quote \" and ünïcode"},
	}
}

// Writers on two pools (two replicas) at once still form one linear chain.
func TestConcurrentRecordsFormOneChain(t *testing.T) {
	t.Parallel()
	dbtest.EachPair(t, func(t *testing.T, a, b *database.DB) {
		ctx := context.Background()
		const writers, each = 8, 10
		var wg sync.WaitGroup
		for w := range writers {
			db := a
			if w%2 == 1 {
				db = b
			}
			l, _ := audit.New(db)
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range each {
					if _, err := l.Record(ctx, entry(w*100+i)); err != nil {
						t.Error(err)
						return
					}
				}
			}()
		}
		wg.Wait()
		l, _ := audit.New(a)
		if err := l.Verify(ctx); err != nil {
			t.Fatal(err)
		}
		var n, maxSeq int64
		a.Gorm().Raw("SELECT count(*) FROM audit_log").Scan(&n)
		a.Gorm().Raw("SELECT max(seq) FROM audit_log").Scan(&maxSeq)
		if n != writers*each || maxSeq != n {
			t.Fatalf("rows %d, max seq %d, want %d", n, maxSeq, writers*each)
		}
	})
}

func TestVerifyDetectsTampering(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		tamper  string
		wantSeq int64
	}{
		{"edited action", "UPDATE audit_log SET action = 'test.harmless' WHERE seq = 3", 3},
		{"edited details", `UPDATE audit_log SET details = '{"i":0}' WHERE seq = 2`, 2},
		{"deleted entry", "DELETE FROM audit_log WHERE seq = 4", 4},
		{"rehashed entry breaks the next link", "UPDATE audit_log SET hash = 'ff' WHERE seq = 2", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dbtest.Each(t, func(t *testing.T, db *database.DB) {
				ctx := context.Background()
				l, _ := audit.New(db)
				for i := range 5 {
					if _, err := l.Record(ctx, entry(i)); err != nil {
						t.Fatal(err)
					}
				}
				if err := l.Verify(ctx); err != nil {
					t.Fatalf("intact log: %v", err)
				}
				dbtest.MustExec(t, db, tt.tamper)
				err := l.Verify(ctx)
				var te *audit.TamperError
				if !errors.As(err, &te) || te.Seq != tt.wantSeq {
					t.Fatalf("Verify = %v, want tampering at %d", err, tt.wantSeq)
				}
			})
		})
	}
}

func TestRecordJoinsTransaction(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		l, _ := audit.New(db)
		boom := errors.New("boom")
		err := db.WithTx(ctx, func(ctx context.Context) error {
			if _, err := l.Record(ctx, entry(1)); err != nil {
				return err
			}
			return boom
		})
		if !errors.Is(err, boom) {
			t.Fatal(err)
		}
		rec, err := l.Record(ctx, entry(2))
		if err != nil {
			t.Fatal(err)
		}
		if rec.Seq != 1 {
			t.Fatalf("seq = %d after a rolled-back entry, want 1", rec.Seq)
		}
		if _, err := l.Record(ctx, audit.Entry{}); err == nil {
			t.Fatal("an entry without action must be rejected")
		}
	})
}
