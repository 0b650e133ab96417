package scanner

import (
	"testing"
)

// TestEngineV2GoProbes: the causes of missed flows and false alarms of
// issue "Scanner v2", in Go.
func TestEngineV2GoProbes(t *testing.T) {
	runProbes(t, builtinRulesByID(t), []probe{
		{"defaulting idiom keeps taint on the other path", "VGL-GO-CMDI-001", "probe.go", `
package main
import (
	"net/http"
	"os/exec"
)
func h(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query().Get("v")
	if v == "" {
		v = "x"
	}
	exec.Command("sh", "-c", "echo "+v).Run() // want
}
`},
		{"a constant assigned on every path is clean", "VGL-GO-CMDI-001", "probe.go", `
package main
import (
	"net/http"
	"os/exec"
)
func h(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if v == "" {
		v = "x"
	} else {
		v = "y"
	}
	exec.Command("echo", v).Run()
}
`},
		{"import alias resolves to os/exec.Command", "VGL-GO-CMDI-001", "probe.go", `
package main
import (
	"net/http"
	run "os/exec"
)
func h(w http.ResponseWriter, req *http.Request) {
	run.Command("sh", "-c", req.Form.Get("d")).Run() // want
	run.Command("ls", req.Form.Get("d")).Run()
}
`},
		{"if err != nil early return, multiple results", "VGL-GO-SQLI-001", "probe.go", `
package main
import (
	"database/sql"
	"fmt"
	"net/http"
	"strconv"
)
func h(db *sql.DB, w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.FormValue("id"))
	if err != nil {
		return
	}
	db.Query(fmt.Sprintf("SELECT * FROM t WHERE id = %d", id))
	name := r.FormValue("name")
	rows, err := db.Query("SELECT * FROM t WHERE name = '" + name + "'") // want
	if err != nil {
		return
	}
	defer rows.Close()
	db.Query("SELECT * FROM t WHERE name = $1", name)
}
`},
		{"struct literal fields, maps and slices", "VGL-GO-SQLI-001", "probe.go", `
package main
import (
	"database/sql"
	"net/http"
	"strings"
)
type F struct{ Name, Sort string }
func h(db *sql.DB, w http.ResponseWriter, r *http.Request) {
	f := F{Name: r.FormValue("n"), Sort: "id"}
	db.Query("SELECT * FROM t ORDER BY " + f.Sort)
	db.Query("SELECT * FROM t WHERE n = '" + f.Name + "'") // want
	m := map[string]string{"safe": "id"}
	m["q"] = r.Header.Get("X-Q")
	db.Query("SELECT " + m["safe"])
	db.Query("SELECT " + m["q"]) // want
	parts := []string{"a"}
	parts = append(parts, r.URL.Path)
	db.Exec(strings.Join(parts, ",")) // want
}
`},
		{"strings.Builder and bytes.Buffer carry data", "VGL-GO-SQLI-001", "probe.go", `
package main
import (
	"bytes"
	"database/sql"
	"net/http"
	"strings"
)
func h(db *sql.DB, w http.ResponseWriter, r *http.Request) {
	var sb strings.Builder
	sb.WriteString("SELECT * FROM t WHERE n = '")
	sb.WriteString(r.PostFormValue("n"))
	db.Query(sb.String()) // want
	var clean strings.Builder
	clean.WriteString("SELECT 1")
	db.Query(clean.String())
	var buf bytes.Buffer
	buf.WriteString(r.Header.Get("q"))
	db.Exec(buf.String()) // want
}
`},
		{"closures see their parent's typed request", "VGL-GO-PATH-001", "probe.go", `
package main
import (
	"net/http"
	"os"
	"path/filepath"
)
func h(w http.ResponseWriter, r *http.Request) {
	open := func(name string) {
		os.Open(name) // want
	}
	open(r.URL.Query().Get("f"))
	go func() {
		os.ReadFile(r.FormValue("g")) // want
	}()
	os.Open(filepath.Base(r.FormValue("b")))
	os.Open(filepath.Join("/srv", r.FormValue("j"))) // want
}
`},
		{"switch, range, select and loops", "VGL-GO-CMDI-001", "probe.go", `
package main
import (
	"net/http"
	"os/exec"
)
func h(w http.ResponseWriter, r *http.Request) {
	mode := 2
	switch mode {
	case 1:
		exec.Command(r.FormValue("a"))
	default:
		exec.Command("ls")
	}
	for _, v := range r.Form["x"] {
		exec.Command(v) // want
	}
	for i := range []string{"a"} {
		_ = i
	}
	ch := make(chan string, 1)
	ch <- r.FormValue("c")
	select {
	case s := <-ch:
		exec.Command(s) // want
	default:
	}
	cmd := "ls"
	for i := 0; i < 3; i++ {
		exec.Command(cmd) // want
		cmd = r.Header.Get("c")
	}
}
`},
		{"pointer arguments take the call's data", "VGL-GO-SQLI-001", "probe.go", `
package main
import (
	"database/sql"
	"encoding/json"
	"net/http"
)
type Req struct{ Name string }
func h(db *sql.DB, w http.ResponseWriter, r *http.Request) {
	var q Req
	json.NewDecoder(r.Body).Decode(&q)
	db.Query("SELECT * FROM t WHERE n = '" + q.Name + "'") // want
	var fixed Req
	db.Query("SELECT * FROM t WHERE n = '" + fixed.Name + "'")
}
`},
		{"helper returning a constant is clean; returning its input is not", "VGL-GO-CMDI-001", "probe.go", `
package main
import (
	"net/http"
	"os/exec"
)
func pick(x string) (string, error) { return "ls -l", nil }
func same(x string) (string, error) { return x, nil }
func h(w http.ResponseWriter, r *http.Request) {
	c, _ := pick(r.FormValue("c"))
	exec.Command("sh", "-c", c)
	d, _ := same(r.FormValue("c"))
	exec.Command("sh", "-c", d) // want
}
`},
		{"methods: receiver fields set in one method, read in another", "VGL-GO-SQLI-001", "probe.go", `
package main
import (
	"database/sql"
	"net/http"
)
type Svc struct {
	db   *sql.DB
	term string
}
func (s *Svc) Set(r *http.Request) { s.term = r.FormValue("t") }
func (s *Svc) Run() {
	s.db.Query("SELECT * FROM t WHERE n = '" + s.term + "'") // want
}
`},
		{"short-circuit conditions", "VGL-GO-CMDI-001", "probe.go", `
package main
import (
	"net/http"
	"os/exec"
)
func h(w http.ResponseWriter, r *http.Request) {
	v := r.FormValue("v")
	if v != "" && len(v) < 10 {
		exec.Command(v) // want
	}
	if false && v != "" {
		exec.Command(v)
	}
}
`},
		{"a request parameter of another name and type is no source", "VGL-GO-CMDI-001", "probe.go", `
package main
import (
	"os/exec"
)
type Request struct{ Form map[string]string }
func h(r *Request) {
	exec.Command(r.Form["x"])
}
`},
	})
}

