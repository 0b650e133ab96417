package app

import (
	"encoding/json"
	"net/http"
)

type Task struct{ Name string }

func submit(w http.ResponseWriter, r *http.Request) {
	var t Task
	json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&t)
}
