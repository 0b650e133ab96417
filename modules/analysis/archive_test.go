package analysis

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"testing"

	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/errs"
)

func tarGzOf(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for name, body := range files {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		_, _ = tw.Write([]byte(body))
	}
	_ = tw.Close()
	_ = zw.Close()
	return buf.Bytes()
}

func TestCreateFromArchive(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db, true)
		arch := tarGzOf(t, map[string]string{"app/main.py": vulnPy})
		req := ArchiveRequest{Tier: TierStatic, Name: "acme/api@main", Archive: bytes.NewReader(arch), ArchiveSize: int64(len(arch))}
		// The same intake checks as uploads: a path escaping the tree is refused.
		bad := tarGzOf(t, map[string]string{"app/main.py": vulnPy, "../escape.py": vulnPy})
		badReq := ArchiveRequest{Tier: TierStatic, Archive: bytes.NewReader(bad), ArchiveSize: int64(len(bad))}

		tests := []struct {
			name  string
			start func() (*Created, error)
			kind  errs.Kind
		}{
			{"member", func() (*Created, error) { return e.svc.CreateFromArchive(e.as("member"), req) }, ""},
			{"viewer may not", func() (*Created, error) { return e.svc.CreateFromArchive(e.as("viewer"), req) }, errs.KindForbidden},
			{"nobody signed in", func() (*Created, error) { return e.svc.CreateFromArchive(context.Background(), req) }, errs.KindUnauthorized},
			{"for a workspace", func() (*Created, error) {
				return e.svc.CreateFromArchiveFor(context.Background(), e.ws, "0190f0f0-0000-7000-8000-000000000003", req)
			}, ""},
			{"for no workspace", func() (*Created, error) { return e.svc.CreateFromArchiveFor(context.Background(), "", "x", req) }, errs.KindInvalid},
			{"escaping path", func() (*Created, error) { return e.svc.CreateFromArchive(e.as("member"), badReq) }, errs.KindInvalid},
			{"empty archive", func() (*Created, error) {
				return e.svc.CreateFromArchive(e.as("member"), ArchiveRequest{Tier: TierStatic})
			}, errs.KindInvalid},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				c, err := tt.start()
				if tt.kind != "" {
					if errs.KindOf(err) != tt.kind {
						t.Fatalf("err = %v (kind %q), want kind %q", err, errs.KindOf(err), tt.kind)
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				v := waitStatus(t, e, c.ID, "completed", "failed")
				if v.Status != "completed" || v.SourceKind != SourceKindRepository || v.Name != "acme/api@main" {
					t.Fatalf("analysis = %s / %s / %q, want completed / repository / acme/api@main", v.Status, v.SourceKind, v.Name)
				}
				if v.FilesTotal != 1 {
					t.Errorf("files = %d, want 1", v.FilesTotal)
				}
				rv, fs, err := e.svc.ResultFor(context.Background(), e.ws, c.ID)
				if err != nil || rv.Status != "completed" || len(fs) == 0 || fs[0].Location.Path != "app/main.py" {
					t.Fatalf("ResultFor = %v, %d findings, %v", rv, len(fs), err)
				}
				if _, _, err := e.svc.ResultFor(context.Background(), "0190f0f0-0000-7000-8000-0000000000ff", c.ID); errs.KindOf(err) != errs.KindNotFound {
					t.Errorf("ResultFor in another workspace: err = %v, want not found", err)
				}
			})
		}
	})
}
