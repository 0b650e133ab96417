package client

import "crypto/tls"

func config() *tls.Config {
	return &tls.Config{
		MinVersion: tls.VersionTLS10, // vigil:expect VGL-GO-TLS-002
	}
}
