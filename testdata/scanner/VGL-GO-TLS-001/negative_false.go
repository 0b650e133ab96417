package app

import "crypto/tls"

var conf = &tls.Config{InsecureSkipVerify: false, MinVersion: tls.VersionTLS12}
