package netguard

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestReason(t *testing.T) {
	tests := []struct {
		ip   string
		want string // "" = allowed
	}{
		{"8.8.8.8", ""},
		{"1.1.1.1", ""},
		{"2606:4700:4700::1111", ""},
		{"127.0.0.1", "loopback"},
		{"127.255.255.254", "loopback"},
		{"::1", "loopback"},
		{"10.1.2.3", "private"},
		{"172.16.0.1", "private"},
		{"172.31.255.255", "private"},
		{"172.32.0.1", ""},
		{"192.168.1.1", "private"},
		{"fd00::1", "private"},
		{"fc00::1", "private"},
		{"169.254.169.254", "link-local"},
		{"fe80::1", "link-local"},
		{"100.64.0.1", "carrier-grade NAT"},
		{"100.127.255.255", "carrier-grade NAT"},
		{"100.128.0.1", ""},
		{"224.0.0.251", "multicast"},
		{"ff02::1", "multicast"},
		{"0.0.0.0", "unspecified"},
		{"::", "unspecified"},
		{"255.255.255.255", "reserved"},
		{"192.0.0.192", "reserved"},
		// IPv4-mapped IPv6 is judged by its IPv4 address.
		{"::ffff:127.0.0.1", "loopback"},
		{"::ffff:7f00:1", "loopback"},
		{"::ffff:169.254.169.254", "link-local"},
		{"::ffff:10.0.0.1", "private"},
		{"::ffff:8.8.8.8", ""},
		// Deprecated IPv4-compatible form.
		{"::127.0.0.1", "reserved"},
		// NAT64 and 6to4 carry an IPv4 address inside.
		{"64:ff9b::7f00:1", "loopback (embedded IPv4 127.0.0.1)"},
		{"64:ff9b::a9fe:a9fe", "link-local (embedded IPv4 169.254.169.254)"},
		{"64:ff9b::808:808", ""},
		{"2002:7f00:1::", "loopback (embedded IPv4 127.0.0.1)"},
		{"2002:0808:0808::1", ""},
		{"2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo tunnel"},
		{"fe80::1%eth0", "link-local"},
	}
	for _, tt := range tests {
		t.Run(tt.ip, func(t *testing.T) {
			if got := Reason(netip.MustParseAddr(tt.ip)); got != tt.want {
				t.Fatalf("Reason(%s) = %q, want %q", tt.ip, got, tt.want)
			}
		})
	}
}

func TestCheckURL(t *testing.T) {
	g, err := New(Options{Allow: []string{"127.0.0.1:11434", "10.20.0.0/16", "::1"}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		url     string
		blocked bool
	}{
		{"https://api.openai.com/v1", false},
		{"http://example.com:8080/x", false},
		{"https://8.8.8.8/", false},
		{"http://127.0.0.1/", true},
		{"http://127.0.0.1:11434/api/tags", false}, // allow-listed with its port
		{"http://127.0.0.1:11435/", true},          // same IP, other port
		{"http://10.20.3.4:9000/", false},          // allow-listed CIDR
		{"http://10.21.0.1/", true},
		{"http://[::1]:8080/", false}, // allow-listed IP, any port
		{"http://169.254.169.254/latest/meta-data/", true},
		{"http://[::ffff:169.254.169.254]/", true},
		{"http://[::ffff:127.0.0.1]:11435/", true},
		{"http://[::ffff:7f00:1]:11434/", false}, // mapped form of an allow-listed address
		{"http://[fd12::1]/", true},
		{"http://0.0.0.0:8080/", true},
		{"http://[::]/", true},
		// Spellings a C resolver (inet_aton) reads as 127.0.0.1.
		{"http://2130706433/", true},
		{"http://0177.0.0.1/", true},
		{"http://0x7f.0.0.1/", true},
		{"http://0x7f000001/", true},
		{"http://127.1/", true},
		{"http://017700000001/", true},
		{"http://1.2.3.4.5/", true},
		// Schemes and shapes.
		{"file:///etc/passwd", true},
		{"gopher://example.com/", true},
		{"ftp://example.com/", true},
		{"http://user:pw@example.com/", true},
		{"http:///path", true},
		{"http://example.com:0/", true},
		{"http://example.com:99999/", true},
		{"http://1e100.net/", false}, // a real name with a numeric-looking label
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			err := g.CheckURL(tt.url)
			if tt.blocked != (err != nil) {
				t.Fatalf("CheckURL(%s) = %v, want blocked=%v", tt.url, err, tt.blocked)
			}
			if err != nil && !errors.Is(err, ErrBlocked) {
				t.Fatalf("error %v does not match ErrBlocked", err)
			}
		})
	}
}

