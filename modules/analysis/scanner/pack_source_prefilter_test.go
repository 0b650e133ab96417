package scanner

import (
	"context"
	"testing"
	"testing/fstest"
)

// TestPackSourcesPassPrefilter: a file whose only source comes from a
// built-in model pack (no keyword of the rule's own sources in it) must
// still be analysed: the source-keyword prefilter reads the packs' sources
// too.
func TestPackSourcesPassPrefilter(t *testing.T) {
	tests := []struct {
		name, path, rule, src string
	}{
		{"rails pack: request.fullpath", "app/controllers/c.rb", "VGL-RUBY-CMDI-001", `
class C < ApplicationController
  def run
    system(request.fullpath)
  end
end
`},
		{"express pack: req.hostname", "app.js", "VGL-JS-CMDI-001", `
const cp = require("child_process");
function h(req, res) {
  cp.exec("ping " + req.hostname);
}
module.exports = h;
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ScanFS(context.Background(), fstest.MapFS{tt.path: {Data: []byte(tt.src)}}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range res.Findings {
				if f.RuleID == tt.rule {
					return
				}
			}
			var got []string
			for _, f := range res.Findings {
				got = append(got, f.RuleID)
			}
			t.Errorf("no %s finding; got %v", tt.rule, got)
		})
	}
}

// TestOwnSourcesRule: a rule with own-sources (DOM XSS reads the page URL
// in the browser) takes no source from the model packs, so an Express
// handler writing req.body is the server-side rule's finding alone, in a
// file that names a DOM source or not.
func TestOwnSourcesRule(t *testing.T) {
	tests := []struct {
		name, src string
		want      map[string]int // rule -> findings
	}{
		{"express only", `
const express = require("express");
const app = express();
app.post("/chat", (req, res) => {
  res.write("<p>" + req.body.message);
});
`, map[string]int{"VGL-JS-XSS-001": 1, "VGL-JS-XSS-002": 0}},
		{"express and a DOM word", `
// the client reads location.hash elsewhere
const express = require("express");
const app = express();
app.post("/chat", (req, res) => {
  res.write("<p>" + req.body.message);
});
`, map[string]int{"VGL-JS-XSS-001": 1, "VGL-JS-XSS-002": 0}},
		{"DOM source still found", `
function show() {
  document.getElementById("out").innerHTML = location.hash.slice(1);
}
show();
`, map[string]int{"VGL-JS-XSS-002": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ScanFS(context.Background(), fstest.MapFS{"app.js": {Data: []byte(tt.src)}}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]int{}
			for _, f := range res.Findings {
				got[f.RuleID]++
			}
			for rule, n := range tt.want {
				if got[rule] != n {
					t.Errorf("%s: %d findings, want %d (all: %v)", rule, got[rule], n, got)
				}
			}
		})
	}
}
