package app

import (
	"net/http"
	"os/exec"
)

// The request value goes into a field the command never reads.
type probe struct {
	label string
	tool  string
}

func (p *probe) SetLabel(l string) {
	p.label = l
}

func (p *probe) Run() ([]byte, error) {
	return exec.Command(p.tool, "-c", "1", "127.0.0.1").Output()
}

func Probe(w http.ResponseWriter, r *http.Request) {
	p := &probe{tool: "/bin/ping"}
	p.SetLabel(r.FormValue("label"))
	out, _ := p.Run()
	w.Write(out)
}
