package deploy_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestImageBuilds builds the Dockerfile with buildah (no Docker engine or
// registry here) and checks that the image's binary answers `vigil
// version` and, run against a live server, `vigil healthcheck`. The base
// images must already be in local storage (for example made from a
// debootstrap root and tagged with the Dockerfile's names); without
// buildah or without them the test is skipped and says why.
func TestImageBuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("image build skipped with -short")
	}
	buildah, err := exec.LookPath("buildah")
	if err != nil {
		t.Skip("buildah is not installed (apt-get install buildah); the image build is not checked here")
	}
	for _, base := range []string{"node:20-bookworm-slim", "golang:1.26-bookworm", "debian:bookworm-slim"} {
		if err := exec.Command(buildah, "inspect", "--type", "image", base).Run(); err != nil {
			t.Skipf("base image %s is not in local storage (no registry is reachable): prepare it locally, e.g. from a debootstrap root with `buildah import`", base)
		}
	}
	root := repoRoot(t)
	tag := fmt.Sprintf("localhost/vigil:test-%d", os.Getpid())
	run := func(args ...string) string {
		t.Helper()
		out, err := exec.Command(buildah, args...).CombinedOutput()
		if err != nil {
			t.Fatalf("buildah %s: %v\n%s", strings.Join(args, " "), err, tail(string(out), 4000))
		}
		return strings.TrimSpace(string(out))
	}
	start := time.Now()
	run("bud", "--pull=false", "--layers", "-t", tag, root)
	t.Cleanup(func() { _ = exec.Command(buildah, "rmi", "-f", tag).Run() })
	t.Logf("FIGURES: image built in %v, size %s", time.Since(start).Round(time.Second),
		run("images", "--format", "{{.Size}}", tag))
	ctr := run("from", tag)
	t.Cleanup(func() { _ = exec.Command(buildah, "rm", ctr).Run() })
	if v := run("run", "--isolation", "chroot", ctr, "--", "vigil", "version"); v == "" {
		t.Error("vigil version printed nothing")
	}

	// The image's binary serves on loopback and its healthcheck says ready.
	mnt := run("mount", ctr)
	t.Cleanup(func() { _ = exec.Command(buildah, "umount", ctr).Run() })
	bin := filepath.Join(mnt, "usr/local/bin/vigil")
	port := freePort(t)
	dir := t.TempDir()
	env := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "VIGIL_DATA_DIR=" + dir,
		fmt.Sprintf("VIGIL_HTTP_ADDR=127.0.0.1:%d", port), "VIGIL_LOG_LEVEL=error"}
	srv := exec.Command(bin, "serve")
	srv.Env = env
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = srv.Process.Signal(syscall.SIGTERM); _ = srv.Wait() }()
	deadline := time.Now().Add(60 * time.Second)
	for {
		hc := exec.Command(bin, "healthcheck")
		hc.Env = env
		out, err := hc.CombinedOutput()
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("vigil healthcheck never passed: %v\n%s", err, out)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
