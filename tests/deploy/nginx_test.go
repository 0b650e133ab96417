package deploy_test

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// nginxBinary finds Debian's nginx: a failure under CI (where .ci/run
// installs it), a skip elsewhere.
func nginxBinary(t *testing.T) string {
	t.Helper()
	if bin, err := exec.LookPath("nginx"); err == nil {
		return bin
	}
	if _, err := os.Stat("/usr/sbin/nginx"); err == nil {
		return "/usr/sbin/nginx"
	}
	if os.Getenv("CI") != "" {
		t.Fatal("nginx is not installed; .ci/run installs it (apt-get install nginx)")
	}
	t.Skip("nginx not installed (apt-get install nginx); CI runs this check")
	return ""
}

// freePort asks the kernel for a free loopback port.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// nginxSite is the shipped nginx configuration rendered for loopback: the
// same file with only its paths, listen addresses and upstream names
// rewritten, and a certificate made by deploy/certs.sh.
type nginxSite struct {
	bin, dir            string
	conf, upstreams     string
	httpPort, httpsPort int
	certs               *x509.CertPool
	cmd                 *exec.Cmd
}

// renderNginx writes the shipped nginx.conf and active.conf into a
// temporary directory, with app-blue and app-green pointing at blue and
// green (host:port).
func renderNginx(t *testing.T, blue, green string) *nginxSite {
	t.Helper()
	s := &nginxSite{bin: nginxBinary(t), dir: t.TempDir(), httpPort: freePort(t), httpsPort: freePort(t)}
	root := repoRoot(t)
	conf, err := os.ReadFile(filepath.Join(root, "nginx/nginx.conf"))
	if err != nil {
		t.Fatal(err)
	}
	up, err := os.ReadFile(filepath.Join(root, "nginx/upstreams/active.conf"))
	if err != nil {
		t.Fatal(err)
	}
	certDir := filepath.Join(s.dir, "certs")
	cmd := exec.Command("sh", filepath.Join(root, "deploy/certs.sh"), certDir)
	cmd.Env = append(os.Environ(), "VIGIL_TLS_HOSTNAME=localhost")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("deploy/certs.sh: %v\n%s", err, out)
	} else if !strings.Contains(string(out), "SELF-SIGNED") {
		t.Errorf("deploy/certs.sh made a certificate without the warning:\n%s", out)
	}
	pem, err := os.ReadFile(filepath.Join(certDir, "fullchain.pem"))
	if err != nil {
		t.Fatal(err)
	}
	s.certs = x509.NewCertPool()
	if !s.certs.AppendCertsFromPEM(pem) {
		t.Fatal("deploy/certs.sh wrote no PEM certificate")
	}
	replace := []string{
		"/etc/nginx/upstreams/", s.dir + "/",
		"/etc/nginx/certs/", certDir + "/",
		"listen 80;", fmt.Sprintf("listen 127.0.0.1:%d;", s.httpPort),
		"listen 443 ssl;", fmt.Sprintf("listen 127.0.0.1:%d ssl;", s.httpsPort),
		"access_log /dev/stdout main;", "access_log " + s.dir + "/access.log main;",
		"error_log /dev/stderr warn;", "error_log " + s.dir + "/error.log warn;",
		"root /var/www/acme;", "root " + s.dir + "/acme;",
	}
	text := strings.NewReplacer(replace...).Replace(string(conf))
	for i := 0; i < len(replace); i += 2 {
		if !strings.Contains(string(conf), replace[i]) {
			t.Fatalf("nginx.conf no longer contains %q: update renderNginx", replace[i])
		}
	}
	head := "daemon off;\npid " + s.dir + "/nginx.pid;\n"
	if os.Geteuid() == 0 {
		head += "user root;\n" // workers write temp files into the test's private dir
	}
	temp := "http {\n"
	for _, d := range []string{"client_body", "proxy", "fastcgi", "uwsgi", "scgi"} {
		temp += fmt.Sprintf("  %s_temp_path %s/%s;\n", d, s.dir, d)
	}
	text = head + strings.Replace(text, "http {\n", temp, 1)
	s.conf = filepath.Join(s.dir, "nginx.conf")
	s.upstreams = filepath.Join(s.dir, "active.conf")
	upText := strings.NewReplacer("app-blue:8080", blue, "app-green:8080", green).Replace(string(up))
	if err := os.WriteFile(s.conf, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(s.upstreams, []byte(upText), 0o600); err != nil {
		t.Fatal(err)
	}
	return s
}

// args are the flags that select this site's configuration.
func (s *nginxSite) args(extra ...string) []string {
	return append([]string{"-p", s.dir, "-e", s.dir + "/error.log", "-c", s.conf}, extra...)
}

// check runs `nginx -t`.
func (s *nginxSite) check(t *testing.T) {
	t.Helper()
	if out, err := exec.Command(s.bin, s.args("-t")...).CombinedOutput(); err != nil {
		t.Fatalf("nginx -t failed: %v\n%s", err, out)
	}
}

