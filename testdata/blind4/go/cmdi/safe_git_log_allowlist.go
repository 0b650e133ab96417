package repoinfo

import (
	"net/http"
	"os/exec"
)

var branchCommands = map[string]string{
	"main":    "git log -n 20 --oneline main",
	"release": "git log -n 20 --oneline release/current",
	"develop": "git log -n 20 --oneline develop",
}

// RecentCommits shows the latest commits of one of the known branches.
func RecentCommits(w http.ResponseWriter, r *http.Request) {
	script, ok := branchCommands[r.FormValue("branch")]
	if !ok {
		script = branchCommands["main"]
	}
	cmd := exec.Command("sh", "-c", script)
	cmd.Dir = "/srv/repo"
	out, err := cmd.Output()
	if err != nil {
		http.Error(w, "git failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	w.Write(out)
}