// TestEngineV2GoPackProbes: one must-find and one must-not-find program
// per model pack (go-stdlib, gin, echo, chi, gorm).
func TestEngineV2GoPackProbes(t *testing.T) {
	runProbes(t, builtinRulesByID(t), []probe{
		{"go-stdlib: net/http sources to ssrf and redirect", "VGL-GO-SSRF-001", "probe.go", `
package main
import (
	"net/http"
	"net/url"
	"strings"
)
func h(w http.ResponseWriter, r *http.Request) {
	target := r.Header.Get("X-Target")
	http.Get(target) // want
	c, _ := r.Cookie("u")
	req, _ := http.NewRequest("GET", c.Value, nil)
	http.DefaultClient.Do(req) // want
	post, _ := http.NewRequest("POST", "https://api.example.com/", strings.NewReader(c.Value))
	http.DefaultClient.Do(post)
	http.Get("https://api.example.com/?q=" + url.QueryEscape(r.FormValue("q")))
	http.Get("https://api.example.com/")
}
`},
		{"go-stdlib: redirect", "VGL-GO-REDIRECT-001", "probe.go", `
package main
import "net/http"
func h(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, r.URL.Query().Get("next"), http.StatusFound) // want
	http.Redirect(w, r, "/home", http.StatusFound)
	http.Redirect(w, r, r.URL.Path+"/", http.StatusMovedPermanently)
	http.Redirect(w, r, r.RequestURI+"/", http.StatusMovedPermanently)
	q := r.URL.Query()
	http.Redirect(w, r, q.Get("to"), http.StatusFound) // want
}
`},
		{"go-stdlib: text/template and fmt.Fprintf are XSS, html/template and escaping are not", "VGL-GO-XSS-001", "probe.go", `
package main
import (
	"fmt"
	"html"
	htmpl "html/template"
	"net/http"
	"text/template"
)
func h(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	fmt.Fprintf(w, "<p>Hello %s</p>", name) // want
	fmt.Fprintf(w, "<p>Hello %s</p>", html.EscapeString(name))
	t := template.Must(template.New("p").Parse("<p>{{.}}</p>"))
	t.Execute(w, name) // want
	ht := htmpl.Must(htmpl.New("p").Parse("<p>{{.}}</p>"))
	ht.Execute(w, name)
	ht.Execute(w, htmpl.HTML(name)) // want
	w.Write([]byte("<p>" + name + "</p>")) // want
	w.Write([]byte("<p>ok</p>"))
}
`},
		{"go-stdlib: a plain-text or JSON response is no page", "VGL-GO-XSS-001", "probe.go", `
package main
import (
	"encoding/json"
	"fmt"
	"net/http"
)
func text(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, "hello %s", r.FormValue("name"))
}
func js(w http.ResponseWriter, r *http.Request) {
	b, _ := json.Marshal(map[string]string{"name": r.FormValue("name")})
	w.Write(b)
}
func page(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, "<b>"+r.FormValue("name")+"</b>") // want
}
`},
		{"go-stdlib: a command's output is not request data", "VGL-GO-XSS-001", "probe.go", `
package main
import (
	"fmt"
	"net/http"
	"os/exec"
)
func h(w http.ResponseWriter, r *http.Request) {
	host := r.FormValue("host")
	out, _ := exec.Command("ping", "-c", "1", host).Output()
	fmt.Fprint(w, string(out))
	cmd := exec.Command("dig", host)
	res, _ := cmd.CombinedOutput()
	w.Write(res)
	fmt.Fprint(w, "<p>"+host+"</p>") // want
}
`},
		{"go-stdlib: os/exec sh -c and number parsing", "VGL-GO-CMDI-001", "probe.go", `
package main
import (
	"net/http"
	"os/exec"
	"strconv"
)
func h(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.FormValue("n"))
	exec.Command("sh", "-c", "sleep "+strconv.Itoa(n)).Run()
	exec.Command("sh", "-c", "ping "+r.PathValue("host")).Run() // want
}
`},
		{"go-stdlib: path checks after Join, IsLocal, no .. and a pattern", "VGL-GO-PATH-001", "probe.go", `
package main
import (
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)
var nameRe = regexp.MustCompile("^[a-z0-9]+$")
func h(w http.ResponseWriter, r *http.Request) {
	full := filepath.Join("/srv/data", r.FormValue("f"))
	if !strings.HasPrefix(full, "/srv/data/") {
		http.Error(w, "bad", 400)
		return
	}
	os.ReadFile(full)
	name := r.FormValue("n")
	if !filepath.IsLocal(name) {
		return
	}
	os.Open(name)
	other := r.FormValue("o")
	if strings.Contains(other, "..") {
		return
	}
	os.Open(other)
	id := r.FormValue("id")
	if !nameRe.MatchString(id) {
		return
	}
	os.Open("/srv/" + id)
	raw := r.FormValue("raw")
	if strings.HasPrefix(raw, "/srv/") {
		os.Open("/other")
	}
	os.Open(raw) // want
}
`},
		{"go-stdlib: allow-list map and comparisons", "VGL-GO-CMDI-001", "probe.go", `
package main
import (
	"net/http"
	"os/exec"
)
var allowed = map[string]bool{"ls": true, "df": true}
func h(w http.ResponseWriter, r *http.Request) {
	c := r.FormValue("c")
	if !allowed[c] {
		return
	}
	exec.Command(c).Run()
	d := r.FormValue("d")
	if _, ok := allowed[d]; !ok {
		return
	}
	exec.Command(d).Run()
	e := r.FormValue("e")
	if e != "ls" && e != "df" {
		return
	}
	exec.Command(e).Run()
	f := r.FormValue("f")
	if f != "ls" || len(f) > 2 {
		exec.Command(f).Run() // want
	}
}
`},
		{"go-stdlib: a package-level text/template is XSS, html/template is not", "VGL-GO-XSS-001", "probe.go", `
package main
import (
	htmpl "html/template"
	"net/http"
	"text/template"
)
var page = template.Must(template.New("p").Parse("<p>{{.}}</p>"))
var safe = htmpl.Must(htmpl.New("p").Parse("<p>{{.}}</p>"))
func h(w http.ResponseWriter, r *http.Request) {
	page.Execute(w, r.FormValue("q")) // want
	safe.Execute(w, r.FormValue("q"))
}
func shadow(w http.ResponseWriter, r *http.Request) {
	page := safe
	page.Execute(w, r.FormValue("q"))
}
`},
		{"go-stdlib: Location header and http clients", "VGL-GO-REDIRECT-001", "probe.go", `
package main
import "net/http"
func h(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Location", r.FormValue("next")) // want
	w.Header().Set("Content-Type", r.FormValue("next"))
	w.WriteHeader(302)
}
`},
		{"go-stdlib: clients", "VGL-GO-SSRF-001", "probe.go", `
package main
import "net/http"
func h(w http.ResponseWriter, r *http.Request) {
	http.DefaultClient.Get(r.FormValue("u")) // want
	client := &http.Client{}
	client.Post(r.FormValue("u"), "text/plain", nil) // want
	client.Post("https://example.com", "text/plain", r.Body)
}
`},
		{"gorilla/mux, httprouter and fiber sources", "VGL-GO-CMDI-001", "probe.go", `
package main
import (
	"net/http"
	"os/exec"
	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/mux"
	"github.com/julienschmidt/httprouter"
)
func a(w http.ResponseWriter, r *http.Request) {
	exec.Command(mux.Vars(r)["cmd"]).Run() // want
}
func b(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	exec.Command(ps.ByName("cmd")).Run() // want
}
func c(ctx *fiber.Ctx) error {
	exec.Command(ctx.Query("cmd")).Run() // want
	return exec.Command(ctx.Route().Path).Run()
}
`},
		{"sqlx: the text after the destination", "VGL-GO-SQLI-001", "probe.go", `
package main
import (
	"net/http"
	"github.com/jmoiron/sqlx"
)
type U struct{ Name string }
func h(db *sqlx.DB, w http.ResponseWriter, r *http.Request) {
	var u U
	db.Get(&u, "SELECT * FROM u WHERE n = '"+r.FormValue("n")+"'") // want
	db.Get(&u, "SELECT * FROM u WHERE n = $1", r.FormValue("n"))
}
`},
		{"lib/pq: quoted identifiers and literals", "VGL-GO-SQLI-001", "probe.go", `
package main
import (
	"database/sql"
	"net/http"
	"github.com/lib/pq"
)
func h(db *sql.DB, w http.ResponseWriter, r *http.Request) {
	db.Query("SELECT * FROM t ORDER BY " + pq.QuoteIdentifier(r.FormValue("col")))
	db.Query("SELECT * FROM t WHERE n = " + pq.QuoteLiteral(r.FormValue("n")))
	db.Query("SELECT * FROM t ORDER BY " + r.FormValue("col")) // want
}
`},
		{"gin: context sources to sql, redirect", "VGL-GO-SQLI-001", "probe.go", `
package main
import (
	"database/sql"
	"github.com/gin-gonic/gin"
)
type Q struct{ Name string }
func h(db *sql.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		db.Query("SELECT * FROM t WHERE a = '" + c.Query("a") + "'") // want
		db.Query("SELECT * FROM t WHERE b = '" + c.Param("b") + "'") // want
		db.Query("SELECT * FROM t WHERE d = '" + c.GetHeader("d") + "'") // want
		var q Q
		if err := c.ShouldBindJSON(&q); err != nil {
			return
		}
		db.Query("SELECT * FROM t WHERE n = '" + q.Name + "'") // want
		db.Query("SELECT * FROM t WHERE n = ?", c.PostForm("n"))
		db.Query("SELECT * FROM t WHERE n = '" + c.ClientIP() + "'")
	}
}
`},
		{"gin: redirect and files", "VGL-GO-REDIRECT-001", "probe.go", `
package main
import "github.com/gin-gonic/gin"
func h(c *gin.Context) {
	c.Redirect(302, c.Query("next")) // want
	c.Redirect(302, "/")
}
`},
		{"echo: context sources, HTML sink", "VGL-GO-XSS-001", "probe.go", `
package main
import (
	"html"
	"github.com/labstack/echo/v4"
)
func h(c echo.Context) error {
	c.HTML(200, "<p>"+c.QueryParam("q")+"</p>") // want
	c.HTML(200, "<p>"+html.EscapeString(c.Param("id"))+"</p>")
	return c.HTML(200, "<p>"+c.FormValue("f")+"</p>") // want
}
`},
		{"echo: bind into a struct reaches SQL", "VGL-GO-SQLI-001", "probe.go", `
package main
import (
	"database/sql"
	"github.com/labstack/echo/v4"
)
type U struct{ Name string }
func h(db *sql.DB, c echo.Context) error {
	u := new(U)
	if err := c.Bind(u); err != nil {
		return err
	}
	var v U
	c.Bind(&v)
	db.Exec("UPDATE t SET n = '" + v.Name + "'") // want
	_, err := db.Exec("UPDATE t SET n = $1", v.Name)
	return err
}
`},
		{"chi: URLParam is a source", "VGL-GO-PATH-001", "probe.go", `
package main
import (
	"net/http"
	"os"
	"path/filepath"
	"github.com/go-chi/chi/v5"
)
func h(w http.ResponseWriter, r *http.Request) {
	os.ReadFile("/data/" + chi.URLParam(r, "file")) // want
	os.ReadFile(filepath.Join("/data", filepath.Base(chi.URLParam(r, "file"))))
}
`},
		{"gorm: raw SQL text, not placeholders", "VGL-GO-SQLI-001", "probe.go", `
package main
import (
	"fmt"
	"net/http"
	"gorm.io/gorm"
)
func h(db *gorm.DB, w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	db.Raw(fmt.Sprintf("SELECT * FROM users WHERE name = '%s'", name)) // want
	db.Where("name = ?", name)
	db.Where("name = '" + name + "'") // want
}
`},
	})
}

