package analysis

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"testing"

	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// sse reads a finished event stream into (id, data) pairs.
func sse(t *testing.T, body io.Reader) (ids []string, data []string) {
	t.Helper()
	sc := bufio.NewScanner(body)
	for sc.Scan() {
		line := sc.Text()
		if v, ok := strings.CutPrefix(line, "id: "); ok {
			ids = append(ids, v)
		}
		if v, ok := strings.CutPrefix(line, "data: "); ok {
			data = append(data, v)
		}
	}
	return ids, data
}

func TestJourney(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		a := newAPI(t, db)
		member, viewer := a.who("member"), a.who("viewer")

		t.Run("hostile upload is a 422 problem naming the field", func(t *testing.T) {
			ct, body := multipartBody(t, "static", map[string][]byte{"evil.zip": zipOf(t, map[string]string{"../../x.py": "x"})})
			res := a.do(t, member, "POST", "/api/v1/analyses", ct, body)
			p := decode[map[string]any](t, res)
			if res.StatusCode != 422 || !strings.Contains(res.Header.Get("Content-Type"), "problem+json") || !strings.Contains(mustJSON(p), `"field":"files"`) {
				t.Fatalf("%d %v", res.StatusCode, p)
			}
		})

		id := a.completed(t, map[string]string{"app/handler.py": vulnPy, "app/other.py": "import os\nos.system(input())\n"})

		t.Run("status and counts", func(t *testing.T) {
			v := decode[map[string]any](t, a.do(t, viewer, "GET", "/api/v1/analyses/"+id, "", nil))
			counts, ok := v["counts"].(map[string]any)
			if v["status"] != "completed" || !ok || len(counts) != 5 {
				t.Fatalf("%v", v)
			}
		})

		t.Run("events replay and resume", func(t *testing.T) {
			res := a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/events", "", nil)
			if !strings.HasPrefix(res.Header.Get("Content-Type"), "text/event-stream") {
				t.Fatal(res.Header.Get("Content-Type"))
			}
			ids, data := sse(t, res.Body)
			// phases in order; a slow scan adds "scanning" file counts
			var phases []string
			for _, d := range data {
				var p progress
				_ = json.Unmarshal([]byte(d), &p)
				if len(phases) == 0 || phases[len(phases)-1] != p.Phase {
					phases = append(phases, p.Phase)
				}
			}
			n := len(ids)
			if strings.Join(phases, ",") != "queued,unpacking,scanning,storing,completed" || ids[0] != "1" || ids[n-1] != fmt.Sprint(n) ||
				!strings.Contains(data[n-1], `"cost_credits":1`) {
				t.Fatalf("ids %v data %v", ids, data)
			}
			resumed, _ := sse(t, a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/events", "", nil, "Last-Event-ID", "3").Body)
			if strings.Join(resumed, ",") != strings.Join(ids[3:], ",") {
				t.Fatalf("resumed ids %v, want %v", resumed, ids[3:])
			}
		})

		var target FindingView
		t.Run("filter and triage", func(t *testing.T) {
			all := decode[Page[FindingView]](t, a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/findings?limit=50", "", nil))
			if len(all.Items) < 2 {
				t.Fatalf("want several findings, got %d", len(all.Items))
			}
			one := decode[Page[FindingView]](t, a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/findings?file=app/other.py&limit=1", "", nil))
			if len(one.Items) != 1 || one.Items[0].Location.Path != "app/other.py" {
				t.Fatalf("file filter: %+v", one.Items)
			}
			if res := a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/findings?severity=bogus", "", nil); res.StatusCode != 422 {
				t.Fatalf("bad severity: %d", res.StatusCode)
			}
			target = one.Items[0]
			if res := a.do(t, member, "PATCH", "/api/v1/findings/"+target.ID, "application/json", []byte(`{"state":"false_positive"}`)); res.StatusCode != 422 {
				t.Fatalf("triage without a reason: %d", res.StatusCode)
			}
			res := a.do(t, member, "PATCH", "/api/v1/findings/"+target.ID, "application/json", []byte(`{"state":"false_positive","reason":"input is a constant in production"}`))
			f := decode[FindingView](t, res)
			if res.StatusCode != 200 || f.Triage.State != "false_positive" || len(f.History) != 1 || f.History[0].From != "open" {
				t.Fatalf("%d %+v", res.StatusCode, f)
			}
			// app/other.py is "import os\nos.system(input())\n": line 2 with its context
			if c := f.Context; c == nil || c.StartLine != 1 || strings.Join(c.Lines, "|") != "import os|os.system(input())" || f.Location.StartLine != 2 {
				t.Fatalf("context %+v at line %d", f.Context, f.Location.StartLine)
			}
			if _, ok := f.Extra["vigil.context"]; ok {
				t.Fatalf("context leaked into extra: %v", f.Extra)
			}
			fp := decode[Page[FindingView]](t, a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/findings?triage=false_positive", "", nil))
			if len(fp.Items) != 1 {
				t.Fatalf("triage filter: %d", len(fp.Items))
			}
		})

		t.Run("exports", func(t *testing.T) {
			res := a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/report.sarif", "", nil)
			var sarif struct {
				Version string `json:"version"`
				Runs    []struct {
					Results []struct {
						Suppressions []map[string]any `json:"suppressions"`
					} `json:"results"`
				} `json:"runs"`
			}
			if err := json.NewDecoder(res.Body).Decode(&sarif); err != nil || sarif.Version != "2.1.0" {
				t.Fatalf("sarif: %v", err)
			}
			suppressed := 0
			for _, r := range sarif.Runs[0].Results {
				suppressed += len(r.Suppressions)
			}
			if suppressed != 1 {
				t.Fatalf("%d suppressed results, want the triaged one", suppressed)
			}
			csv, _ := io.ReadAll(a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/report.csv", "", nil).Body)
			if !strings.HasPrefix(string(csv), "id,severity,") || !strings.Contains(string(csv), "false_positive") {
				t.Fatalf("csv: %s", csv)
			}
			res = a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/report.html", "", nil)
			html, _ := io.ReadAll(res.Body)
			if !strings.Contains(string(html), "Security report: shop") || !strings.Contains(res.Header.Get("Content-Security-Policy"), "default-src 'none'") {
				t.Fatalf("html: %s", html[:200])
			}
			res = a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/report.pdf", "", nil)
			pdf, _ := io.ReadAll(res.Body)
			if _, err := a.svc.chromium(); err != nil {
				if res.StatusCode != 503 {
					t.Fatalf("pdf without chromium: %d", res.StatusCode)
				}
			} else if res.StatusCode != 200 || !strings.HasPrefix(string(pdf), "%PDF") {
				t.Fatalf("pdf: %d %q", res.StatusCode, pdf[:min(len(pdf), 100)])
			}
		})

		t.Run("re-scan: compare and sticky triage", func(t *testing.T) {
			id2 := a.completed(t, map[string]string{"app/other.py": "import os\nos.system(input())\n"})
			cmp := decode[Comparison](t, a.do(t, viewer, "GET", "/api/v1/analyses/"+id2+"/compare", "", nil))
			if cmp.PreviousID == nil || *cmp.PreviousID != id || cmp.Counts.Fixed == 0 || cmp.Counts.Unchanged == 0 || cmp.Counts.New != 0 {
				t.Fatalf("compare: %+v", cmp.Counts)
			}
			again := decode[Page[FindingView]](t, a.do(t, viewer, "GET", "/api/v1/analyses/"+id2+"/findings?triage=false_positive", "", nil))
			if len(again.Items) != 1 || again.Items[0].Fingerprint != target.Fingerprint {
				t.Fatalf("triage did not stick: %+v", again.Items)
			}
		})

		t.Run("delete", func(t *testing.T) {
			if res := a.do(t, a.who("admin"), "DELETE", "/api/v1/analyses/"+id, "", nil); res.StatusCode != 204 {
				t.Fatalf("delete: %d", res.StatusCode)
			}
			if res := a.do(t, viewer, "GET", "/api/v1/analyses/"+id, "", nil); res.StatusCode != 404 {
				t.Fatalf("after delete: %d", res.StatusCode)
			}
		})
	})
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
