package config

import (
	"os"
	"strings"
	"testing"
)

// TestMain gives the package's tests the environment they are about:
// `make test` sets VIGIL_OSV_OFFLINE=true for every package so that no
// test reaches the public OSV API, but here defaults and environment
// resolution are under test, so no VIGIL_ variable may leak in.
func TestMain(m *testing.M) {
	for _, kv := range os.Environ() {
		if name, _, _ := strings.Cut(kv, "="); strings.HasPrefix(name, "VIGIL_") {
			_ = os.Unsetenv(name)
		}
	}
	os.Exit(m.Run())
}
