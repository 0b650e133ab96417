package scanner

import "testing"

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
