package main

import (
	"math/rand/v2"
	"net/http"
	"time"
)

func getWithRetry(url string) (*http.Response, error) {
	var lastErr error
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := http.Get(url)
		if err == nil {
			return resp, nil
		}
		lastErr = err
		jitter := time.Duration(rand.IntN(250)) * time.Millisecond
		time.Sleep(time.Duration(1<<attempt)*time.Second + jitter)
	}
	return nil, lastErr
}

func main() {
	getWithRetry("https://example.net/ready")
}
