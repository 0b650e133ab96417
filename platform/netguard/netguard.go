// Package netguard is the outbound HTTP client for URLs that users supply
// (a workspace's own AI provider base URL). It refuses to connect to
// loopback, private (RFC 1918, ULA), link-local (169.254.169.254, the cloud
// metadata service, among them), CGNAT, multicast, broadcast, reserved and
// unspecified addresses.
//
// The check runs in the dialer's Control hook, on the address actually
// being connected to after DNS resolution, so a name that resolves to a
// public address at validation time and to 127.0.0.1 at call time (DNS
// rebinding) is still refused, and so is every redirect hop. Proxies from
// the environment are ignored: through a proxy the guard would see the
// proxy's address, not the target's.
//
// Self-hosters whose users must reach a local server (an Ollama on the same
// host) list it explicitly in Options.Allow (config outbound.allow,
// VIGIL_OUTBOUND_ALLOW).
package netguard

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// ErrBlocked is matched (errors.Is) by every refusal of the guard.
var ErrBlocked = errors.New("netguard: destination not allowed")

// BlockedError says which address was refused and why.
type BlockedError struct {
	// Addr is the refused address (an IP, an IP:port, a URL host or a scheme).
	Addr string
	// Reason names the refused range, e.g. "loopback" or "private".
	Reason string
}

func (e *BlockedError) Error() string {
	return fmt.Sprintf("netguard: %s is not allowed (%s)", e.Addr, e.Reason)
}

// Is makes errors.Is(err, ErrBlocked) true.
func (e *BlockedError) Is(target error) bool { return target == ErrBlocked }

// Defaults of Options.
const (
	DefaultDialTimeout           = 10 * time.Second
	DefaultTLSHandshakeTimeout   = 10 * time.Second
	DefaultResponseHeaderTimeout = 2 * time.Minute
	DefaultTimeout               = 5 * time.Minute
	DefaultMaxRedirects          = 5
)

// Options tune the guard and its client. The zero value is the strict
// guard with the default timeouts.
type Options struct {
	// Allow lists destinations let through although they are in a refused
	// range: "127.0.0.1" (any port), "127.0.0.1:11434", "[::1]:11434" or a
	// CIDR "10.20.0.0/16". Host names are refused: what they resolve to can
	// change after the operator looked.
	Allow []string
	// DialTimeout bounds the TCP connect; 0 is DefaultDialTimeout.
	DialTimeout time.Duration
	// TLSHandshakeTimeout; 0 is DefaultTLSHandshakeTimeout.
	TLSHandshakeTimeout time.Duration
	// ResponseHeaderTimeout bounds the wait for the response headers after
	// the request was written (a slow model answering without streaming);
	// 0 is DefaultResponseHeaderTimeout.
	ResponseHeaderTimeout time.Duration
	// Timeout bounds a whole exchange including reading the body; 0 is
	// DefaultTimeout, negative means none (callers bound calls with their
	// context).
	Timeout time.Duration
	// MaxRedirects followed; 0 is DefaultMaxRedirects, negative refuses
	// every redirect.
	MaxRedirects int
	// Resolver looks names up; nil is the system's. Whatever it answers,
	// the address connected to is checked.
	Resolver *net.Resolver
}

// allowRule is one parsed Options.Allow entry.
type allowRule struct {
	prefix netip.Prefix
	port   uint16 // 0: any port
}

// Guard decides whether an address may be connected to.
type Guard struct {
	allow    []allowRule
	resolver *net.Resolver
}

