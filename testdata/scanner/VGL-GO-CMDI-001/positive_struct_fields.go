package app

import (
	"net/http"
	"os/exec"
)

// A job keeps the request value in a field; another method runs it.
type job struct {
	host string
	n    int
}

func (j *job) SetHost(h string) {
	j.host = h
}

func (j *job) Run() ([]byte, error) {
	return exec.Command("sh", "-c", "ping -c 1 "+j.host).Output() // vigil:expect VGL-GO-CMDI-001
}

func PingJob(w http.ResponseWriter, r *http.Request) {
	j := &job{n: 1}
	j.SetHost(r.FormValue("host"))
	out, _ := j.Run()
	w.Write(out)
}
