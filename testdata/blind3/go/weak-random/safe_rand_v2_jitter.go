package main

import (
	"log"
	"math/rand/v2"
	"net/http"
	"time"
)

type Poller struct {
	URL      string
	Interval time.Duration
}

func (p Poller) Run(stop <-chan struct{}) {
	for {
		resp, err := http.Get(p.URL)
		if err == nil {
			resp.Body.Close()
		}
		jitter := time.Duration(rand.Int64N(int64(p.Interval / 5)))
		select {
		case <-stop:
			return
		case <-time.After(p.Interval + jitter):
		}
	}
}

func main() {
	stop := make(chan struct{})
	log.Print("polling")
	Poller{URL: "http://localhost:9090/metrics", Interval: 30 * time.Second}.Run(stop)
}