// parseAllow parses allow-list entries: an IP, an IP:port or a CIDR. Host
// names are rejected because what they resolve to can change after the
// operator looked (DNS rebinding).
func parseAllow(entries []string) ([]allowRule, error) {
	var out []allowRule
	var bad []string
	for _, e := range entries {
		e = strings.TrimSpace(e)
		if e == "" {
			continue
		}
		if a, err := netip.ParseAddr(e); err == nil {
			a = a.Unmap()
			out = append(out, allowRule{prefix: netip.PrefixFrom(a, a.BitLen())})
			continue
		}
		if ap, err := netip.ParseAddrPort(e); err == nil && ap.Port() != 0 {
			a := ap.Addr().Unmap()
			out = append(out, allowRule{prefix: netip.PrefixFrom(a, a.BitLen()), port: ap.Port()})
			continue
		}
		if p, err := netip.ParsePrefix(e); err == nil {
			if p.Addr().Is4In6() && p.Bits() >= 96 {
				p = netip.PrefixFrom(p.Addr().Unmap(), p.Bits()-96)
			}
			out = append(out, allowRule{prefix: p.Masked()})
			continue
		}
		bad = append(bad, strconv.Quote(e))
	}
	if len(bad) > 0 {
		return nil, fmt.Errorf("netguard: allow-list entries %s are not an IP, IP:port or CIDR", strings.Join(bad, ", "))
	}
	return out, nil
}

// New builds a guard with the allow-list of opts.
func New(opts Options) (*Guard, error) {
	rules, err := parseAllow(opts.Allow)
	if err != nil {
		return nil, err
	}
	return &Guard{allow: rules, resolver: opts.Resolver}, nil
}

// blockedRange is one refused range with the reason reported.
type blockedRange struct {
	prefix netip.Prefix
	reason string
}

var blockedRanges = func() []blockedRange {
	rows := []struct{ cidr, reason string }{
		{"0.0.0.0/8", "unspecified"}, // "this network"; 0.0.0.0 reaches the local host
		{"10.0.0.0/8", "private"},
		{"100.64.0.0/10", "carrier-grade NAT"},
		{"127.0.0.0/8", "loopback"},
		{"169.254.0.0/16", "link-local"}, // includes the cloud metadata service 169.254.169.254
		{"172.16.0.0/12", "private"},
		{"192.0.0.0/24", "reserved"}, // IETF protocol assignments (incl. 192.0.0.192 Oracle metadata)
		{"192.0.2.0/24", "documentation"},
		{"192.88.99.0/24", "reserved"}, // 6to4 relay anycast
		{"192.168.0.0/16", "private"},
		{"198.18.0.0/15", "reserved"}, // benchmarking
		{"198.51.100.0/24", "documentation"},
		{"203.0.113.0/24", "documentation"},
		{"224.0.0.0/4", "multicast"},
		{"240.0.0.0/4", "reserved"}, // includes the broadcast 255.255.255.255
		{"::/128", "unspecified"},
		{"::1/128", "loopback"},
		{"::/96", "reserved"},    // deprecated IPv4-compatible addresses
		{"100::/64", "reserved"}, // discard-only
		{"2001:db8::/32", "documentation"},
		{"fc00::/7", "private"}, // unique local addresses
		{"fe80::/10", "link-local"},
		{"fec0::/10", "private"}, // deprecated site-local
		{"ff00::/8", "multicast"},
	}
	out := make([]blockedRange, len(rows))
	for i, r := range rows {
		out[i] = blockedRange{prefix: netip.MustParsePrefix(r.cidr), reason: r.reason}
	}
	return out
}()

// Embedded-IPv4 IPv6 ranges: the IPv4 address inside is checked too.
var (
	nat64   = netip.MustParsePrefix("64:ff9b::/96")
	nat64L  = netip.MustParsePrefix("64:ff9b:1::/48")
	sixTo4  = netip.MustParsePrefix("2002::/16")
	teredo  = netip.MustParsePrefix("2001::/32")
	errNoIP = errors.New("netguard: not an IP address")
)

