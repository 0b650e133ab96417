package gitfetch

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"vigil/modules/repositories/internal/gittest"
	"vigil/platform/netguard"
)

// gitServer serves gittest's repository (main, dev, tag v1).
func gitServer(t *testing.T, token string) (url string, head string) {
	t.Helper()
	r := gittest.Serve(t, token)
	return r.URL, r.Head
}

func fetcher(t *testing.T, allow ...string) *Fetcher {
	t.Helper()
	g, err := netguard.New(netguard.Options{Allow: allow})
	if err != nil {
		t.Fatal(err)
	}
	return &Fetcher{Guard: g, Limits: Limits{MaxCloneBytes: 50 << 20, MaxArchiveBytes: 50 << 20, Timeout: time.Minute}}
}

// files lists a tar.gz's regular files with their contents.
func files(t *testing.T, b []byte) map[string]string {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(zr)
	out := map[string]string{}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		if h.Typeflag == tar.TypeReg {
			body, _ := io.ReadAll(tr)
			out[h.Name] = string(body)
		}
	}
}

func TestFetchRefs(t *testing.T) {
	url, head := gitServer(t, "")
	f := fetcher(t, "127.0.0.1")
	tests := []struct {
		ref       string
		want      []string
		wantNot   string
		wantHead  bool
		wantError error
	}{
		{ref: "", want: []string{"src/app.py", "README.md", ".gitattributes"}, wantNot: "src/dev.py", wantHead: true},
		{ref: "main", want: []string{"src/app.py", "README.md"}, wantNot: "src/dev.py", wantHead: true},
		{ref: "dev", want: []string{"src/app.py", "src/dev.py"}, wantNot: "README.md"},
		{ref: "v1", want: []string{"src/app.py"}, wantNot: "README.md"},
		{ref: "nope", wantError: ErrInvalidRef},
		{ref: "--upload-pack=touch /tmp/x", wantError: ErrInvalidRef},
	}
	for _, tt := range tests {
		t.Run(tt.ref, func(t *testing.T) {
			var buf bytes.Buffer
			commit, err := f.Fetch(context.Background(), Request{URL: url, Ref: tt.ref}, &buf)
			if tt.wantError != nil {
				if !errors.Is(err, tt.wantError) {
					t.Fatalf("err = %v, want %v", err, tt.wantError)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantHead && commit != head {
				t.Errorf("commit = %s, want %s", commit, head)
			}
			got := files(t, buf.Bytes())
			for _, w := range tt.want {
				if _, ok := got[w]; !ok {
					t.Errorf("archive lacks %s (has %v)", w, got)
				}
			}
			if _, ok := got[tt.wantNot]; ok {
				t.Errorf("archive has %s from another ref", tt.wantNot)
			}
			if got["src/app.py"] != gittest.Files["src/app.py"] {
				t.Errorf("app.py = %q, want the committed bytes", got["src/app.py"])
			}
		})
	}
}

func TestFetchToken(t *testing.T) {
	url, _ := gitServer(t, "s3cret-token")
	f := fetcher(t, "127.0.0.1")
	var buf bytes.Buffer
	_, err := f.Fetch(context.Background(), Request{URL: url}, &buf)
	if err == nil {
		t.Fatal("fetch without the token succeeded")
	}
	if _, err := f.Fetch(context.Background(), Request{URL: url, Token: "wrong"}, &buf); err == nil || strings.Contains(err.Error(), "wrong") {
		t.Fatalf("wrong token: err = %v (must fail and not echo the token)", err)
	}
	buf.Reset()
	if _, err := f.Fetch(context.Background(), Request{URL: url, Token: "s3cret-token"}, &buf); err != nil {
		t.Fatal(err)
	}
	if len(files(t, buf.Bytes())) == 0 {
		t.Fatal("empty archive")
	}
}

func TestFetchRefusals(t *testing.T) {
	url, _ := gitServer(t, "")
	tests := []struct {
		name string
		f    *Fetcher
		url  string
		want error
	}{
		{"loopback without allow", fetcher(t), url, netguard.ErrBlocked},
		{"name resolving to loopback", fetcher(t), strings.Replace(url, "127.0.0.1", "localhost", 1), netguard.ErrBlocked},
		{"metadata address", fetcher(t), "http://169.254.169.254/repo.git", netguard.ErrBlocked},
		{"clone too large", func() *Fetcher { f := fetcher(t, "127.0.0.1"); f.Limits.MaxArchiveBytes = 10; return f }(), url, ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.f.Fetch(context.Background(), Request{URL: tt.url}, io.Discard)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestCheckURL(t *testing.T) {
	f := fetcher(t)
	for _, u := range []string{"ssh://git@example.com/x.git", "git@example.com:x.git", "file:///etc", "ext::sh -c touch% /tmp/pwned",
		"https://user:pw@example.com/x.git", "https://example.com/x.git?upload-pack=x", "https://127.0.0.1/x.git", "https:///x.git"} {
		if err := f.CheckURL(u); err == nil {
			t.Errorf("CheckURL(%q) accepted", u)
		}
	}
	if err := f.CheckURL("https://gitlab.example.com/group/x.git"); err != nil {
		t.Errorf("CheckURL refused a public https URL: %v", err)
	}
}

func TestValidRef(t *testing.T) {
	for ref, want := range map[string]bool{"": true, "main": true, "release/1.2": true, "v1.0.0": true,
		"-x": false, "a..b": false, "a b": false, "x.lock": false, "a:b": false, "/a": false, "a\x00": false} {
		if got := ValidRef(ref); got != want {
			t.Errorf("ValidRef(%q) = %v, want %v", ref, got, want)
		}
	}
}
