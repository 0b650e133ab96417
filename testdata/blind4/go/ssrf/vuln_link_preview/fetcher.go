package preview

import (
	"io"
	"net/http"
	"regexp"
)

type Card struct {
	Title string `json:"title"`
}

type Fetcher struct {
	client *http.Client
}

var titleRe = regexp.MustCompile(`(?is)<title>(.*?)</title>`)

func (f *Fetcher) Unfurl(link string) (Card, error) {
	resp, err := f.client.Get(link) // LABEL: CWE-918
	if err != nil {
		return Card{}, err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 256<<10))
	m := titleRe.FindSubmatch(body)
	if m == nil {
		return Card{}, nil
	}
	return Card{Title: string(m[1])}, nil
}
