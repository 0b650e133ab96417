package blob

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/errs"
)

// contract runs the steps every Store must pass, then extra steps.
func contract(t *testing.T, s Store, extra ...step) {
	ctx := context.Background()
	big := bytes.Repeat([]byte{0, 1, 2, 255}, 1<<18) // 1 MiB of binary data
	steps := []step{
		{"missing is not found", func(t *testing.T) {
			if _, err := s.Get(ctx, "nope"); !errors.Is(err, errs.ErrNotFound) {
				t.Fatalf("got %v", err)
			}
		}},
		{"binary round trip", func(t *testing.T) {
			if err := s.Put(ctx, "analysis/1/source.tar.gz", big); err != nil {
				t.Fatal(err)
			}
			got, err := s.Get(ctx, "analysis/1/source.tar.gz")
			if err != nil || !bytes.Equal(got, big) {
				t.Fatalf("round trip: %v (len %d)", err, len(got))
			}
		}},
		{"put replaces", func(t *testing.T) {
			if err := s.Put(ctx, "analysis/1/source.tar.gz", []byte("v2")); err != nil {
				t.Fatal(err)
			}
			if got, _ := s.Get(ctx, "analysis/1/source.tar.gz"); string(got) != "v2" {
				t.Fatalf("got %q", got)
			}
		}},
		{"delete, twice", func(t *testing.T) {
			for range 2 {
				if err := s.Delete(ctx, "analysis/1/source.tar.gz"); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := s.Get(ctx, "analysis/1/source.tar.gz"); !errors.Is(err, errs.ErrNotFound) {
				t.Fatalf("got %v", err)
			}
		}},
		{"empty key refused", func(t *testing.T) {
			if err := s.Put(ctx, "", []byte("x")); err == nil {
				t.Fatal("empty key accepted")
			}
		}},
	}
	for _, st := range append(steps, extra...) {
		t.Run(st.name, st.run)
	}
}

type step struct {
	name string
	run  func(t *testing.T)
}

func TestDBStore(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		s, err := NewDB(db)
		if err != nil {
			t.Fatal(err)
		}
		contract(t, s, step{"rolled back with the transaction", func(t *testing.T) {
			boom := errors.New("boom")
			err := db.WithTx(ctx, func(ctx context.Context) error {
				if err := s.Put(ctx, "tx", []byte("x")); err != nil {
					return err
				}
				return boom
			})
			if !errors.Is(err, boom) {
				t.Fatal(err)
			}
			if _, err := s.Get(ctx, "tx"); !errors.Is(err, errs.ErrNotFound) {
				t.Fatalf("blob survived a rollback: %v", err)
			}
		}})
	})
}
