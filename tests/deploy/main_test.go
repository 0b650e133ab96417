package deploy_test

import (
	"fmt"
	"os"
	"testing"
)

// buildDir holds the binary vigilBinary builds, shared by the tests that
// start a server.
var buildDir string

func TestMain(m *testing.M) {
	var err error
	if buildDir, err = os.MkdirTemp("", "vigil-deploy-test-"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	_ = os.RemoveAll(buildDir)
	os.Exit(code)
}
