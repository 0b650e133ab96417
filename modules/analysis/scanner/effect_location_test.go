package scanner

import "testing"

// TestReportAtEffect: a sink that only builds an object carrying request
// data (a File, a request, a process, a curl handle, a cookie) is reported
// at the first call of the function that uses the object for its effect
// (taint_v2_effect.go, report_use.go); an object that leaves the function
// unused is reported where it is built.
func TestReportAtEffect(t *testing.T) {
	byID := builtinRulesByID(t)
	cases := []struct{ name, rule, file, src string }{
		{"java file deleted", "VGL-JAVA-PATH-001", "Probe.java", `
import java.io.File;
import javax.servlet.http.*;
public class P extends HttpServlet {
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws Exception {
    String dir = req.getParameter("dir");
    File target = new java.io.File("/srv" + dir, req.getParameter("file"));
    target.setReadable(true);
    target.delete(); // want
  }
}
`},
		{"java file read through toPath", "VGL-JAVA-PATH-001", "Probe.java", `
import java.io.File;
import java.nio.file.Files;
import javax.servlet.http.*;
public class P extends HttpServlet {
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
    File f = new File("/srv/" + req.getParameter("name"));
    byte[] b = Files.readAllBytes(f.toPath()); // want
    resp.getOutputStream().write(b);
  }
}
`},
		{"java file returned stays at construction", "VGL-JAVA-PATH-001", "Probe.java", `
import java.io.File;
import javax.servlet.http.*;
public class P {
  File pick(HttpServletRequest req) {
    File target = new File("/srv", req.getParameter("file")); // want
    return target;
  }
}
`},
		{"java file passed away stays at construction", "VGL-JAVA-PATH-001", "Probe.java", `
import java.io.File;
import java.nio.file.*;
import javax.servlet.http.*;
public class P {
  void pick(HttpServletRequest req) throws Exception {
    String name = req.getParameter("file");
    File target = new File("/srv", name); // want
    archive(target);
    Files.delete(Paths.get("/srv", name)); // want
  }
  void archive(File f) {}
}
`},
		{"java request sent", "VGL-JAVA-SSRF-001", "Probe.java", `
import java.net.URI;
import java.net.http.*;
import javax.servlet.http.*;
public class P extends HttpServlet {
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest ack = HttpRequest.newBuilder(URI.create(req.getParameter("cb")))
        .GET()
        .build();
    http.send(ack, HttpResponse.BodyHandlers.discarding()); // want
  }
}
`},
		{"java process started", "VGL-JAVA-CMDI-001", "Probe.java", `
import javax.servlet.http.*;
public class P extends HttpServlet {
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("sh", "-c", req.getParameter("cmd"));
    pb.redirectErrorStream(true);
    Process p = pb.start(); // want
  }
}
`},
		{"java cookie added", "VGL-JAVA-COOKIE-001", "Probe.java", `
import javax.servlet.http.*;
public class P extends HttpServlet {
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
    Cookie c = new Cookie("sid", "x");
    c.setMaxAge(3600);
    resp.addCookie(c); // want
  }
}
`},
		{"go directory made, file opened", "VGL-GO-PATH-001", "probe.go", `
package p

import (
	"net/http"
	"os"
	"path/filepath"
)

func h(w http.ResponseWriter, r *http.Request) {
	target := filepath.Join("/data", r.FormValue("name"))
	if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
		return
	}
	f, _ := os.OpenFile(target, os.O_CREATE|os.O_WRONLY, 0o644) // want
	f.Close()
}
`},
		{"go cookie set", "VGL-GO-COOKIE-001", "probe.go", `
package p

import "net/http"

func h(w http.ResponseWriter, r *http.Request) {
	cookie := &http.Cookie{
		Name:  "session",
		Value: "v",
	}
	http.SetCookie(w, cookie) // want
}
`},
		{"go cookie made by a helper stays there", "VGL-GO-COOKIE-001", "probe.go", `
package p

import "net/http"

func mk(v string) *http.Cookie {
	c := &http.Cookie{Name: "session", Value: v} // want
	return c
}

func h(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, mk("v"))
}
`},
		{"php curl handle executed", "VGL-PHP-SSRF-001", "probe.php", `<?php
function fetch() {
    $ch = curl_init();
    curl_setopt($ch, CURLOPT_URL, $_GET['url']);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    return curl_exec($ch); // want
}
`},
		{"php symfony process run", "VGL-PHP-CMDI-001", "probe.php", `<?php
use Symfony\Component\Process\Process;
function run() {
    $p = Process::fromShellCommandline($_GET['cmd']);
    $p->setTimeout(10);
    $p->run(); // want
}
`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectProbe(t, byID, tc.rule, tc.file, tc.src)
		})
	}
}

// TestReportAtEffectDirLocal: the directory of a path kept in a local
// (dir := filepath.Dir(target)) is made for the file opened next.
func TestReportAtEffectDirLocal(t *testing.T) {
	expectProbe(t, builtinRulesByID(t), "VGL-GO-PATH-001", "probe.go", `
package p

import (
	"net/http"
	"os"
	"path/filepath"
)

func h(w http.ResponseWriter, r *http.Request) {
	base := "/data"
	target := filepath.Join(base, r.FormValue("name"))
	dir := filepath.Dir(target)
	os.MkdirAll(dir, 0o755)
	os.Remove(filepath.Join(base, "lock"))
	os.WriteFile(target, []byte("x"), 0o644) // want
}
`)
}
