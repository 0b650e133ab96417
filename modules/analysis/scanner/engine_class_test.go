package scanner

import (
	"strings"
	"testing"
)

// TestSnakeName checks the class-name form ClassRegex reads.
func TestSnakeName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"OtpGenerator", "otp_generator"},
		{"HTTPTokenIssuer", "http_token_issuer"},
		{"Auth::PinMaker", "auth_pin_maker"},
		{"TokenRefresher", "token_refresher"},
		{"Sha256Digest", "sha256_digest"},
		{"dice", "dice"},
	} {
		if got := snakeName(tc.in); got != tc.want {
			t.Errorf("snakeName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestRubyBareCall checks which bare occurrences of a method's name
// callersText counts as calls in Ruby, where parentheses are optional.
func TestRubyBareCall(t *testing.T) {
	for _, tc := range []struct {
		src, name string
		want      bool
	}{
		{`"nonce=#{nonce}"`, "nonce", true},
		{"x = nonce\n", "nonce", true},
		{"nonce == other", "nonce", true},
		{"opaque(secret)", "opaque", true},
		{"nonce = 1", "nonce", false},
		{"nonce: value", "nonce", false},
		{"@nonce", "nonce", false},
		{":nonce", "nonce", false},
		{"nonce?", "nonce", false},
		{"nonces", "nonce", false},
	} {
		at := strings.LastIndex(tc.src, tc.name)
		if got := rubyBareCall([]byte(tc.src), at, len(tc.name)); got != tc.want {
			t.Errorf("rubyBareCall(%q) = %v, want %v", tc.src, got, tc.want)
		}
	}
}
