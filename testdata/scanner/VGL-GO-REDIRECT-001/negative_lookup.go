package app

import "net/http"

var pages = map[string]string{"home": "/", "settings": "/settings"}

func Go(w http.ResponseWriter, r *http.Request) {
	target, ok := pages["home"]
	if !ok {
		target = "/"
	}
	http.Redirect(w, r, target, http.StatusFound)
}
