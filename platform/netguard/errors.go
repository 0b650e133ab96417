package netguard

import (
	"errors"
	"net"
	"net/netip"
	"net/url"
	"strings"
)

// The guarded client's errors reach the users who supplied the URL (a
// workspace admin adding an AI provider sees why it cannot be reached).
// Go's own messages name the DNS server that was asked ("lookup x on
// 10.0.0.2:53") and the address a name resolved to ("dial tcp
// 10.1.2.3:443"), and the guard's refusal named that address too: enough
// to map an operator's internal network name by name. publicError rewrites
// a transport error so that it names only what the user wrote.

// redactedError keeps the wrapped chain (errors.Is and errors.As still
// work, on the rewritten parts) under a message without addresses.
type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }

// publicError rewrites err, returned by the transport for a request to u,
// so that neither its message nor anything it wraps reveals the resolver's
// address or, when u names a host rather than an IP, the addresses the
// name resolved to. URLs with a literal IP keep it (the user wrote it).
func publicError(u *url.URL, err error) error {
	if err == nil {
		return nil
	}
	host := u.Hostname()
	_, literal := netip.ParseAddr(host)
	named := literal != nil
	var b *BlockedError
	if named && errors.As(err, &b) {
		// Refused after resolution: say so about the name.
		return &BlockedError{Addr: u.Host, Reason: "resolves to " + article(baseReason(b.Reason)) + " address"}
	}
	var dns *net.DNSError
	if errors.As(err, &dns) && dns.Server != "" {
		c := *dns
		c.Server = ""
		return &redactedError{msg: strings.Replace(err.Error(), dns.Error(), c.Error(), 1), err: &c}
	}
	var op *net.OpError
	if named && errors.As(err, &op) && (op.Addr != nil || op.Source != nil) {
		c := *op
		c.Addr, c.Source = nil, nil
		return &redactedError{msg: strings.Replace(err.Error(), op.Error(), c.Error(), 1), err: &c}
	}
	return err
}

// baseReason drops the detail Reason adds for IPv6 forms that embed an
// IPv4 address (the address itself).
func baseReason(r string) string {
	if i := strings.Index(r, " (embedded IPv4"); i >= 0 {
		return r[:i]
	}
	return r
}

func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an " + word
	}
	return "a " + word
}
