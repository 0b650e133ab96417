package analysis

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"mime/multipart"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/errs"
	"vigil/platform/principal/principaltest"
)

// bigAPI is newAPI with intake limits of max bytes (the HTTP body limit
// is larger, so the intake is what refuses an upload).
func bigAPI(t testing.TB, db *database.DB, max int64, adjust func(*Deps)) *api {
	t.Helper()
	return newAPIWith(t, db, config.HTTP{BodyLimit: "1M", UploadLimit: fmt.Sprint(4 * max)}, func(d *Deps) {
		d.Config.MaxUploadBytes, d.Config.MaxUncompressedBytes = max, 2*max
		if adjust != nil {
			adjust(d)
		}
	})
}

// noiseZip is a zip of n files of size random (incompressible) bytes:
// what a repository's images and binaries look like to the intake.
func noiseZip(t testing.TB, n, size int) []byte {
	t.Helper()
	rnd := rand.New(rand.NewChaCha8([32]byte{1}))
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := range n {
		w, err := zw.Create(fmt.Sprintf("assets/img-%02d.png", i))
		if err != nil {
			t.Fatal(err)
		}
		b := make([]byte, size)
		for j := range b {
			b[j] = byte(rnd.Uint32())
		}
		_, _ = w.Write(b)
	}
	w, _ := zw.Create("app/main.py")
	_, _ = w.Write([]byte(vulnPy))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// heapPeak measures the live heap (what a collection finds reachable, so
// garbage waiting to be collected does not count) after collection upon
// collection until stop is called, and returns the highest value seen
// above the live heap at the start.
func heapPeak() (stop func() uint64) {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	live := func() uint64 {
		metrics.Read(sample)
		return sample[0].Value.Uint64()
	}
	// Objects with finalizers (database handles of the previous subtest)
	// take more than one collection to go.
	for range 3 {
		runtime.GC()
	}
	base := live()
	peak := base
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			runtime.GC()
			peak = max(peak, live())
			select {
			case <-done:
				return
			default:
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		return peak - min(peak, base)
	}
}

// TestUploadIsStreamed is the memory bound of an intake: taking in a
// 32 MiB upload (incompressible, as images and binaries are) through the
// HTTP handler into the database blob store grows the live heap by less
// than three quarters of the upload (6-12 MiB measured). Buffering it (the multipart form, a copy of each part, the
// bundle, the bundle bound as one database parameter) held several times
// its size, which is how 12 parallel uploads took a replica to 1.85 GB.
func TestUploadIsStreamed(t *testing.T) {
	if os.Getenv("VIGIL_TEST_UPLOAD_ALONE") == "" {
		// The heap is the process's: measured in a process of its own, so
		// what earlier tests left running is not counted.
		cmd := exec.Command(os.Args[0], "-test.run=^TestUploadIsStreamed$", "-test.v")
		cmd.Env = append(os.Environ(), "VIGIL_TEST_UPLOAD_ALONE=1")
		out, err := cmd.CombinedOutput()
		t.Logf("in a process of its own:\n%s", out)
		if err != nil {
			t.Fatalf("the upload memory test failed: %v", err)
		}
		return
	}
	const files, size = 8, 4 << 20
	// The request body is sent from a file, so the test's own copy of it
	// is not in the heap that is measured.
	archive := noiseZip(t, files, size)
	archiveSize := len(archive)
	ct, body := multipartBody(t, "static", map[string][]byte{"big.zip": archive})
	bodyFile := filepath.Join(t.TempDir(), "body")
	if err := os.WriteFile(bodyFile, body, 0o600); err != nil {
		t.Fatal(err)
	}
	archive, body = nil, nil
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		a := bigAPI(t, db, 64<<20, nil)
		f, err := os.Open(bodyFile)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		req, _ := http.NewRequest("POST", a.srv.URL+"/api/v1/analyses", f)
		req.Header.Set("Content-Type", ct)
		req.Header.Set(principaltest.Header, a.who("member"))
		stop := heapPeak()
		res, err := http.DefaultClient.Do(req)
		grew := stop()
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		if res.StatusCode != 201 {
			b, _ := io.ReadAll(res.Body)
			t.Fatalf("create: %d %s", res.StatusCode, b)
		}
		limit := uint64(archiveSize * 3 / 4)
		t.Logf("upload %d MiB: heap grew by at most %.1f MiB (limit %d MiB)", archiveSize>>20, float64(grew)/(1<<20), limit>>20)
		if grew > limit {
			t.Fatalf("taking in a %d MiB upload grew the heap by %.1f MiB, more than %d MiB: the upload is buffered, not streamed", archiveSize>>20, float64(grew)/(1<<20), limit>>20)
		}
	})
}

// formBody builds a multipart body from fields in order: a value, or a
// file when the name is "files" (name=filename).
func formBody(t testing.TB, fields ...[3]string) (string, []byte) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for _, f := range fields {
		if f[0] == "files" {
			w, _ := mw.CreateFormFile("files", f[1])
			_, _ = w.Write([]byte(f[2]))
			continue
		}
		_ = mw.WriteField(f[0], f[2])
	}
	_ = mw.Close()
	return mw.FormDataContentType(), buf.Bytes()
}

