package app

import "crypto/tls"

func config() *tls.Config {
	c := &tls.Config{MinVersion: tls.VersionTLS12}
	c.InsecureSkipVerify = true // vigil:expect VGL-GO-TLS-001
	return c
}
