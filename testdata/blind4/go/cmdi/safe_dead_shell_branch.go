package probes

import (
	"net"
	"net/http"
	run "os/exec"
	"strconv"
	"time"
)

const legacyShellProbe = false

// PortCheck tells the customer whether their origin server accepts TLS connections.
func PortCheck(w http.ResponseWriter, r *http.Request) {
	host := r.FormValue("host")
	port, err := strconv.Atoi(r.FormValue("port"))
	if err != nil || port < 1 || port > 65535 {
		port = 443
	}
	if legacyShellProbe {
		err = run.Command("sh", "-c", "nc -z -w 3 "+host+" "+strconv.Itoa(port)).Run()
	} else {
		var conn net.Conn
		conn, err = net.DialTimeout("tcp", net.JoinHostPort(host, strconv.Itoa(port)), 3*time.Second)
		if err == nil {
			conn.Close()
		}
	}
	if err != nil {
		w.Write([]byte("closed"))
		return
	}
	w.Write([]byte("open"))
}