// Reason returns why ip is refused ("loopback", "private", ...), or "" when
// it is a public unicast address. IPv4-mapped IPv6 (::ffff:127.0.0.1) and
// IPv6 forms that embed an IPv4 address (NAT64, 6to4) are judged by that
// IPv4 address; Teredo is refused outright (it tunnels to any IPv4).
func Reason(ip netip.Addr) string {
	if !ip.IsValid() {
		return "invalid"
	}
	ip = ip.Unmap().WithZone("")
	for _, r := range blockedRanges {
		if r.prefix.Contains(ip) {
			return r.reason
		}
	}
	if ip.Is6() {
		b := ip.As16()
		switch {
		case nat64.Contains(ip):
			return embedded(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
		case nat64L.Contains(ip):
			// RFC 6052 /48: IPv4 in bytes 6..7 and 9..10 (byte 8 is zero).
			return embedded(netip.AddrFrom4([4]byte{b[6], b[7], b[9], b[10]}))
		case sixTo4.Contains(ip):
			return embedded(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}))
		case teredo.Contains(ip):
			return "Teredo tunnel"
		}
	}
	return ""
}

func embedded(v4 netip.Addr) string {
	if r := Reason(v4); r != "" {
		return r + " (embedded IPv4 " + v4.String() + ")"
	}
	return ""
}

// CheckAddr refuses ip:port unless it is a public address or allow-listed.
func (g *Guard) CheckAddr(ip netip.Addr, port uint16) error {
	ip = ip.Unmap().WithZone("")
	reason := Reason(ip)
	if reason == "" {
		return nil
	}
	for _, r := range g.allow {
		if r.prefix.Contains(ip) && (r.port == 0 || r.port == port) {
			return nil
		}
	}
	return &BlockedError{Addr: netip.AddrPortFrom(ip, port).String(), Reason: reason}
}

// control is the net.Dialer Control hook: it runs for every connection
// attempt with the resolved address, just before connect(2).
func (g *Guard) control(network, address string, _ syscall.RawConn) error {
	switch network {
	case "tcp4", "tcp6":
	default:
		return &BlockedError{Addr: address, Reason: "network " + network}
	}
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: %q: %w", ErrBlocked, address, errNoIP)
	}
	return g.CheckAddr(ap.Addr(), ap.Port())
}

// Dialer returns a dialer that refuses what the guard refuses.
func (g *Guard) Dialer(timeout time.Duration) *net.Dialer {
	if timeout <= 0 {
		timeout = DefaultDialTimeout
	}
	return &net.Dialer{Timeout: timeout, KeepAlive: 30 * time.Second, Control: g.control, Resolver: g.resolver}
}

// CheckURL is the early check of a user-supplied URL, before any request:
// http or https only, no user info, a host, and a host that is not an IP in
// a refused range nor a non-canonical IP spelling ("2130706433",
// "0177.0.0.1", "0x7f.1", "127.1") that some resolvers turn into 127.0.0.1.
// Names are only checked when connecting (after resolution).
func (g *Guard) CheckURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrBlocked, err)
	}
	return g.checkURL(u)
}

func (g *Guard) checkURL(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return &BlockedError{Addr: u.Scheme + ":", Reason: "only http and https"}
	}
	if u.User != nil {
		return &BlockedError{Addr: u.Redacted(), Reason: "credentials in the URL"}
	}
	host := u.Hostname()
	if host == "" {
		return &BlockedError{Addr: u.String(), Reason: "no host"}
	}
	port := uint16(80)
	if u.Scheme == "https" {
		port = 443
	}
	if p := u.Port(); p != "" {
		n, err := strconv.ParseUint(p, 10, 16)
		if err != nil || n == 0 {
			return &BlockedError{Addr: u.Host, Reason: "invalid port"}
		}
		port = uint16(n)
	}
	if ip, err := netip.ParseAddr(host); err == nil {
		return g.CheckAddr(ip, port)
	}
	if looksNumeric(host) {
		return &BlockedError{Addr: host, Reason: "non-canonical IP address form"}
	}
	return nil
}

