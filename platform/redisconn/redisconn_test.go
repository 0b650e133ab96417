package redisconn_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"vigil/platform/redisconn"
)

func TestOptions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		url     string
		addr    string
		db      int
		tls     bool
		wantErr string
	}{
		{url: "redis://127.0.0.1:6379/0", addr: "127.0.0.1:6379"},
		{url: "redis://:pw@cache:6380/3", addr: "cache:6380", db: 3},
		{url: "rediss://cache.example.com:6380", addr: "cache.example.com:6380", tls: true},
		{url: "http://cache:6379", wantErr: "invalid URL"},
		{url: "redis://user:hunter2@cache:6379/notanumber", wantErr: "invalid URL"},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			o, err := redisconn.Options(tt.url)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				if strings.Contains(err.Error(), "hunter2") {
					t.Fatalf("error leaks the password: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if o.Addr != tt.addr || o.DB != tt.db || (o.TLSConfig != nil) != tt.tls {
				t.Fatalf("addr %s db %d tls %v, want %s %d %v", o.Addr, o.DB, o.TLSConfig != nil, tt.addr, tt.db, tt.tls)
			}
			if o.ReadTimeout > time.Second || o.DialTimeout > 5*time.Second {
				t.Fatalf("timeouts too long for a per-request limiter: read %s dial %s", o.ReadTimeout, o.DialTimeout)
			}
		})
	}
}

// An unreachable server is reported at once, naming the address.
func TestOpenUnreachable(t *testing.T) {
	t.Parallel()
	start := time.Now()
	_, err := redisconn.Open(context.Background(), "redis://127.0.0.1:1/0")
	if err == nil || !strings.Contains(err.Error(), "127.0.0.1:1") {
		t.Fatalf("err = %v, want one naming 127.0.0.1:1", err)
	}
	if time.Since(start) > 6*time.Second {
		t.Fatalf("took %s", time.Since(start))
	}
}