// start runs nginx in the foreground of a child process, stopped at cleanup.
func (s *nginxSite) start(t *testing.T) {
	t.Helper()
	s.check(t)
	s.cmd = exec.Command(s.bin, s.args()...)
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = s.cmd.Process.Signal(syscall.SIGQUIT)
		done := make(chan struct{})
		go func() { _ = s.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = s.cmd.Process.Kill()
			<-done
		}
		if t.Failed() {
			if b, err := os.ReadFile(s.dir + "/error.log"); err == nil {
				t.Logf("nginx error.log:\n%s", tail(string(b), 4000))
			}
		}
	})
	deadline := time.Now().Add(10 * time.Second)
	for {
		c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", s.httpsPort))
		if err == nil {
			c.Close()
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("nginx does not listen: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// reloadCommand is the shell command that checks and reloads this site.
func (s *nginxSite) reloadCommand() string {
	a := strings.Join(s.args(), " ")
	return fmt.Sprintf("%s %s -t -q && %s %s -s reload", s.bin, a, s.bin, a)
}

// client speaks HTTPS to the site, trusting only its test certificate.
func (s *nginxSite) client(jar http.CookieJar) *http.Client {
	return &http.Client{
		Jar:     jar,
		Timeout: 30 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig:     &tls.Config{RootCAs: s.certs, ServerName: "localhost"},
			MaxIdleConnsPerHost: 64,
		},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

// base is the HTTPS URL of the site.
func (s *nginxSite) base() string { return fmt.Sprintf("https://127.0.0.1:%d", s.httpsPort) }

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// TestNginxConfig runs `nginx -t` on the shipped configuration with the
// compose service names pointed at loopback (they only resolve inside the
// compose network).
func TestNginxConfig(t *testing.T) {
	s := renderNginx(t, "127.0.0.1:18080", "127.0.0.2:18080")
	s.check(t)
}

// TestNginxTLSEdge starts the shipped configuration in front of a stand-in
// upstream and checks what the public side shows: HTTPS only, HSTS, modern
// protocols, no /metrics, unbuffered progress streams.
func TestNginxTLSEdge(t *testing.T) {
	var metricsHits atomic.Int32
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/metrics":
			metricsHits.Add(1)
			_, _ = io.WriteString(w, "vigil_secret_metric 1\n")
		case strings.HasSuffix(r.URL.Path, "/events"):
			w.Header().Set("Content-Type", "text/event-stream")
			_, _ = io.WriteString(w, "id: 1\nevent: progress\ndata: {}\n\n")
			w.(http.Flusher).Flush()
			time.Sleep(3 * time.Second) // a buffered proxy would hold the first event back
		default:
			// A replica behind https sets HSTS itself, as Vigil does.
			w.Header().Set("Strict-Transport-Security", "max-age=31536000")
			_, _ = fmt.Fprintf(w, "proto=%s", r.Header.Get("X-Forwarded-Proto"))
		}
	}))
	defer up.Close()
	addr := strings.TrimPrefix(up.URL, "http://")
	s := renderNginx(t, addr, addr)
	s.start(t)
	c := s.client(nil)

	t.Run("http redirects to https", func(t *testing.T) {
		resp, err := c.Get(fmt.Sprintf("http://127.0.0.1:%d/api/v1/auth/me?x=1", s.httpPort))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != "https://127.0.0.1/api/v1/auth/me?x=1" {
			t.Fatalf("got %d Location=%q, want 301 to https://127.0.0.1/api/v1/auth/me?x=1", resp.StatusCode, resp.Header.Get("Location"))
		}
	})
	t.Run("https proxies with HSTS and X-Forwarded-Proto", func(t *testing.T) {
		resp, err := c.Get(s.base() + "/")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if string(body) != "proto=https" {
			t.Errorf("upstream saw %q, want proto=https", body)
		}
		if all := resp.Header.Values("Strict-Transport-Security"); len(all) != 1 {
			t.Errorf("Strict-Transport-Security sent %d times: %q", len(all), all)
		}
		if hsts := resp.Header.Get("Strict-Transport-Security"); !strings.Contains(hsts, "max-age=63072000") {
			t.Errorf("Strict-Transport-Security = %q", hsts)
		}
		if resp.TLS == nil || resp.TLS.Version < tls.VersionTLS12 {
			t.Errorf("TLS state %+v", resp.TLS)
		}
	})
	t.Run("old protocols and weak ciphers refused", func(t *testing.T) {
		for name, cfg := range map[string]*tls.Config{
			"TLS 1.1": {MaxVersion: tls.VersionTLS11},
			"CBC":     {MaxVersion: tls.VersionTLS12, CipherSuites: []uint16{tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA}},
			"RSA kx":  {MaxVersion: tls.VersionTLS12, CipherSuites: []uint16{tls.TLS_RSA_WITH_AES_128_GCM_SHA256}},
		} {
			cfg.RootCAs, cfg.ServerName = s.certs, "localhost"
			conn, err := tls.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", s.httpsPort), cfg)
			if err == nil {
				conn.Close()
				t.Errorf("%s handshake succeeded", name)
			}
		}
	})
	t.Run("metrics are not public", func(t *testing.T) {
		for _, p := range []string{"/metrics", "/metrics/", "/metrics?x=1"} {
			resp, err := c.Get(s.base() + p)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusNotFound || strings.Contains(string(body), "vigil_secret_metric") {
				t.Errorf("%s: %d %q", p, resp.StatusCode, body)
			}
		}
		if n := metricsHits.Load(); n != 0 {
			t.Errorf("upstream /metrics was reached %d times", n)
		}
	})
	t.Run("progress events are not buffered", func(t *testing.T) {
		start := time.Now()
		resp, err := c.Get(s.base() + "/api/v1/analyses/x/events")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		buf := make([]byte, 64)
		n, err := resp.Body.Read(buf)
		if err != nil || !strings.Contains(string(buf[:n]), "id: 1") {
			t.Fatalf("first read %q %v", buf[:n], err)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("first event arrived after %v: the stream is buffered", d)
		}
	})
}
