package github

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"vigil/modules/repositories/githubtest"
)

func newApp(t *testing.T, f *githubtest.Fake, slept *[]time.Duration) *App {
	t.Helper()
	a, err := New(Options{AppID: f.AppID, PrivateKeyPEM: f.KeyPEM, APIURL: f.URL(), HTTP: &http.Client{Timeout: 10 * time.Second},
		Sleep: func(_ context.Context, d time.Duration) error {
			if slept != nil {
				*slept = append(*slept, d)
			}
			return nil
		}})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

var acme = &githubtest.Repo{ID: 7, FullName: "acme/api", DefaultBranch: "main", Refs: map[string]githubtest.Tree{
	"main": {Commit: "0123456789abcdef0123456789abcdef01234567", Files: map[string]string{"app.py": "print(1)\n"}},
}}

func TestInstallationTokenMintedOnceAndSentAsToken(t *testing.T) {
	f := githubtest.New(t)
	f.Install(11, "acme", acme)
	a := newApp(t, f, nil)
	ctx := context.Background()
	for range 3 {
		rs, err := a.Repositories(ctx, 11)
		if err != nil {
			t.Fatal(err)
		}
		if len(rs) != 1 || rs[0].FullName != "acme/api" || rs[0].DefaultBranch != "main" {
			t.Fatalf("repositories = %+v", rs)
		}
	}
	mints := f.CallsTo(`^POST /app/installations/11/access_tokens$`)
	if len(mints) != 1 || !strings.HasPrefix(mints[0].Auth, "Bearer ey") {
		t.Fatalf("token minted %d times (auth %v), want once with the App JWT", len(mints), mints)
	}
	for _, c := range f.CallsTo(`^GET /installation/repositories`) {
		if c.Auth != "token ghs_fake11_1" {
			t.Errorf("repositories called with %q, want the installation token", c.Auth)
		}
	}
	if _, err := a.Installation(ctx, 99); !IsNotFound(err) {
		t.Errorf("unknown installation: err = %v, want 404", err)
	}
	if _, err := a.Token(ctx, 99); !IsNotFound(err) {
		t.Errorf("token of unknown installation: err = %v, want 404", err)
	}
}

func TestRepositoriesPages(t *testing.T) {
	f := githubtest.New(t)
	var repos []*githubtest.Repo
	for i := range 250 {
		repos = append(repos, &githubtest.Repo{ID: int64(i + 1), FullName: fmt.Sprintf("acme/r%d", i), DefaultBranch: "main"})
	}
	f.Install(12, "acme", repos...)
	rs, err := newApp(t, f, nil).Repositories(context.Background(), 12)
	if err != nil || len(rs) != 250 {
		t.Fatalf("got %d repositories, %v; want 250", len(rs), err)
	}
	if n := len(f.CallsTo(`^GET /installation/repositories`)); n != 3 {
		t.Errorf("pages fetched = %d, want 3", n)
	}
}

func TestTarballFollowsRedirectWithoutToken(t *testing.T) {
	f := githubtest.New(t)
	f.Install(11, "acme", acme)
	a := newApp(t, f, nil)
	var buf bytes.Buffer
	n, err := a.Tarball(context.Background(), 11, "acme/api", "main", &buf, 1<<20)
	if err != nil || n == 0 {
		t.Fatalf("tarball: %d, %v", n, err)
	}
	dl := f.CallsTo(`^GET /codeload/acme/api/main$`)
	if len(dl) != 1 || dl[0].Auth != "" {
		t.Fatalf("download calls = %+v, want one without Authorization", dl)
	}
	if _, err := a.Tarball(context.Background(), 11, "acme/api", "main", &bytes.Buffer{}, 10); !errors.Is(err, ErrTooLarge) {
		t.Errorf("small limit: err = %v, want ErrTooLarge", err)
	}
	if _, err := a.Tarball(context.Background(), 11, "acme/other", "main", &bytes.Buffer{}, 1<<20); !IsNotFound(err) {
		t.Errorf("repository outside the installation: err = %v, want 404", err)
	}
}

func TestRetries(t *testing.T) {
	tests := []struct {
		name      string
		failures  []githubtest.Failure
		wantErr   int // status of the final error; 0 = success
		wantSleep []time.Duration
	}{
		{"5xx then success", []githubtest.Failure{{Status: 502}, {Status: 503}}, 0, []time.Duration{time.Second, 2 * time.Second}},
		{"secondary rate limit honours Retry-After", []githubtest.Failure{{Status: 403, Headers: map[string]string{"Retry-After": "7"}}}, 0, []time.Duration{7 * time.Second}},
		{"429", []githubtest.Failure{{Status: 429, Headers: map[string]string{"Retry-After": "2"}}}, 0, []time.Duration{2 * time.Second}},
		{"plain 403 is not retried", []githubtest.Failure{{Status: 403}}, 403, nil},
		{"422 is not retried", []githubtest.Failure{{Status: 422}}, 422, nil},
		{"gives up after 4 retries", []githubtest.Failure{{Status: 500}, {Status: 500}, {Status: 500}, {Status: 500}, {Status: 500}}, 500,
			[]time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := githubtest.New(t)
			f.Install(11, "acme", acme)
			var slept []time.Duration
			a := newApp(t, f, &slept)
			f.Fail("/installation/repositories", tt.failures...)
			_, err := a.Repositories(context.Background(), 11)
			var e *Error
			switch {
			case tt.wantErr == 0 && err != nil:
				t.Fatalf("err = %v", err)
			case tt.wantErr != 0 && (!errors.As(err, &e) || e.Status != tt.wantErr):
				t.Fatalf("err = %v, want status %d", err, tt.wantErr)
			}
			if fmt.Sprint(slept) != fmt.Sprint(tt.wantSleep) {
				t.Errorf("waits = %v, want %v", slept, tt.wantSleep)
			}
		})
	}
}

