package client

import "crypto/tls"

func legacy(cfg *tls.Config) {
	cfg.MinVersion = tls.VersionSSL30 // vigil:expect VGL-GO-TLS-002
}
