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