func TestJWT(t *testing.T) {
	f := githubtest.New(t)
	a := newApp(t, f, nil)
	a.now = func() time.Time { return time.Now().Add(-11 * time.Minute) }
	f.Install(1, "x")
	if _, err := a.Installation(context.Background(), 1); err == nil {
		t.Fatal("an expired App JWT was accepted by the fake: the fake does not check expiry")
	}
	a.now = time.Now
	if _, err := a.Installation(context.Background(), 1); err != nil {
		t.Fatal(err)
	}
	if _, err := New(Options{AppID: 1, PrivateKeyPEM: []byte("nope"), APIURL: f.URL(), HTTP: http.DefaultClient}); err == nil {
		t.Error("a non-PEM key was accepted")
	}
}

func TestRestrip(t *testing.T) {
	tree := githubtest.Tree{Commit: "0123456789abcdef0123456789abcdef01234567", Files: map[string]string{"src/a.py": "x = 1\n", "README.md": "hi\n"}}
	var out bytes.Buffer
	commit, err := Restrip(bytes.NewReader(githubtest.Tarball("acme/api", tree)), &out, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if commit != tree.Commit {
		t.Errorf("commit = %q", commit)
	}
	zr, _ := gzip.NewReader(&out)
	tr := tar.NewReader(zr)
	got := map[string]string{}
	for {
		h, err := tr.Next()
		if err != nil {
			break
		}
		b, _ := io.ReadAll(tr)
		got[h.Name] = string(b)
	}
	if fmt.Sprint(got) != fmt.Sprint(tree.Files) {
		t.Errorf("files = %v, want %v (no prefix, no symlink)", got, tree.Files)
	}
	if _, err := Restrip(bytes.NewReader(githubtest.Tarball("acme/api", tree)), io.Discard, 5); !errors.Is(err, ErrTooLarge) {
		t.Errorf("limit: err = %v", err)
	}
}
