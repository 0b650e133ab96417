package deploy_test

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// baseImage is one base image of the Dockerfile: the build arg that names it
// and its default (a public image).
type baseImage struct {
	Arg, Default string
}

// dockerfileBases reads the ARG NAME_IMAGE=default lines declared before
// the first FROM, and fails when a FROM names a base image any other way
// (a hard-coded name could not be swapped for a local one).
func dockerfileBases(dockerfile string) ([]baseImage, error) {
	var bases []baseImage
	declared := map[string]bool{}
	stages := map[string]bool{}
	sawFrom := false
	sc := bufio.NewScanner(strings.NewReader(dockerfile))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 2 {
			continue
		}
		switch strings.ToUpper(f[0]) {
		case "ARG":
			name, def, ok := strings.Cut(f[1], "=")
			if !sawFrom && ok && strings.HasSuffix(name, "_IMAGE") {
				bases = append(bases, baseImage{Arg: name, Default: def})
				declared[name] = true
			}
		case "FROM":
			sawFrom = true
			from := f[1]
			name := strings.TrimSuffix(strings.TrimPrefix(from, "${"), "}")
			switch {
			case declared[name] && strings.HasPrefix(from, "${"):
			case stages[strings.ToLower(from)], from == "scratch":
			default:
				return nil, fmt.Errorf("FROM %s: name base images with an ARG *_IMAGE declared before the first FROM", from)
			}
			if len(f) >= 4 && strings.EqualFold(f[2], "AS") {
				stages[strings.ToLower(f[3])] = true
			}
		}
	}
	if len(bases) == 0 {
		return nil, fmt.Errorf("no ARG *_IMAGE=default before the first FROM")
	}
	return bases, sc.Err()
}

