package app

import (
	"net/http"
	"os/exec"
)

func Run(w http.ResponseWriter, r *http.Request) {
	tool := r.URL.Query().Get("tool")
	cmd := exec.CommandContext(r.Context(), tool, "--version") // vigil:expect VGL-GO-CMDI-001
	_ = cmd.Run()
}
