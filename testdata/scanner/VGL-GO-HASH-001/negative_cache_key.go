package cache

import (
	"crypto/md5"
	"crypto/sha1"
	"encoding/hex"
)

// Key names a cache entry: collisions cost a cache miss, nothing more.
func Key(url string) string {
	sum := md5.Sum([]byte(url))
	return hex.EncodeToString(sum[:])
}

// ETag of a static file.
func ETag(body []byte) string {
	h := sha1.New()
	h.Write(body)
	return hex.EncodeToString(h.Sum(nil))
}
