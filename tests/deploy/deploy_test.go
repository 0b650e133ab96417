// Package deploy_test checks the self-hosting files without a container
// engine: the compose file is loaded and validated with compose-go, and the
// nginx configuration is checked with `nginx -t`.
package deploy_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
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

func loadCompose(t *testing.T, env map[string]string, profiles ...string) (*types.Project, error) {
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
		cli.WithProfiles(profiles),
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

var requiredEnv = map[string]string{
	"POSTGRES_PASSWORD": "pw",
	"VIGIL_SECRET_KEY":  strings.Repeat("ab", 32),
}

// TestComposeServesTLS checks the TLS shape: nginx publishes 80 and 443,
// mounts ./certs, waits for the certificate step, and the app's base URL
// is https so its cookies are Secure.
func TestComposeServesTLS(t *testing.T) {
	p, err := loadCompose(t, requiredEnv)
	if err != nil {
		t.Fatal(err)
	}
	nginx, err := p.GetService("nginx")
	if err != nil {
		t.Fatal(err)
	}
	targets := map[uint32]bool{}
	for _, port := range nginx.Ports {
		targets[port.Target] = true
	}
	if !targets[80] || !targets[443] {
		t.Errorf("nginx publishes %v, want 80 (redirect) and 443", nginx.Ports)
	}
	mounts := map[string]string{}
	for _, v := range nginx.Volumes {
		mounts[v.Target] = v.Source
	}
	if src := mounts["/etc/nginx/certs"]; !strings.HasSuffix(src, "/certs") {
		t.Errorf("nginx mounts %q at /etc/nginx/certs, want ./certs", src)
	}
	if dep, ok := nginx.DependsOn["certs"]; !ok || dep.Condition != types.ServiceConditionCompletedSuccessfully {
		t.Errorf("nginx must wait for the certs step to complete, depends_on = %+v", nginx.DependsOn)
	}
	certs, err := p.GetService("certs")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(certs.Entrypoint, " "), "certs.sh") {
		t.Errorf("certs runs %v, want deploy/certs.sh", certs.Entrypoint)
	}
	for _, name := range []string{"app-blue", "app-green"} {
		s, _ := p.GetService(name)
		if u := s.Environment["VIGIL_BASE_URL"]; u == nil || !strings.HasPrefix(*u, "https://") {
			t.Errorf("%s VIGIL_BASE_URL = %v, want https (Secure cookies)", name, u)
		}
		if dep, ok := s.DependsOn["postgres"]; !ok || dep.Condition != types.ServiceConditionHealthy {
			t.Errorf("%s must wait for a healthy postgres", name)
		}
	}
	pg, _ := p.GetService("postgres")
	if pg.HealthCheck == nil || len(pg.Volumes) == 0 || pg.Volumes[0].Source != "pgdata" {
		t.Errorf("postgres needs a healthcheck and the pgdata volume: %+v %+v", pg.HealthCheck, pg.Volumes)
	}
	if _, ok := p.Volumes["pgdata"]; !ok {
		t.Error("volume pgdata is not declared")
	}
}

var composeVar = regexp.MustCompile(`\$\{([A-Z0-9_]+)`)

// TestEnvExampleDocumentsEveryVariable keeps .env.example and the compose
// file in step: every variable the compose file reads is listed there, and
// nothing listed there is unused.
func TestEnvExampleDocumentsEveryVariable(t *testing.T) {
	root := repoRoot(t)
	compose, err := os.ReadFile(filepath.Join(root, "docker-compose.yml"))
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	for _, m := range composeVar.FindAllStringSubmatch(string(compose), -1) {
		used[m[1]] = true
	}
	example, err := os.ReadFile(filepath.Join(root, ".env.example"))
	if err != nil {
		t.Fatal(err)
	}
	documented := map[string]bool{}
	for _, line := range strings.Split(string(example), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, _, ok := strings.Cut(line, "=")
		if !ok {
			t.Errorf(".env.example: %q is not NAME=value", line)
			continue
		}
		documented[name] = true
	}
	for name := range used {
		if !documented[name] {
			t.Errorf("docker-compose.yml reads %s, which .env.example does not document", name)
		}
	}
	for name := range documented {
		if !used[name] {
			t.Errorf(".env.example lists %s, which docker-compose.yml never reads", name)
		}
	}
	// The example must load as it stands once the secret is filled in.
	env := map[string]string{}
	for name := range documented {
		env[name] = ""
	}
	for k, v := range requiredEnv {
		env[k] = v
	}
	if _, err := loadCompose(t, env, "monitoring"); err != nil {
		t.Errorf("compose file does not load with .env.example's names: %v", err)
	}
}
