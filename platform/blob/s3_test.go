package blob

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"

	"vigil/platform/config"
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
	contract(t, s, step{"objects live under the prefix", func(t *testing.T) {
		if err := s.Put(ctx, "k", strings.NewReader("abc"), 3); err != nil {
			t.Fatal(err)
		}
		obj, err := be.HeadObject("sources", "vigil/k")
		if err != nil || obj.Size != 3 {
			t.Fatalf("object not stored under the prefix: %v", err)
		}
	}})
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
