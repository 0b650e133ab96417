package netguard

import (
	"errors"
	"net"
	"net/netip"
	"regexp"
	"strings"
	"testing"
	"time"
)

// ipLike matches anything that looks like an IPv4 or IPv6 address.
var ipLike = regexp.MustCompile(`\b\d{1,3}(\.\d{1,3}){3}\b|\[?[0-9a-fA-F]*:[0-9a-fA-F]*:[0-9a-fA-F:]*\]?`)

// TestErrorsRevealNoInternalAddresses: what the guarded client says when a
// user-supplied host name cannot be used names that host, never the
// resolver that was asked nor the internal address the name resolved to
// (a user must not be able to map the operator's network through error
// messages), and the refusals still match ErrBlocked.
func TestErrorsRevealNoInternalAddresses(t *testing.T) {
	closed := func() string { // a loopback port nobody listens on
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer ln.Close()
		return ln.Addr().(*net.TCPAddr).AddrPort().String()
	}()
	closedPort := closed[strings.LastIndexByte(closed, ':')+1:]
	tests := []struct {
		name    string
		answer  netip.Addr
		allow   []string
		url     string
		blocked bool
		secret  string // must not appear
	}{
		{"name resolving to a private address", netip.MustParseAddr("10.1.2.3"), nil, "http://intranet.example/", true, "10.1.2.3"},
		{"name resolving to the metadata service", netip.MustParseAddr("169.254.169.254"), nil, "http://meta.example/latest", true, "169.254"},
		{"name resolving to a private address over https", netip.MustParseAddr("192.168.7.9"), nil, "https://private.example/", true, "192.168"},
		{"name that does not exist", netip.Addr{}, nil, "http://nosuch.example/", false, ":53"},
		{"allowed internal name with nothing listening", netip.MustParseAddr("127.0.0.1"), []string{closed}, "http://ollama.example:" + closedPort + "/", false, "127.0.0.1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := NewClient(Options{Resolver: fakeDNS(t, func(string) netip.Addr { return tt.answer }), Allow: tt.allow, DialTimeout: 2 * time.Second})
			if err != nil {
				t.Fatal(err)
			}
			resp, err := c.Get(tt.url)
			if err == nil {
				resp.Body.Close()
				t.Fatal("request succeeded")
			}
			msg := err.Error()
			t.Log(msg)
			if strings.Contains(msg, tt.secret) || ipLike.MatchString(msg) {
				t.Errorf("error reveals an address: %s", msg)
			}
			if host := strings.Split(strings.TrimPrefix(strings.TrimPrefix(tt.url, "http://"), "https://"), "/")[0]; !strings.Contains(msg, strings.Split(host, ":")[0]) {
				t.Errorf("error does not name the host %s: %s", host, msg)
			}
			if got := errors.Is(err, ErrBlocked); got != tt.blocked {
				t.Errorf("errors.Is(ErrBlocked) = %v, want %v: %s", got, tt.blocked, msg)
			}
			var b *BlockedError
			if errors.As(err, &b) && (ipLike.MatchString(b.Addr) || ipLike.MatchString(b.Reason)) {
				t.Errorf("BlockedError reveals an address: %+v", b)
			}
			for e := errors.Unwrap(err); e != nil; e = errors.Unwrap(e) {
				if ipLike.MatchString(e.Error()) {
					t.Errorf("wrapped error reveals an address: %s", e)
				}
			}
		})
	}
}
