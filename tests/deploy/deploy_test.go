// Package deploy_test checks the self-hosting files without a container
// engine: the compose file is loaded and validated with compose-go, and the
// nginx configuration is checked with `nginx -t`.
package deploy_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/compose-spec/compose-go/v2/cli"
	"github.com/compose-spec/compose-go/v2/types"
)

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func loadCompose(t *testing.T, env map[string]string) (*types.Project, error) {
	t.Helper()
	root := repoRoot(t)
	var envList []string
	for k, v := range env {
		envList = append(envList, k+"="+v)
	}
	opts, err := cli.NewProjectOptions(
		[]string{filepath.Join(root, "docker-compose.yml")},
		cli.WithWorkingDirectory(root),
		cli.WithEnv(envList),
		cli.WithName("vigil"),
	)
	if err != nil {
		t.Fatal(err)
	}
	return opts.LoadProject(context.Background())
}

func TestComposeFileIsValid(t *testing.T) {
	p, err := loadCompose(t, map[string]string{
		"POSTGRES_PASSWORD": "pw",
		"VIGIL_SECRET_KEY":  strings.Repeat("ab", 32),
	})
	if err != nil {
		t.Fatalf("compose file does not load: %v", err)
	}
	for _, name := range []string{"postgres", "app-blue", "app-green", "nginx"} {
		if _, err := p.GetService(name); err != nil {
			t.Errorf("service %q missing: %v", name, err)
		}
	}
	for _, name := range []string{"app-blue", "app-green"} {
		s, err := p.GetService(name)
		if err != nil {
			continue
		}
		if s.HealthCheck == nil || len(s.HealthCheck.Test) == 0 {
			t.Errorf("%s has no healthcheck", name)
		}
		url := s.Environment["VIGIL_DATABASE_URL"]
		if url == nil || !strings.HasPrefix(*url, "postgres://") {
			t.Errorf("%s must run on PostgreSQL, got %v", name, url)
		}
		if key := s.Environment["VIGIL_SECRET_KEY"]; key == nil || *key == "" {
			t.Errorf("%s must receive VIGIL_SECRET_KEY", name)
		}
		if s.StopGracePeriod == nil {
			t.Errorf("%s needs a stop grace period so requests drain on SIGTERM", name)
		}
	}
	nginx, err := p.GetService("nginx")
	if err == nil && len(nginx.Ports) == 0 {
		t.Error("nginx publishes no port")
	}
}

func TestComposeRefusesMissingSecrets(t *testing.T) {
	// Without a secret key the deployment must not start with an empty one.
	_, err := loadCompose(t, map[string]string{"POSTGRES_PASSWORD": "pw"})
	if err == nil || !strings.Contains(err.Error(), "VIGIL_SECRET_KEY") {
		t.Fatalf("want an error naming VIGIL_SECRET_KEY, got %v", err)
	}
}

// TestNginxConfig runs `nginx -t` on the shipped configuration with the
// compose service names pointed at loopback (they only resolve inside the
// compose network).
func TestNginxConfig(t *testing.T) {
	bin, err := exec.LookPath("nginx")
	if err != nil {
		if _, sbinErr := os.Stat("/usr/sbin/nginx"); sbinErr == nil {
			bin = "/usr/sbin/nginx"
		} else if os.Getenv("CI") != "" {
			t.Fatal("nginx is not installed; .ci/run installs it (apt-get install nginx)")
		} else {
			t.Skip("nginx not installed (apt-get install nginx); CI runs this check")
		}
	}
	root := repoRoot(t)
	dir := t.TempDir()
	conf, err := os.ReadFile(filepath.Join(root, "nginx/nginx.conf"))
	if err != nil {
		t.Fatal(err)
	}
	up, err := os.ReadFile(filepath.Join(root, "nginx/upstreams/active.conf"))
	if err != nil {
		t.Fatal(err)
	}
	mime := "/etc/nginx/mime.types"
	text := strings.ReplaceAll(string(conf), "/etc/nginx/upstreams/", dir+"/")
	text = strings.ReplaceAll(text, "include /etc/nginx/mime.types;", "include "+mime+";")
	text = "pid " + dir + "/nginx.pid;\n" + text
	text = strings.Replace(text, "http {", "http {\n  client_body_temp_path "+dir+";\n  proxy_temp_path "+dir+";", 1)
	upText := strings.NewReplacer("app-blue", "127.0.0.1", "app-green", "127.0.0.2").Replace(string(up))
	if err := os.WriteFile(filepath.Join(dir, "nginx.conf"), []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "active.conf"), []byte(upText), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-t", "-p", dir, "-e", dir+"/error.log", "-c", filepath.Join(dir, "nginx.conf")).CombinedOutput()
	if err != nil {
		t.Fatalf("nginx -t failed: %v\n%s", err, out)
	}
}