func TestControlChecksResolvedAddress(t *testing.T) {
	g, err := New(Options{Allow: []string{"192.168.5.5:443"}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		network, addr string
		blocked       bool
	}{
		{"tcp4", "93.184.216.34:443", false},
		{"tcp6", "[2606:4700:4700::1111]:443", false},
		{"tcp4", "127.0.0.1:80", true},
		{"tcp6", "[::1]:80", true},
		{"tcp6", "[::ffff:127.0.0.1]:80", true},
		{"tcp6", "[::ffff:169.254.169.254]:80", true},
		{"tcp6", "[fe80::1%eth0]:80", true},
		{"tcp4", "192.168.5.5:443", false},
		{"tcp4", "192.168.5.5:80", true},
		{"udp4", "8.8.8.8:53", true},
		{"tcp4", "localhost:80", true}, // not an IP: never expected, refused
	}
	for _, tt := range tests {
		t.Run(tt.network+" "+tt.addr, func(t *testing.T) {
			err := g.control(tt.network, tt.addr, nil)
			if tt.blocked != (err != nil) {
				t.Fatalf("control(%s, %s) = %v, want blocked=%v", tt.network, tt.addr, err, tt.blocked)
			}
			if err != nil && !errors.Is(err, ErrBlocked) {
				t.Fatalf("error %v does not match ErrBlocked", err)
			}
		})
	}
}

func TestNewRejectsBadAllowEntries(t *testing.T) {
	for _, e := range []string{"ollama.internal", "10.0.0.0/33", "127.0.0.1:0", "http://127.0.0.1"} {
		if _, err := New(Options{Allow: []string{e}}); err == nil {
			t.Errorf("allow entry %q accepted", e)
		}
	}
	if _, err := New(Options{Allow: []string{" 127.0.0.1 ", "", "::ffff:10.0.0.0/104"}}); err != nil {
		t.Fatal(err)
	}
}

// server is a loopback HTTP server counting its hits.
func server(t *testing.T, h http.HandlerFunc) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var hits atomic.Int32
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		h(w, r)
	}))
	t.Cleanup(s.Close)
	return s, &hits
}

func port(t *testing.T, s *httptest.Server) string {
	t.Helper()
	u, _ := url.Parse(s.URL)
	return u.Port()
}

func TestClientRefusesLoopbackAfterResolution(t *testing.T) {
	s, hits := server(t, func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, "ok") })
	strict, err := NewClient(Options{})
	if err != nil {
		t.Fatal(err)
	}
	// "localhost" passes the URL check (a name) and is refused at connect
	// time, when it has resolved to 127.0.0.1 or ::1: the same path a
	// rebinding name takes.
	for _, u := range []string{s.URL, "http://localhost:" + port(t, s) + "/"} {
		resp, err := strict.Get(u)
		if err == nil {
			resp.Body.Close()
			t.Fatalf("GET %s succeeded through the guard", u)
		}
		if !errors.Is(err, ErrBlocked) {
			t.Fatalf("GET %s: %v, want ErrBlocked", u, err)
		}
	}
	if hits.Load() != 0 {
		t.Fatalf("the loopback server was reached %d times", hits.Load())
	}

	allowed, err := NewClient(Options{Allow: []string{"127.0.0.1:" + port(t, s), "::1"}})
	if err != nil {
		t.Fatal(err)
	}
	resp, err := allowed.Get(s.URL)
	if err != nil {
		t.Fatalf("allow-listed server refused: %v", err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(b) != "ok" || hits.Load() != 1 {
		t.Fatalf("body %q, hits %d", b, hits.Load())
	}
}

func TestClientIgnoresProxyEnvironment(t *testing.T) {
	proxy, proxyHits := server(t, func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, "via proxy") })
	t.Setenv("HTTP_PROXY", proxy.URL)
	t.Setenv("http_proxy", proxy.URL)
	s, hits := server(t, func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, "direct") })
	c, err := NewClient(Options{Allow: []string{"127.0.0.1:" + port(t, s)}})
	if err != nil {
		t.Fatal(err)
	}
	resp, err := c.Get(s.URL)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(b) != "direct" || proxyHits.Load() != 0 || hits.Load() != 1 {
		t.Fatalf("body %q, proxy hits %d, direct hits %d", b, proxyHits.Load(), hits.Load())
	}
}

