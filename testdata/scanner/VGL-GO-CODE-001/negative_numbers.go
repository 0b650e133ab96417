package app

import (
	"net/http"
	"strconv"
)

func add(w http.ResponseWriter, r *http.Request) {
	a, _ := strconv.Atoi(r.URL.Query().Get("a"))
	b, _ := strconv.Atoi(r.URL.Query().Get("b"))
	w.Write([]byte(strconv.Itoa(a + b)))
}
