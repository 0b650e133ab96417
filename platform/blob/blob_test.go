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

func TestDBStore(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		s, err := NewDB(db)
		if err != nil {
			t.Fatal(err)
		}
		big := bytes.Repeat([]byte{0, 1, 2, 255}, 1<<18) // 1 MiB of binary data
		steps := []struct {
			name string
			run  func(t *testing.T)
		}{
			{"missing is not found", func(t *testing.T) {
				if _, err := s.Get(ctx, "nope"); !errors.Is(err, errs.ErrNotFound) {
					t.Fatalf("got %v", err)
				}
			}},
			{"binary round trip", func(t *testing.T) {
				if err := s.Put(ctx, "a", big); err != nil {
					t.Fatal(err)
				}
				got, err := s.Get(ctx, "a")
				if err != nil || !bytes.Equal(got, big) {
					t.Fatalf("round trip: %v (len %d)", err, len(got))
				}
			}},
			{"put replaces", func(t *testing.T) {
				if err := s.Put(ctx, "a", []byte("v2")); err != nil {
					t.Fatal(err)
				}
				if got, _ := s.Get(ctx, "a"); string(got) != "v2" {
					t.Fatalf("got %q", got)
				}
			}},
			{"rolled back with the transaction", func(t *testing.T) {
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
			}},
			{"delete, twice", func(t *testing.T) {
				for range 2 {
					if err := s.Delete(ctx, "a"); err != nil {
						t.Fatal(err)
					}
				}
				if _, err := s.Get(ctx, "a"); !errors.Is(err, errs.ErrNotFound) {
					t.Fatalf("got %v", err)
				}
			}},
		}
		for _, st := range steps {
			t.Run(st.name, st.run)
		}
	})
}
