package app

import (
	"encoding/gob"
	"net/http"
)

type Task struct{ Name string }

func submit(w http.ResponseWriter, r *http.Request) {
	var t Task
	if err := gob.NewDecoder(r.Body).Decode(&t); err != nil { // vigil:expect VGL-GO-DESER-001
		http.Error(w, "bad", 400)
	}
}
