package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// startServer runs `vigil serve` in-process on a fresh SQLite data dir and
// returns its base URL once it is ready.
func startServer(t *testing.T) string {
	t.Helper()
	t.Setenv("VIGIL_DATA_DIR", t.TempDir())
	t.Setenv("VIGIL_LOG_LEVEL", "error")
	t.Setenv("VIGIL_JOBS_POLL_INTERVAL", "100ms")
	addr := freeAddr(t)
	base := "http://" + addr
	t.Setenv("VIGIL_BASE_URL", base)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"serve", "--addr", addr}, io.Discard, io.Discard) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			t.Error("serve did not stop")
		}
	})
	deadline := time.Now().Add(30 * time.Second)
	for {
		res, err := http.Get(base + "/healthz/ready")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return base
			}
		}
		select {
		case err := <-done:
			t.Fatalf("serve exited early: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("not ready after 30s (last error %v)", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// apiKey signs a new user up and in through the API (the sign-up grant
// pays for static analyses) and creates an API key with scopes.
func apiKey(t *testing.T, base, email string, scopes ...string) string {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar}
	post := func(path string, body any, hdr ...string) *http.Response {
		b, _ := json.Marshal(body)
		req, _ := http.NewRequest(http.MethodPost, base+path, bytes.NewReader(b))
		req.Header.Set("Content-Type", "application/json")
		for i := 0; i+1 < len(hdr); i += 2 {
			req.Header.Set(hdr[i], hdr[i+1])
		}
		res, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	creds := map[string]string{"email": email, "password": "a long test password 1"}
	res := post("/api/v1/auth/register", creds)
	res.Body.Close()
	if res.StatusCode/100 != 2 {
		t.Fatalf("register: %d", res.StatusCode)
	}
	// Sign-up answers the same whether or not the email is taken, so it
	// never signs in; the sign-in that follows does.
	res = post("/api/v1/auth/login", creds)
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("login: %d", res.StatusCode)
	}
	csrf := ""
	for _, ck := range res.Cookies() {
		if ck.Name == "vigil_csrf" {
			csrf = ck.Value
		}
	}
	res = post("/api/v1/api-keys", map[string]any{"name": "ci", "scopes": scopes}, "X-CSRF-Token", csrf)
	defer res.Body.Close()
	var out struct {
		Key string `json:"key"`
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil || res.StatusCode != http.StatusCreated || !strings.HasPrefix(out.Key, "vigil_") {
		t.Fatalf("create key: %d %v %q", res.StatusCode, err, out.Key)
	}
	return out.Key
}

func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "shop")
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// `vigil scan --server` against a real server (auth, credits, analysis,
// job workers on SQLite): it uploads what a local scan would read, waits,
// and prints the same report formats with the same exit codes.
func TestRemoteScan(t *testing.T) {
	base := startServer(t)
	key := apiKey(t, base, "ci@example.com", "analyze")
	readKey := apiKey(t, base, "reader@example.com", "read")
	vuln := writeTree(t, map[string]string{
		"app/handler.py": "import os\n\ndef handler(request):\n    os.system(request.args.get(\"c\"))\n",
		"app/hash.py":    "import hashlib\ntoken_hash = hashlib.md5(b'x')\n",
		// ignored locally, so never uploaded, so never reported
		".gitignore":              "build/\n",
		"build/gen.py":            "import hashlib\ntoken_hash = hashlib.md5(b'y')\n",
		"node_modules/x/index.py": "import hashlib\ntoken_hash = hashlib.md5(b'z')\n",
	})
	clean := writeTree(t, map[string]string{"main.py": "print('hello')\n"})
	local, _, lerr := runCapture(t, "scan", "--format", "json", vuln)
	if exitCode(lerr) != 1 {
		t.Fatalf("local scan: %v", lerr)
	}
	localFPs := fingerprints(t, local)

	tests := []struct {
		name     string
		args     []string
		exit     int
		stdout   []string
		stderr   []string
		noStdout []string
	}{
		{"json report with findings exits 1", []string{"--format", "json", vuln}, 1,
			[]string{`"rule_id"`, "app/handler.py", "app/hash.py"}, []string{"queued", "quote", "completed"}, []string{"build/gen.py", "node_modules"}},
		{"text report", []string{vuln}, 1, []string{"app/handler.py", "Summary:", "Findings:"}, nil, nil},
		{"fail-on none exits 0", []string{"--fail-on", "none", "--format", "sarif", vuln}, 0, []string{`"version": "2.1.0"`, "partialFingerprints"}, nil, nil},
		{"clean tree exits 0", []string{clean}, 0, []string{"Findings: 0"}, nil, nil},
		{"read-only key is refused with 2", []string{"--api-key", readKey, vuln}, 2, nil, []string{"403"}, nil},
		{"wrong key is refused with 2", []string{"--api-key", "vigil_wrong", vuln}, 2, nil, []string{"401"}, nil},
		{"plain http to a remote host is refused", []string{"--server", "http://vigil.example.com", vuln}, 2, nil, []string{"unencrypted"}, nil},
		{"bad tier", []string{"--tier", "gold", vuln}, 2, nil, []string{"--tier"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"scan", "--server", base, "--api-key", key, "--no-color"}, tt.args...)
			out, errOut, err := runCapture(t, args...)
			if err != nil {
				errOut += err.Error()
			}
			if got := exitCode(err); (err == nil && tt.exit != 0) || (err != nil && got != tt.exit) {
				t.Fatalf("exit %d (err %v), want %d\nstdout:\n%s\nstderr:\n%s", got, err, tt.exit, out, errOut)
			}
			for _, w := range tt.stdout {
				if !strings.Contains(out, w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tt.noStdout {
				if strings.Contains(out, w) {
					t.Errorf("stdout has %q:\n%s", w, out)
				}
			}
			for _, w := range tt.stderr {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
		})
	}

	t.Run("same findings as a local scan, report written with -o", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "remote.json")
		_, _, err := runCapture(t, "scan", "--server", base, "--api-key", key, "--format", "json", "-o", file, vuln)
		if exitCode(err) != 1 {
			t.Fatalf("exit: %v", err)
		}
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		remote := fingerprints(t, string(data))
		if strings.Join(remote, ",") != strings.Join(localFPs, ",") || len(remote) < 2 {
			t.Fatalf("remote fingerprints %v, local %v", remote, localFPs)
		}
	})
}

func fingerprints(t *testing.T, report string) []string {
	t.Helper()
	var r struct {
		Findings []struct {
			Fingerprint string `json:"fingerprint"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(report), &r); err != nil {
		t.Fatalf("%v\n%s", err, report)
	}
	var out []string
	for _, f := range r.Findings {
		out = append(out, f.Fingerprint)
	}
	slices.Sort(out)
	return out
}
