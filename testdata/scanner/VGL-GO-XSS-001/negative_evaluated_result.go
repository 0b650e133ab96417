package app

import (
	"database/sql"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/antchfx/xmlquery"
	"github.com/robertkrimen/otto"
)

var usersDoc *xmlquery.Node

// The request text is evaluated, queried, run or opened; what is written
// back is the result of that work (second-order data), not the text.
func calc(w http.ResponseWriter, r *http.Request) {
	vm := otto.New()
	value, err := vm.Run(r.URL.Query().Get("expr"))
	if err != nil {
		http.Error(w, "bad expression", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "%v", value)
}

func role(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	node := xmlquery.FindOne(usersDoc, "//user[@name='"+name+"']")
	if node == nil {
		http.NotFound(w, r)
		return
	}
	fmt.Fprintf(w, "role: %s", node.SelectAttr("role"))
}

func page(w http.ResponseWriter, r *http.Request) {
	data, err := os.ReadFile(filepath.Join("pages", r.URL.Query().Get("p")))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func ping(w http.ResponseWriter, r *http.Request) {
	out, _ := exec.Command("sh", "-c", "ping -c 1 "+r.FormValue("host")).CombinedOutput()
	w.Write(out)
}

func count(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var n int
	db.QueryRow("SELECT count(*) FROM posts WHERE tag = '" + r.FormValue("tag") + "'").Scan(&n)
	fmt.Fprintf(w, "%d posts", n)
}
