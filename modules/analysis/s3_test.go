package analysis

import (
	"context"
	"errors"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"

	"vigil/modules/analysis/internal/intake"
	"vigil/platform/blob"
	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/errs"
)

// Sources in an S3-compatible bucket (the S3 REST API served on loopback):
// the worker reads the upload from the bucket and deletes it when done.
func TestAnalysisWithS3Sources(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		be := s3mem.New()
		if err := be.CreateBucket("sources"); err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(gofakes3.New(be).Server())
		defer srv.Close()
		s3, err := blob.NewS3(context.Background(), config.S3{Endpoint: srv.URL, Bucket: "sources", Region: "us-east-1",
			AccessKey: "k", SecretKey: "s", PathStyle: true}, nil)
		if err != nil {
			t.Fatal(err)
		}
		e := newEnv(t, db, true)
		e.svc.d.Blobs = s3

		src := zipOf(t, map[string]string{"app/handler.py": vulnPy})
		created, err := e.svc.Create(e.as("member"), &Request{Tier: TierStatic, Source: Source{Kind: "upload", Parts: []intake.Part{{Name: "s3.zip", Data: src}}}})
		if err != nil {
			t.Fatal(err)
		}
		v := waitStatus(t, e, created.ID, "completed", "failed")
		if v.Status != "completed" || v.Counts.Critical+v.Counts.High == 0 {
			t.Fatalf("analysis over S3 sources: %+v", v)
		}
		// The worker deletes the source after committing the status a
		// reader may see first (afterFinish): wait for it, within reason.
		for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
			_, err := s3.Get(context.Background(), "analysis/"+v.ID+"/source.tar.gz")
			if errors.Is(err, errs.ErrNotFound) {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("source object not deleted after the analysis: %v", err)
			}
		}
	})
}