// looksNumeric reports whether host is made only of dot-separated decimal,
// octal or hex numbers: inet_aton spellings of an IPv4 address that
// netip refuses but a C resolver accepts. No real host name is all-numeric
// labels (top-level domains are alphabetic).
func looksNumeric(host string) bool {
	host = strings.TrimSuffix(host, ".")
	if host == "" {
		return false
	}
	for _, part := range strings.Split(host, ".") {
		p := strings.ToLower(part)
		if strings.HasPrefix(p, "0x") {
			p = p[2:]
			if _, err := strconv.ParseUint("0"+p, 16, 64); err != nil {
				return false
			}
			continue
		}
		if p == "" {
			return false
		}
		if _, err := strconv.ParseUint(p, 10, 64); err != nil {
			return false
		}
	}
	return true
}

// NewClient returns an HTTP client whose every connection, including each
// redirect hop, goes through the guard: only http and https, no proxy from
// the environment, the timeouts of opts, at most MaxRedirects redirects,
// and credentials (Authorization, X-Api-Key, Api-Key, Cookie) dropped when
// a redirect leaves the original host.
func NewClient(opts Options) (*http.Client, error) {
	g, err := New(opts)
	if err != nil {
		return nil, err
	}
	return g.Client(opts), nil
}

// Client builds the guarded client from g (see NewClient).
func (g *Guard) Client(opts Options) *http.Client {
	tlsTimeout := opts.TLSHandshakeTimeout
	if tlsTimeout <= 0 {
		tlsTimeout = DefaultTLSHandshakeTimeout
	}
	hdrTimeout := opts.ResponseHeaderTimeout
	if hdrTimeout <= 0 {
		hdrTimeout = DefaultResponseHeaderTimeout
	}
	timeout := opts.Timeout
	switch {
	case timeout == 0:
		timeout = DefaultTimeout
	case timeout < 0:
		timeout = 0
	}
	maxRedirects := opts.MaxRedirects
	if maxRedirects == 0 {
		maxRedirects = DefaultMaxRedirects
	}
	d := g.Dialer(opts.DialTimeout)
	tr := &http.Transport{
		Proxy:                  nil, // a proxy would hide the real destination from the guard
		DialContext:            d.DialContext,
		ForceAttemptHTTP2:      true,
		TLSHandshakeTimeout:    tlsTimeout,
		ResponseHeaderTimeout:  hdrTimeout,
		ExpectContinueTimeout:  time.Second,
		IdleConnTimeout:        90 * time.Second,
		MaxIdleConns:           100,
		MaxIdleConnsPerHost:    10,
		MaxResponseHeaderBytes: 1 << 20,
	}
	return &http.Client{
		Transport: &checkedTransport{g: g, next: tr},
		Timeout:   timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if maxRedirects < 0 || len(via) > maxRedirects {
				return fmt.Errorf("netguard: stopped after %d redirects", len(via))
			}
			if err := g.checkURL(req.URL); err != nil {
				return err
			}
			if req.URL.Host != via[0].URL.Host {
				for _, h := range []string{"Authorization", "Proxy-Authorization", "X-Api-Key", "Api-Key", "Cookie"} {
					req.Header.Del(h)
				}
			}
			return nil
		},
	}
}

// checkedTransport runs CheckURL before the dial, so refused literal
// addresses and odd IP spellings fail fast with a clear error even when the
// request did not come from http.Client (which checks redirects itself),
// and rewrites the errors of the dial so that they name no resolver and no
// address a host name resolved to (see publicError).
type checkedTransport struct {
	g    *Guard
	next http.RoundTripper
}

func (t *checkedTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if err := t.g.checkURL(req.URL); err != nil {
		if req.Body != nil {
			_ = req.Body.Close()
		}
		return nil, err
	}
	resp, err := t.next.RoundTrip(req)
	if err != nil {
		return nil, publicError(req.URL, err)
	}
	return resp, nil
}

// CloseIdleConnections lets http.Client.CloseIdleConnections reach the
// underlying transport.
func (t *checkedTransport) CloseIdleConnections() {
	if c, ok := t.next.(interface{ CloseIdleConnections() }); ok {
		c.CloseIdleConnections()
	}
}
