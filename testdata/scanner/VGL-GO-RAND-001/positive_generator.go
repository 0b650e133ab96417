package auth

import (
	"fmt"
	"math/rand"
	"time"
)

var rng = rand.New(rand.NewSource(time.Now().UnixNano()))

func generateOTP() string {
	return fmt.Sprintf("%06d", rng.Intn(1000000)) // vigil:expect VGL-GO-RAND-001
}
