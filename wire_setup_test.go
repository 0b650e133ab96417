package main

import (
	"testing"

	"vigil/platform/config"
)

// TestSetupChecksOSV: the vulnerability database item follows what the
// dependency pass will do: the default OSV API counts, offline without an
// export does not.
func TestSetupChecksOSV(t *testing.T) {
	tests := []struct {
		name string
		osv  config.OSV
		want bool
	}{
		{"default API", config.OSV{URL: "https://api.osv.dev"}, true},
		{"offline", config.OSV{URL: "https://api.osv.dev", Offline: true}, false},
		{"offline with an export", config.OSV{URL: "https://api.osv.dev", Offline: true, DatabaseFile: "osv.zip"}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := config.Default()
			cfg.OSV = tc.osv
			for _, c := range setupChecks(cfg) {
				if c.ID == "vulnerability_database" && c.Done != tc.want {
					t.Errorf("done = %v, want %v (%s)", c.Done, tc.want, c.Detail)
				}
			}
		})
	}
}
