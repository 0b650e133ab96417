package app

import (
	"net/http"
	"net/url"
)

func Weather(w http.ResponseWriter, r *http.Request) {
	u := "https://api.weather.example/v1?city=" + url.QueryEscape("Paris")
	resp, err := http.Get(u)
	if err == nil {
		resp.Body.Close()
	}
}
