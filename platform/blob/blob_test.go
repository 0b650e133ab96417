package blob

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

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
			if err := put(s, "analysis/1/source.tar.gz", big); err != nil {
				t.Fatal(err)
			}
			got, err := s.Get(ctx, "analysis/1/source.tar.gz")
			if err != nil || !bytes.Equal(got, big) {
				t.Fatalf("round trip: %v (len %d)", err, len(got))
			}
		}},
		{"put replaces", func(t *testing.T) {
			if err := put(s, "analysis/1/source.tar.gz", []byte("v2")); err != nil {
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
		{"several chunks", func(t *testing.T) {
			for _, n := range []int{1, ChunkSize, 2*ChunkSize + ChunkSize/2} {
				data := make([]byte, n)
				for i := range data {
					data[i] = byte(i * 7)
				}
				if err := put(s, "multi", data); err != nil {
					t.Fatalf("%d bytes: %v", n, err)
				}
				got, err := s.Get(ctx, "multi")
				if err != nil || !bytes.Equal(got, data) {
					t.Fatalf("%d bytes: round trip: %v (len %d)", n, err, len(got))
				}
			}
		}},
		{"a short reader stores nothing", func(t *testing.T) {
			if err := s.Put(ctx, "short", strings.NewReader("abc"), 4); err == nil {
				t.Fatal("a reader shorter than its size was stored")
			}
			if _, err := s.Get(ctx, "short"); !errors.Is(err, errs.ErrNotFound) {
				t.Fatalf("got %v", err)
			}
		}},
		{"empty key refused", func(t *testing.T) {
			if err := put(s, "", []byte("x")); err == nil {
				t.Fatal("empty key accepted")
			}
		}},
	}
	for _, st := range append(steps, extra...) {
		t.Run(st.name, st.run)
	}
}

// put stores data through the streaming Put.
func put(s Store, key string, data []byte) error {
	return s.Put(context.Background(), key, bytes.NewReader(data), int64(len(data)))
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
		chunks := func(t *testing.T, key string) (n, largest int64) {
			t.Helper()
			err := db.Gorm().Raw("SELECT COUNT(*), COALESCE(MAX(LENGTH(data)), 0) FROM blob_chunks WHERE key = ?", key).Row().Scan(&n, &largest)
			if err != nil {
				t.Fatal(err)
			}
			return n, largest
		}
		contract(t, s, step{"stored in chunks of at most ChunkSize", func(t *testing.T) {
			data := bytes.Repeat([]byte{9}, 2*ChunkSize+ChunkSize/2)
			if err := put(s, "chunked", data); err != nil {
				t.Fatal(err)
			}
			if n, largest := chunks(t, "chunked"); n != 3 || largest != ChunkSize {
				t.Fatalf("%d chunks, largest %d bytes; want 3 of at most %d", n, largest, ChunkSize)
			}
			if err := put(s, "chunked", []byte("small")); err != nil {
				t.Fatal(err)
			}
			if n, _ := chunks(t, "chunked"); n != 1 {
				t.Fatalf("replacing left %d chunks, want 1", n)
			}
			if err := s.Delete(ctx, "chunked"); err != nil {
				t.Fatal(err)
			}
			if n, _ := chunks(t, "chunked"); n != 0 {
				t.Fatalf("delete left %d chunks", n)
			}
		}}, step{"empty object", func(t *testing.T) {
			if err := put(s, "empty", nil); err != nil {
				t.Fatal(err)
			}
			if got, err := s.Get(ctx, "empty"); err != nil || len(got) != 0 {
				t.Fatalf("got %q, %v", got, err)
			}
		}}, step{"a reader longer than its size stores nothing", func(t *testing.T) {
			if err := s.Put(ctx, "long", strings.NewReader("abcd"), 3); err == nil {
				t.Fatal("stored")
			}
			if _, err := s.Get(ctx, "long"); !errors.Is(err, errs.ErrNotFound) {
				t.Fatalf("got %v", err)
			}
		}}, step{"objects stored before chunking still read", func(t *testing.T) {
			err := db.Gorm().Exec("INSERT INTO blobs (key, size, data, created_at) VALUES (?, ?, ?, ?)", "legacy", 3, []byte("old"), time.Now().UTC()).Error
			if err != nil {
				t.Fatal(err)
			}
			if got, err := s.Get(ctx, "legacy"); err != nil || string(got) != "old" {
				t.Fatalf("got %q, %v", got, err)
			}
		}}, step{"rolled back with the transaction", func(t *testing.T) {
			boom := errors.New("boom")
			err := db.WithTx(ctx, func(ctx context.Context) error {
				if err := s.Put(ctx, "tx", strings.NewReader("x"), 1); err != nil {
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