// TestUploadForm walks the multipart handler: fields in any order, the
// limits and checks unchanged, and no spool file left behind whatever the
// answer.
func TestUploadForm(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	db := dbtest.Open(t, database.SQLite)
	a := bigAPI(t, db, 1<<20, nil)
	good := string(zipOf(t, map[string]string{"app/a.py": vulnPy}))
	tests := []struct {
		name   string
		fields [][3]string
		status int
		want   string
	}{
		{"file before the tier", [][3]string{{"files", "a.zip", good}, {"tier", "", "static"}, {"name", "", "mine"}}, 201, `"status":"queued"`},
		{"plain files and options", [][3]string{{"tier", "", "static"}, {"options", "", `{"include_tests":true}`}, {"files", "a.py", vulnPy}, {"files", "b.py", "x = 1\n"}}, 201, `"files":2`},
		{"unknown fields are skipped", [][3]string{{"tier", "", "static"}, {"junk", "", "x"}, {"other", "o.bin", "x"}, {"files", "a.zip", good}}, 201, `"files":1`},
		{"over max_upload_bytes", [][3]string{{"tier", "", "static"}, {"files", "a.py", "x"}, {"files", "big.bin", string(make([]byte, 1<<20))}}, 422, "larger than 1048576 bytes"},
		{"options not JSON", [][3]string{{"tier", "", "static"}, {"options", "", "{"}, {"files", "a.zip", good}}, 422, "must be a JSON object"},
		{"zip slip", [][3]string{{"tier", "", "static"}, {"files", "s.zip", string(zipOf(t, map[string]string{"../x.py": "x"}))}}, 422, "escapes"},
		{"no files", [][3]string{{"tier", "", "static"}}, 422, "no files were uploaded"},
		{"text fields too large", [][3]string{{"tier", "", "static"}, {"name", "", string(make([]byte, maxFormValueBytes+1))}}, 413, "text fields are larger"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ct, body := formBody(t, tc.fields...)
			res := a.do(t, a.who("member"), "POST", "/api/v1/analyses", ct, body)
			b, _ := io.ReadAll(res.Body)
			if res.StatusCode != tc.status || !strings.Contains(string(b), tc.want) {
				t.Fatalf("got %d %s, want %d with %q", res.StatusCode, b, tc.status, tc.want)
			}
			if left, _ := os.ReadDir(tmp); len(left) > 0 {
				t.Fatalf("spool files left behind: %v", left)
			}
		})
	}
}

// TestIntakeGate shows the bound on concurrent intakes: an upload beyond
// it waits for a free intake and succeeds, and one that waits longer than
// analysis.intake_wait is answered 503 with Retry-After (the quote route
// too) instead of failing silently or piling up.
func TestIntakeGate(t *testing.T) {
	db := dbtest.Open(t, database.SQLite)
	a := bigAPI(t, db, 1<<20, func(d *Deps) { d.Config.MaxConcurrentIntakes, d.Config.IntakeWait = 1, 300*time.Millisecond })
	ct, body := multipartBody(t, "static", map[string][]byte{"a.zip": zipOf(t, map[string]string{"a.py": vulnPy})})
	tests := []struct {
		name    string
		path    string
		release time.Duration // when the intake held by the test frees up; 0 = not during the request
		status  int
	}{
		{"waits for a free intake", "/api/v1/analyses", 50 * time.Millisecond, 201},
		{"busy past intake_wait", "/api/v1/analyses", 0, 503},
		{"quote busy past intake_wait", "/api/v1/analyses/quote", 0, 503},
		{"free again", "/api/v1/analyses", -1, 201},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.release >= 0 {
				release, err := a.svc.intakes.enter(context.Background())
				if err != nil {
					t.Fatal(err)
				}
				if tc.release > 0 {
					time.AfterFunc(tc.release, release)
				} else {
					defer release()
				}
			}
			start := time.Now()
			res := a.do(t, a.who("member"), "POST", tc.path, ct, body)
			b, _ := io.ReadAll(res.Body)
			if res.StatusCode != tc.status {
				t.Fatalf("got %d %s, want %d", res.StatusCode, b, tc.status)
			}
			if tc.status == 503 {
				if res.Header.Get("Retry-After") != "5" || !strings.Contains(string(b), "unavailable") {
					t.Fatalf("503 without Retry-After 5 or problem body: %q %s", res.Header.Get("Retry-After"), b)
				}
				if d := time.Since(start); d < 300*time.Millisecond {
					t.Fatalf("answered after %s, before intake_wait", d)
				}
			}
		})
	}
}

func TestIntakeGateUnit(t *testing.T) {
	g := newIntakeGate(2, 20*time.Millisecond)
	r1, err1 := g.enter(context.Background())
	r2, err2 := g.enter(context.Background())
	if err1 != nil || err2 != nil {
		t.Fatalf("two intakes of two refused: %v %v", err1, err2)
	}
	if _, err := g.enter(context.Background()); errs.KindOf(err) != errs.KindUnavailable {
		t.Fatalf("third intake: %v, want unavailable", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := g.enter(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("canceled caller: %v", err)
	}
	r1()
	r3, err := g.enter(context.Background())
	if err != nil {
		t.Fatalf("after a release: %v", err)
	}
	r2()
	r3()
	if d := newIntakeGate(0, 0); cap(d.slots) != DefaultMaxConcurrentIntakes || d.wait != DefaultIntakeWait {
		t.Fatalf("zero config gives %d slots and %s", cap(d.slots), d.wait)
	}
}
