package httpserver

import "testing"

func TestAcceptsGzip(t *testing.T) {
	for _, tc := range []struct {
		ae   string
		want bool
	}{
		{"", false},
		{"gzip", true},
		{"GZIP", true},
		{"deflate, br", false},
		{"gzip, deflate, br", true},
		{"br;q=1.0, gzip;q=0.8", true},
		{"gzip;q=0", false},
		{"x-gzip-ish", false},
		{"x-gzip", false},
		{"gzip; q=0.0", false},
		{"gzip;q=0.5", true},
	} {
		if got := AcceptsGzip(tc.ae); got != tc.want {
			t.Errorf("AcceptsGzip(%q) = %v, want %v", tc.ae, got, tc.want)
		}
	}
}
