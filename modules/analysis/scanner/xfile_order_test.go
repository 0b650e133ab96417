package scanner

import (
	"context"
	"testing"
	"testing/fstest"
)

// TestXfileSameFunctionTwoFilesDeterministic: two build-tagged files of one
// Go package define the same function, one passing its argument to a
// shell, the other not. The resolver must pick the same definition on every
// scan (the first by path), so the report does not depend on map order.
func TestXfileSameFunctionTwoFilesDeterministic(t *testing.T) {
	const handler = `package web

import "net/http"

func Handle(w http.ResponseWriter, r *http.Request) {
	run(r.FormValue("cmd"))
}
`
	const a = `//go:build dev

package web

import "os/exec"

func run(s string) {
	exec.Command("sh", "-c", s).Run()
}
`
	const b = `//go:build !dev

package web

func run(s string) {
	println(len(s))
}
`
	fsys := fstest.MapFS{
		"web/handler.go":  {Data: []byte(handler)},
		"web/run_dev.go":  {Data: []byte(a)},
		"web/run_prod.go": {Data: []byte(b)},
	}
	var first []string
	for i := range 12 {
		res, err := ScanFS(context.Background(), fsys, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range res.Findings {
			if f.Kind == KindTaint {
				got = append(got, f.RuleID+" "+f.Location.Path)
			}
		}
		if i == 0 {
			first = got
			if len(got) == 0 {
				t.Fatal("no taint finding: run_dev.go (first by path) passes the request value to a shell")
			}
			continue
		}
		if len(got) != len(first) {
			t.Fatalf("scan %d found %v, scan 1 found %v", i+1, got, first)
		}
	}
}
