package main

import (
	"io/fs"
	"log"
	"net/http"
	"os"
)

var helpFS = os.DirFS("/srv/app/help")

func helpPage(w http.ResponseWriter, r *http.Request) {
	topic := r.PathValue("topic")
	data, err := fs.ReadFile(helpFS, "pages/"+topic+".html")
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(data)
}

func main() {
	http.HandleFunc("GET /help/{topic}", helpPage)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
