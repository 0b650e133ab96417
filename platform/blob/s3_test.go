package blob

import (
	"bytes"
	"context"
	"errors"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"

	"vigil/platform/config"
	"vigil/platform/errs"
)

// fakeS3 serves the S3 REST API (signed requests, path-style buckets) on
// loopback with one bucket, "sources".
func fakeS3(t *testing.T) (config.S3, *s3mem.Backend) {
	t.Helper()
	be := s3mem.New()
	if err := be.CreateBucket("sources"); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(gofakes3.New(be).Server())
	t.Cleanup(srv.Close)
	return config.S3{Endpoint: srv.URL, Bucket: "sources", Region: "us-east-1", AccessKey: "vigil", SecretKey: "vigil-secret", PathStyle: true}, be
}

func TestS3Store(t *testing.T) {
	ctx := context.Background()
	cfg, be := fakeS3(t)
	cfg.Prefix = "/vigil/"
	s, err := NewS3(ctx, cfg, nil)
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
		{"binary round trip under the prefix", func(t *testing.T) {
			if err := s.Put(ctx, "analysis/1/source.tar.gz", big); err != nil {
				t.Fatal(err)
			}
			got, err := s.Get(ctx, "analysis/1/source.tar.gz")
			if err != nil || !bytes.Equal(got, big) {
				t.Fatalf("round trip: %v (len %d)", err, len(got))
			}
			obj, err := be.HeadObject("sources", "vigil/analysis/1/source.tar.gz")
			if err != nil || obj.Size != int64(len(big)) {
				t.Fatalf("object not stored under the prefix: %v", err)
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
	for _, st := range steps {
		t.Run(st.name, st.run)
	}
}

func TestNewS3Refusals(t *testing.T) {
	ctx := context.Background()
	good, _ := fakeS3(t)
	cases := []struct {
		name string
		edit func(c *config.S3)
		want string
	}{
		{"missing bucket", func(c *config.S3) { c.Bucket = "nope" }, `bucket "nope" does not exist`},
		{"not a URL", func(c *config.S3) { c.Endpoint = "minio:9000" }, "must be an http(s) URL"},
		{"unreachable", func(c *config.S3) { c.Endpoint = "http://127.0.0.1:1" }, "127.0.0.1:1"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := good
			tc.edit(&c)
			_, err := NewS3(ctx, c, nil)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want it to mention %q", err, tc.want)
			}
		})
	}
}
