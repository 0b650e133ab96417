package scanner

import "testing"

func TestOWASPForCWE(t *testing.T) {
	for _, tc := range []struct{ cwe, want string }{
		{"CWE-862", "A01:2021-Broken Access Control"},
		{"89", "A03:2021-Injection"},
		{"cwe-918", "A10:2021-Server-Side Request Forgery"},
		{"CWE-798", "A07:2021-Identification and Authentication Failures"},
		{"CWE-502", "A08:2021-Software and Data Integrity Failures"},
		{"CWE-99999", ""},
		{"", ""},
	} {
		if got := OWASPForCWE(tc.cwe); got != tc.want {
			t.Errorf("OWASPForCWE(%q) = %q, want %q", tc.cwe, got, tc.want)
		}
	}
}
