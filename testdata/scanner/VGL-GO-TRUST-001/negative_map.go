package web

import "net/http"

func echo(w http.ResponseWriter, r *http.Request) {
	values := map[string]string{}
	values["q"] = r.FormValue("q")
	w.Write([]byte(values["q"]))
}
