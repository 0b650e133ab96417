package app

import (
	"net/http"
	"os"
)

func Terms(w http.ResponseWriter, r *http.Request) {
	data, _ := os.ReadFile("/srv/static/terms.html")
	w.Write(data)
}
