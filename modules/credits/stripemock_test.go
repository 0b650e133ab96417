package credits

import (
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// stripeMock is one stripe-mock process shared by the package's tests:
// Stripe's real API shape, served on loopback.
var stripeMock struct {
	once sync.Once
	url  string
	err  error
	cmd  *exec.Cmd
}

func TestMain(m *testing.M) {
	code := m.Run()
	if stripeMock.cmd != nil && stripeMock.cmd.Process != nil {
		_ = stripeMock.cmd.Process.Kill()
		_ = stripeMock.cmd.Wait()
	}
	os.Exit(code)
}

// stripeMockURL starts stripe-mock once and returns its base URL. Without
// the binary the test is skipped, except under CI=true where it fails
// (.ci/run installs it).
func stripeMockURL(t *testing.T) string {
	t.Helper()
	stripeMock.once.Do(func() {
		bin, err := exec.LookPath("stripe-mock")
		if err != nil {
			gopath, _ := exec.Command("go", "env", "GOPATH").Output()
			bin = filepath.Join(string(trimNL(gopath)), "bin", "stripe-mock")
			if _, serr := os.Stat(bin); serr != nil {
				stripeMock.err = fmt.Errorf("stripe-mock not installed (go install github.com/stripe/stripe-mock@latest)")
				return
			}
		}
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			stripeMock.err = err
			return
		}
		addr := l.Addr().String()
		_ = l.Close()
		cmd := exec.Command(bin, "-http-addr", addr, "-https-addr", "127.0.0.1:0")
		if err := cmd.Start(); err != nil {
			stripeMock.err = err
			return
		}
		stripeMock.cmd = cmd
		stripeMock.url = "http://" + addr
		deadline := time.Now().Add(15 * time.Second)
		for time.Now().Before(deadline) {
			if resp, err := http.Get(stripeMock.url + "/v1/charges"); err == nil {
				_ = resp.Body.Close()
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		stripeMock.err = fmt.Errorf("stripe-mock did not start on %s", addr)
	})
	if stripeMock.err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("stripe-mock: %v", stripeMock.err)
		}
		t.Skipf("stripe-mock: %v", stripeMock.err)
	}
	return stripeMock.url
}

func trimNL(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}
