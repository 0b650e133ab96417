package app

import (
	"net/http"
	"os"
)

func Health(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get(os.Getenv("UPSTREAM_HEALTH_URL"))
	if err == nil {
		resp.Body.Close()
	}
}
