package web

import (
	"fmt"
	mrand "math/rand"
)

func newSessionID() string {
	return fmt.Sprintf("%016x", mrand.Uint64()) // vigil:expect VGL-GO-RAND-001
}
