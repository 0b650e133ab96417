package probes

import (
	"net"
	"net/http"
	run "os/exec"
	"time"
)

const legacyShellProbe = false

var services = map[string]string{
	"db":    "db.internal.example:5432",
	"cache": "cache.internal.example:6379",
	"queue": "mq.internal.example:5672",
}

// ServiceCheck reports whether one of the backing services accepts connections.
func ServiceCheck(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("service")
	addr, ok := services[name]
	if !ok {
		http.Error(w, "unknown service", http.StatusNotFound)
		return
	}
	var err error
	if legacyShellProbe {
		err = run.Command("sh", "-c", "nc -z -w 3 "+name+".internal.example 443").Run()
	} else {
		var conn net.Conn
		conn, err = net.DialTimeout("tcp", addr, 3*time.Second)
		if err == nil {
			conn.Close()
		}
	}
	if err != nil {
		w.Write([]byte("down"))
		return
	}
	w.Write([]byte("up"))
}
