package cache

import (
	"crypto/tls"
	"strings"
)

// A Redis address from the configuration may be anywhere on the network:
// turning TLS on without verification protects nothing.
type Options struct {
	Addr      string
	TLSConfig *tls.Config
}

func parse(conn string) Options {
	var o Options
	for _, kv := range strings.Split(conn, ",") {
		k, v, _ := strings.Cut(kv, "=")
		switch k {
		case "addr":
			o.Addr = v
		case "tls":
			o.TLSConfig = &tls.Config{InsecureSkipVerify: true} // vigil:expect VGL-GO-TLS-001
		}
	}
	return o
}

// localizedClient is no loopback client: only its name starts with "local".
func localizedClient(remoteURL string) *tls.Config {
	return &tls.Config{ServerName: remoteURL, InsecureSkipVerify: true} // vigil:expect VGL-GO-TLS-001
}