func TestDockerfileBases(t *testing.T) {
	tests := []struct {
		name, dockerfile string
		want             []baseImage
		wantErr          bool
	}{
		{
			name: "args before FROM",
			dockerfile: "# c\nARG GO_IMAGE=golang:1.26-bookworm\nARG RUNTIME_IMAGE=debian:bookworm-slim\n" +
				"FROM ${GO_IMAGE} AS build\nARG VERSION=dev\nFROM ${RUNTIME_IMAGE}\nCOPY --from=build /a /a\n",
			want: []baseImage{{"GO_IMAGE", "golang:1.26-bookworm"}, {"RUNTIME_IMAGE", "debian:bookworm-slim"}},
		},
		{
			name:       "a later stage built from an earlier one",
			dockerfile: "ARG B_IMAGE=debian:bookworm\nFROM ${B_IMAGE} AS base\nFROM base AS final\n",
			want:       []baseImage{{"B_IMAGE", "debian:bookworm"}},
		},
		{
			name:       "hard-coded base image",
			dockerfile: "ARG GO_IMAGE=golang:1.26-bookworm\nFROM ${GO_IMAGE} AS build\nFROM debian:bookworm-slim\n",
			wantErr:    true,
		},
		{
			name:       "ARG declared after the first FROM is not a base",
			dockerfile: "FROM debian:bookworm-slim\nARG X_IMAGE=busybox\n",
			wantErr:    true,
		},
		{
			name:       "undeclared arg",
			dockerfile: "ARG A_IMAGE=a\nFROM ${B_IMAGE}\n",
			wantErr:    true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := dockerfileBases(tt.dockerfile)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if !tt.wantErr && !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}

	// The shipped Dockerfile: every base swappable, defaults public images.
	src, err := os.ReadFile(filepath.Join(repoRoot(t), "Dockerfile"))
	if err != nil {
		t.Fatal(err)
	}
	bases, err := dockerfileBases(string(src))
	if err != nil {
		t.Fatalf("Dockerfile: %v", err)
	}
	for _, b := range bases {
		if strings.HasPrefix(b.Default, "localhost/") {
			t.Errorf("ARG %s defaults to the local image %s: users pull the public one", b.Arg, b.Default)
		}
	}
}

// buildahCmd runs buildah with chroot isolation unless BUILDAH_ISOLATION
// says otherwise (OCI isolation needs namespaces a container may lack).
func buildahCmd(bin string, args ...string) *exec.Cmd {
	cmd := exec.Command(bin, args...)
	cmd.Env = os.Environ()
	if os.Getenv("BUILDAH_ISOLATION") == "" {
		cmd.Env = append(cmd.Env, "BUILDAH_ISOLATION=chroot")
	}
	return cmd
}

// TestImageBuilds builds the Dockerfile with buildah (no Docker engine or
// registry here) and checks that the image's binary answers `vigil
// version` and `vigil healthcheck` against a live server started from the
// image's binary. Each base image is used from local storage: the public
// name if it is there, else the localhost/ one deploy/prepare-local-base.sh
// makes, passed as a build arg. Without buildah or a base the test is
// skipped and says why, as it is with VIGIL_IMAGE_BUILD_TEST=0 (.ci/run
// sets it: the build is too slow for CI). VIGIL_IMAGE_TEST_PORT picks the
// server's port.
func TestImageBuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("image build skipped with -short")
	}
	if os.Getenv("VIGIL_IMAGE_BUILD_TEST") == "0" {
		t.Skip("VIGIL_IMAGE_BUILD_TEST=0: the image build is not checked (see docs/image.md)")
	}
	buildah, err := exec.LookPath("buildah")
	if err != nil {
		t.Skip("buildah is not installed (apt-get install buildah); the image build is not checked here")
	}
	root := repoRoot(t)
	src, err := os.ReadFile(filepath.Join(root, "Dockerfile"))
	if err != nil {
		t.Fatal(err)
	}
	bases, err := dockerfileBases(string(src))
	if err != nil {
		t.Fatalf("Dockerfile: %v", err)
	}
	run := func(args ...string) string {
		t.Helper()
		out, err := buildahCmd(buildah, args...).CombinedOutput()
		if err != nil {
			t.Fatalf("buildah %s: %v\n%s", strings.Join(args, " "), err, tail(string(out), 4000))
		}
		return strings.TrimSpace(string(out))
	}
	inStorage := func(image string) bool {
		return buildahCmd(buildah, "inspect", "--type", "image", image).Run() == nil
	}

	version := fmt.Sprintf("imagetest-%d", os.Getpid())
	tag := "localhost/vigil:" + version
	bud := []string{"bud", "--pull=never", "--layers", "--network", "host",
		"--build-arg", "VERSION=" + version, "--build-arg", "COMMIT=test"}
	var used []string
	for _, b := range bases {
		switch local := "localhost/" + b.Default; {
		case inStorage(local):
			bud = append(bud, "--build-arg", b.Arg+"="+local)
			used = append(used, local)
		case inStorage(b.Default):
			used = append(used, b.Default)
		default:
			t.Skipf("base image %s (ARG %s) is not in local storage and no registry is reachable: "+
				"deploy/prepare-local-base.sh makes %s (needs debootstrap)", b.Default, b.Arg, local)
		}
	}
	// The host's Go module, Go build and npm caches, so the build needs no
	// network for modules it already has and a second run recompiles only
	// what changed.
	for _, c := range []struct{ cmd, in string }{
		{"go env GOMODCACHE", "/go/pkg/mod"},
		{"go env GOCACHE", "/root/.cache/go-build"},
		{"npm config get cache", "/root/.npm"},
	} {
		f := strings.Fields(c.cmd)
		if out, err := exec.Command(f[0], f[1:]...).Output(); err == nil {
			if dir := strings.TrimSpace(string(out)); dir != "" && isDir(dir) {
				bud = append(bud, "--volume", dir+":"+c.in)
			}
		}
	}
	bud = append(bud, "-t", tag, root)

	start := time.Now()
	run(bud...)
	took := time.Since(start).Round(time.Second)
	t.Cleanup(func() { _ = buildahCmd(buildah, "rmi", "-f", tag).Run() })
	t.Logf("FIGURES: image built in %v from %s, size %s", took, strings.Join(used, ", "),
		run("images", "--format", "{{.Size}}", tag))

	ctr := run("from", "--pull=never", tag)
	t.Cleanup(func() { _ = buildahCmd(buildah, "rm", ctr).Run() })
	out := run("run", "--network", "host", ctr, "--", "vigil", "version")
	if !strings.Contains(out, "vigil "+version+" ") {
		t.Errorf("vigil version in the image = %q, want the build arg VERSION=%s", out, version)
	}
	if user := run("run", ctr, "--", "id", "-un"); user != "vigil" {
		t.Errorf("the image runs as %q, want the unprivileged user vigil", user)
	}

	// The image's binary serves on loopback (started from the mounted
	// image, so the test can stop it); `vigil healthcheck` run inside the
	// image says ready, and fails once the server is gone.
	mnt := run("mount", ctr)
	t.Cleanup(func() { _ = buildahCmd(buildah, "umount", ctr).Run() })
	bin := filepath.Join(mnt, "usr/local/bin/vigil")
	port := freePort(t)
	if p := os.Getenv("VIGIL_IMAGE_TEST_PORT"); p != "" {
		if port, err = strconv.Atoi(p); err != nil {
			t.Fatalf("VIGIL_IMAGE_TEST_PORT=%q: %v", p, err)
		}
	}
	addr := fmt.Sprintf("VIGIL_HTTP_ADDR=127.0.0.1:%d", port)
	dir := t.TempDir()
	env := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "VIGIL_DATA_DIR=" + dir, addr,
		"VIGIL_LOG_LEVEL=error", "VIGIL_OSV_OFFLINE=true"}
	srv := exec.Command(bin, "serve")
	srv.Env = env
	srv.Dir = dir
	logFile, err := os.Create(filepath.Join(dir, "serve.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer logFile.Close()
	srv.Stdout, srv.Stderr = logFile, logFile
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	stopped := false
	stop := func() {
		if !stopped {
			stopped = true
			_ = srv.Process.Signal(syscall.SIGTERM)
			_ = srv.Wait()
		}
	}
	defer stop()
	healthcheck := func() (string, error) {
		out, err := buildahCmd(buildah, "run", "--network", "host", ctr, "--",
			"env", addr, "vigil", "healthcheck").CombinedOutput()
		return strings.TrimSpace(string(out)), err
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		out, err := healthcheck()
		if err == nil {
			if out != "ready" {
				t.Errorf("vigil healthcheck printed %q, want ready", out)
			}
			break
		}
		if time.Now().After(deadline) {
			log, _ := os.ReadFile(logFile.Name())
			t.Fatalf("vigil healthcheck in the image never passed: %v\n%s\nserver:\n%s", err, out, tail(string(log), 4000))
		}
		time.Sleep(500 * time.Millisecond)
	}
	stop()
	if out, err := healthcheck(); err == nil {
		t.Errorf("vigil healthcheck passed with the server stopped: %q", out)
	}
}

func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}
