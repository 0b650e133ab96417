package report

import (
	"bytes"
	"encoding/json"
	"testing"
)

// Each SARIF result carries its context as a contextRegion that contains
// the result's region.
func TestSARIFContextRegion(t *testing.T) {
	res, _ := scanTree(t, map[string]string{"src/app.py": app})
	var buf bytes.Buffer
	if err := WriteSARIF(&buf, res, "test"); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Runs []struct {
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						Region        struct{ StartLine, EndLine int }
						ContextRegion *struct {
							StartLine, EndLine int
							Snippet            struct{ Text string }
						}
					}
				}
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range doc.Runs[0].Results {
		pl := r.Locations[0].PhysicalLocation
		cr := pl.ContextRegion
		if cr == nil {
			t.Fatalf("result at line %d has no contextRegion", pl.Region.StartLine)
		}
		if cr.StartLine > pl.Region.StartLine || cr.EndLine < pl.Region.EndLine || cr.StartLine >= pl.Region.StartLine && pl.Region.StartLine > 3 || cr.Snippet.Text == "" {
			t.Fatalf("context %+v does not surround region %+v", cr, pl.Region)
		}
		n++
	}
	if n == 0 {
		t.Fatal("no results")
	}
}
