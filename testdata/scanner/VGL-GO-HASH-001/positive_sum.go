package app

import (
	"crypto/md5"
	"encoding/hex"
)

func passwordHash(pw string) string {
	sum := md5.Sum([]byte(pw)) // vigil:expect VGL-GO-HASH-001
	return hex.EncodeToString(sum[:])
}