// TestEngineV2GoChecks: checks of derived values, parse checks, numbers
// printed by fmt verbs and the other Go look-alikes of issue "Scanner v2":
// each safe form beside the flow it must still report.
func TestEngineV2GoChecks(t *testing.T) {
	runProbes(t, builtinRulesByID(t), []probe{
		{"filepath.Rel check cleans the joined path", "VGL-GO-PATH-001", "probe.go", `
package main
import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
)
func h(w http.ResponseWriter, r *http.Request) {
	base := "/srv"
	target := filepath.Join(base, r.FormValue("n"))
	rel, err := filepath.Rel(base, target)
	if err != nil || strings.HasPrefix(rel, "..") {
		os.Remove(target) // want
		return
	}
	os.Remove(target)
}
`},
		{"a Rel check holds for the path it was made of; a climbing prefix is no check where it holds", "VGL-GO-PATH-001", "probe.go", `
package main
import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
)
func h(w http.ResponseWriter, r *http.Request) {
	target := filepath.Join("/srv", r.FormValue("n"))
	rel, _ := filepath.Rel("/srv", target)
	if strings.HasPrefix(rel, "..") {
		return
	}
	rel = "x"
	os.Remove(target)
	other := r.FormValue("o")
	if strings.HasPrefix(other, "..") {
		os.Remove(other) // want
	}
	os.Remove(other) // want
}
`},
		{"url host allow-list and empty host for redirects", "VGL-GO-SSRF-001", "probe.go", `
package main
import (
	"net/http"
	"net/url"
)
var allowed = map[string]bool{"api.example.com": true}
func h(w http.ResponseWriter, r *http.Request) {
	raw := r.URL.Query().Get("u")
	u, err := url.Parse(raw)
	if err != nil || !allowed[u.Hostname()] {
		http.Get(raw) // want
		return
	}
	http.Get(u.String())
	http.Get(raw)
	v, _ := url.Parse(r.FormValue("v"))
	if v.Scheme != "https" {
		return
	}
	http.Get(v.String()) // want
}
`},
		{"redirect to a parsed URL without a host", "VGL-GO-REDIRECT-001", "probe.go", `
package main
import (
	"net/http"
	"net/url"
)
func h(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.URL.Query().Get("next"))
	if err != nil || u.Host != "" {
		http.Redirect(w, r, u.String(), 302) // want
		return
	}
	http.Redirect(w, r, u.String(), 302)
}
`},
		{"the error of a parse checks its argument", "VGL-GO-SQLI-001", "probe.go", `
package main
import (
	"database/sql"
	"net/http"
	"strconv"
)
func h(db *sql.DB, w http.ResponseWriter, r *http.Request) {
	id := r.FormValue("id")
	if _, err := strconv.Atoi(id); err != nil {
		db.Query("SELECT 1 WHERE id = " + id) // want
		return
	}
	db.Query("SELECT 1 WHERE id = " + id)
	n := r.FormValue("n")
	_, err := strconv.Atoi(n)
	n = r.FormValue("m")
	if err != nil {
		return
	}
	db.Query("SELECT 1 WHERE n = " + n) // want
}
`},
		{"net.ParseIP == nil checks the address", "VGL-GO-CMDI-001", "probe.go", `
package main
import (
	"net"
	"net/http"
	"os/exec"
)
func h(w http.ResponseWriter, r *http.Request) {
	ip := r.FormValue("ip")
	if net.ParseIP(ip) == nil {
		exec.Command("sh", "-c", "ping "+ip).Run() // want
		return
	}
	exec.Command("sh", "-c", "ping "+ip).Run()
	other := r.FormValue("o")
	if net.ParseIP(other) != nil {
		exec.Command("sh", "-c", "ping "+other).Run()
	}
	exec.Command("sh", "-c", "ping "+other).Run() // want
}
`},
		{"exec: the program and a shell's script, not argv or positional parameters", "VGL-GO-CMDI-001", "probe.go", `
package main
import (
	"context"
	"net/http"
	"os/exec"
)
func h(ctx context.Context, w http.ResponseWriter, r *http.Request) {
	x := r.FormValue("x")
	exec.Command("git", "log", "--", x).Run()
	exec.Command("sh", "-c", "grep -- \"$1\" f", "sh", x).Run()
	exec.CommandContext(ctx, "whois", x).Run()
	exec.Command(x, "--version").Run() // want
	exec.Command("bash", "-c", "echo "+x).Run() // want
	exec.CommandContext(ctx, "/bin/sh", "-c", x).Run() // want
	exec.Command("python3", "-c", x).Run() // want
	sh := "/bin/zsh"
	exec.Command(sh, "-c", x).Run() // want
}
`},
		{"numbers printed by fmt verbs carry no text", "VGL-GO-SQLI-001", "probe.go", `
package main
import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
)
type req struct {
	Page int
	Name string
}
func h(db *sql.DB, w http.ResponseWriter, r *http.Request) {
	var q req
	json.NewDecoder(r.Body).Decode(&q)
	db.Query(fmt.Sprintf("SELECT 1 LIMIT %d OFFSET %05d", q.Page, q.Page))
	db.Query(fmt.Sprintf("SELECT 1 WHERE a = %x AND b = %t", q.Name, q.Page > 1))
	db.Query(fmt.Sprintf("SELECT 1 LIMIT %d WHERE n = '%s'", q.Page, q.Name)) // want
	db.Query(fmt.Sprintf("SELECT 1 WHERE n = %v", q.Name)) // want
	db.Query(fmt.Sprintf("SELECT 1 WHERE n = %[1]d", q.Name)) // want
	db.Query(fmt.Sprintf("SELECT 1 %% %d WHERE n = '%s'", q.Page, q.Name)) // want
}
`},
		{"what a file or a database returns is not the request's", "VGL-GO-XSS-001", "probe.go", `
package main
import (
	"database/sql"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
)
func h(db *sql.DB, w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	data, _ := os.ReadFile(filepath.Join("/srv", filepath.Base(name)))
	w.Write(data)
	var email string
	db.QueryRow("SELECT email FROM u WHERE name = $1", name).Scan(&email)
	fmt.Fprintf(w, "<p>%s</p>", email)
	fmt.Fprintf(w, "<p>%s</p>", name) // want
}
`},
		{"a template in a struct field: the package the file imports", "VGL-GO-XSS-001", "probe.go", `
package main
import (
	"net/http"
	"text/template"
)
type S struct{ page *template.Template }
func (s *S) h(w http.ResponseWriter, r *http.Request) {
	s.page.Execute(w, r.FormValue("n")) // want
}
func (s *S) plain(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain")
	s.page.Execute(w, r.FormValue("n"))
}
`},
		{"checks named as validation guard their first argument", "VGL-GO-SSRF-001", "probe.go", `
package main
import "net/http"
func isAllowedURL(u string) bool { return len(u) < 10 }
func h(w http.ResponseWriter, r *http.Request) {
	u := r.FormValue("u")
	if !isAllowedURL(u) {
		http.Get(u) // want
		return
	}
	http.Get(u)
	v := r.FormValue("v")
	if len(v) > 100 {
		return
	}
	http.Get(v) // want
}
`},
		{"slices.Contains and EqualFold with a constant", "VGL-GO-TRUST-001", "probe.go", `
package main
import (
	"net/http"
	"slices"
	"strings"
)
var themes = []string{"light", "dark"}
func h(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "s")
	t := r.FormValue("t")
	if slices.Contains(themes, t) {
		session.Values["theme"] = t
	}
	session.Values["other"] = t // want
	m := r.FormValue("m")
	if strings.EqualFold(m, "compact") {
		session.Values["mode"] = m
	}
	if strings.EqualFold(m, r.FormValue("n")) {
		session.Values["mode2"] = m // want
	}
}
`},
		{"Clean inside a prefix check, rooted Clean, ContainsAny", "VGL-GO-PATH-001", "probe.go", `
package main
import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
)
func h(w http.ResponseWriter, r *http.Request) {
	p := filepath.Join("/srv", r.FormValue("p"))
	if !strings.HasPrefix(filepath.Clean(p), "/srv/") {
		return
	}
	os.Open(p)
	os.Open(filepath.Join("/srv", filepath.Clean("/"+r.FormValue("q"))))
	os.Open(filepath.Join("/srv", filepath.Clean(r.FormValue("q")))) // want
	n := r.FormValue("n")
	if strings.ContainsAny(n, "/\\") {
		return
	}
	os.Open("/srv/" + n)
}
`},
	})
}