func TestClientRedirects(t *testing.T) {
	inner, innerHits := server(t, func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, "internal") })
	var seenKey atomic.Value
	seenKey.Store("")
	other, _ := server(t, func(w http.ResponseWriter, r *http.Request) {
		seenKey.Store(r.Header.Get("X-Api-Key") + "|" + r.Header.Get("Authorization"))
		_, _ = io.WriteString(w, "other")
	})
	var target atomic.Value
	front, _ := server(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, target.Load().(string), http.StatusFound)
	})
	// front and other are allow-listed (they stand for public hosts);
	// inner is not.
	c, err := NewClient(Options{Allow: []string{"127.0.0.1:" + port(t, front), "127.0.0.1:" + port(t, other)}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, to string
		blocked  bool
	}{
		{"to a refused loopback port", inner.URL + "/", true},
		{"to the metadata service", "http://169.254.169.254/latest/meta-data/", true},
		{"to a mapped loopback", "http://[::ffff:127.0.0.1]:" + port(t, inner) + "/", true},
		{"to a decimal IP", "http://2130706433:" + port(t, inner) + "/", true},
		{"to localhost by name", "http://localhost:" + port(t, inner) + "/", true},
		{"to file", "file:///etc/passwd", true},
		{"to an allowed host", other.URL + "/", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			target.Store(tt.to)
			req, _ := http.NewRequest(http.MethodGet, "http://localhost:"+port(t, front)+"/start", nil)
			req.URL.Host = "127.0.0.1:" + port(t, front)
			req.Header.Set("X-Api-Key", "sk-secret")
			req.Header.Set("Authorization", "Bearer sk-secret")
			resp, err := c.Do(req)
			if tt.blocked {
				if err == nil {
					resp.Body.Close()
					t.Fatal("redirect followed")
				}
				if !errors.Is(err, ErrBlocked) && !strings.Contains(err.Error(), "unsupported protocol scheme") {
					t.Fatalf("error %v, want ErrBlocked", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
		})
	}
	if innerHits.Load() != 0 {
		t.Fatalf("refused server reached %d times", innerHits.Load())
	}
	// The allowed hop is another host (other port): credentials dropped.
	if got := seenKey.Load().(string); got != "|" {
		t.Fatalf("credentials forwarded across hosts: %q", got)
	}
}

func TestClientRedirectLimit(t *testing.T) {
	var n atomic.Int32
	s, _ := server(t, func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		http.Redirect(w, r, "/again", http.StatusFound)
	})
	c, err := NewClient(Options{Allow: []string{"127.0.0.1"}, MaxRedirects: 3})
	if err != nil {
		t.Fatal(err)
	}
	if resp, err := c.Get(s.URL); err == nil {
		resp.Body.Close()
		t.Fatal("endless redirects followed")
	}
	if n.Load() != 4 {
		t.Fatalf("%d requests, want 4 (1 + 3 redirects)", n.Load())
	}
}

func TestClientTimeouts(t *testing.T) {
	release := make(chan struct{})
	s, _ := server(t, func(w http.ResponseWriter, _ *http.Request) {
		select {
		case <-release:
		case <-time.After(5 * time.Second):
		}
	})
	defer close(release)
	c, err := NewClient(Options{Allow: []string{"127.0.0.1"}, ResponseHeaderTimeout: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	resp, err := c.Get(s.URL)
	if err == nil {
		resp.Body.Close()
		t.Fatal("slow server answered")
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Fatalf("timed out after %s", d)
	}
	// A dial to an address nobody listens on fails on its own; what
	// matters is that the dialer has a timeout at all.
	if g, _ := New(Options{}); g.Dialer(0).Timeout != DefaultDialTimeout {
		t.Fatal("dialer without timeout")
	}
	var ne net.Error
	if !errors.As(err, &ne) || !ne.Timeout() {
		t.Fatalf("error %v is not a timeout", err)
	}
}

// fakeDNS is a UDP DNS server on loopback answering every A question with
// the address answer() returns at that moment (and no AAAA), the way an
// attacker's name server answers a rebinding name; the zero Addr answers
// "no such name" (NXDOMAIN).
func fakeDNS(t *testing.T, answer func(name string) netip.Addr) *net.Resolver {
	t.Helper()
	pc, err := net.ListenPacket("udp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pc.Close() })
	go func() {
		buf := make([]byte, 512)
		for {
			n, from, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			q := buf[:n]
			if len(q) < 12 {
				continue
			}
			// Question name: labels from offset 12 up to the zero byte.
			i, labels := 12, []string{}
			for i < len(q) && q[i] != 0 {
				l := int(q[i])
				if i+1+l > len(q) {
					break
				}
				labels = append(labels, string(q[i+1:i+1+l]))
				i += 1 + l
			}
			if i+5 > len(q) {
				continue
			}
			qtype := int(q[i+1])<<8 | int(q[i+2])
			question := q[12 : i+5]
			resp := []byte{q[0], q[1], 0x81, 0x80, 0, 1, 0, 0, 0, 0, 0, 0}
			resp = append(resp, question...)
			a := answer(strings.Join(labels, "."))
			switch {
			case !a.IsValid(): // no such name
				resp[3] = 0x83
			case qtype == 1: // A
				ip := a.As4()
				resp[7] = 1
				resp = append(resp, 0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 0, 0, 4, ip[0], ip[1], ip[2], ip[3])
			}
			_, _ = pc.WriteTo(resp, from)
		}
	}()
	addr := pc.LocalAddr().String()
	return &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "udp4", addr)
	}}
}

func TestClientRefusesRebindingNames(t *testing.T) {
	s, hits := server(t, func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, "internal") })
	var lookups atomic.Int32
	// The name looks public to anyone checking it once; every lookup the
	// client makes gets an internal address.
	res := fakeDNS(t, func(string) netip.Addr {
		if lookups.Add(1)%2 == 1 {
			return netip.MustParseAddr("127.0.0.1")
		}
		return netip.MustParseAddr("169.254.169.254")
	})
	if addrs, err := res.LookupHost(context.Background(), "rebind.attacker.example"); err != nil || len(addrs) != 1 {
		t.Fatalf("fake DNS: %v %v", addrs, err)
	}
	c, err := NewClient(Options{Resolver: res, DialTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	target := "http://rebind.attacker.example:" + port(t, s) + "/"
	if err := (&Guard{}).CheckURL(target); err != nil {
		t.Fatalf("a name must pass the early check: %v", err)
	}
	for range 2 {
		resp, err := c.Get(target)
		if err == nil {
			resp.Body.Close()
			t.Fatal("rebinding name reached an internal address")
		}
		if !errors.Is(err, ErrBlocked) {
			t.Fatalf("error %v, want ErrBlocked", err)
		}
	}
	if hits.Load() != 0 {
		t.Fatalf("internal server reached %d times", hits.Load())
	}
	// The same name allowed explicitly by address (a self-hoster's choice).
	allowed, err := NewClient(Options{Resolver: fakeDNS(t, func(string) netip.Addr { return netip.MustParseAddr("127.0.0.1") }),
		Allow: []string{"127.0.0.1:" + port(t, s)}})
	if err != nil {
		t.Fatal(err)
	}
	resp, err := allowed.Get(target)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if hits.Load() != 1 {
		t.Fatalf("allow-listed address not reached (%d hits)", hits.Load())
	}
}
