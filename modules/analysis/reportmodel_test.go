package analysis

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"

	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// The HTML report is printed from the same numbers the app shows: files
// and lines, open counts after triage; it has a cover, a summary, a table
// of contents and findings grouped by severity with their data flow, and
// names triage states in words.
func TestHTMLReportMatchesTheApp(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		a := newAPI(t, db)
		viewer, member := a.who("viewer"), a.who("member")
		id := a.completed(t, map[string]string{"app.py": vulnPy, "README.md": "# shop\n\nno code here\n", "lib/util.py": "def f():\n    return 1\n"})
		page := decode[Page[FindingView]](t, a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/findings?limit=500", "", nil))
		if len(page.Items) < 2 {
			t.Fatalf("want 2+ findings, got %d", len(page.Items))
		}
		res := a.do(t, member, "PATCH", "/api/v1/findings/"+page.Items[0].ID, "application/json", []byte("{\"state\":\"false_positive\",\"reason\":\"input is a `constant`\"}"))
		if res.StatusCode != 200 {
			t.Fatalf("triage: %d", res.StatusCode)
		}
		v := decode[AnalysisView](t, a.do(t, viewer, "GET", "/api/v1/analyses/"+id, "", nil))
		res = a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/report.html", "", nil)
		b, _ := io.ReadAll(res.Body)
		html := string(b)
		c := v.Counts
		open := c.Critical + c.High + c.Medium + c.Low + c.Info
		for _, want := range []string{
			`class="cover"`, `id="summary"`, `id="contents"`, `href="#severity-critical"`, `id="severity-critical"`,
			fmt.Sprintf("%d files, %d lines", v.FilesTotal, v.LinesTotal),
			fmt.Sprintf("%d open findings (%d critical, %d high", open, c.Critical, c.High),
			"1 more triaged or suppressed", "<b>False positive</b>: input is a", "counter(page)",
			`<ol class="trace">`,
		} {
			if !strings.Contains(html, want) {
				t.Errorf("report lacks %q", want)
			}
		}
		for _, bad := range []string{"false_positive", "`"} {
			if strings.Contains(html, bad) {
				t.Errorf("report shows %q", bad)
			}
		}

		// SARIF's justification names the state in words too.
		sarif, _ := io.ReadAll(a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/report.sarif", "", nil).Body)
		if !strings.Contains(string(sarif), `"justification": "False positive: input is a`) {
			t.Errorf("sarif justification lacks the human label")
		}

		// The PDF is the same page printed: a cover page, then the rest.
		if _, err := a.svc.chromium(); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("no Chromium to print the PDF; .ci/run installs it: %v", err)
			}
			t.Skip("no Chromium: PDF not printed (CI installs it and fails instead)")
		}
		res = a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/report.pdf", "", nil)
		pdf, _ := io.ReadAll(res.Body)
		pages := regexp.MustCompile(`/Type\s*/Page[^s]`).FindAll(pdf, -1)
		if res.StatusCode != 200 || !bytes.HasPrefix(pdf, []byte("%PDF")) || len(pages) < 3 {
			t.Fatalf("pdf: %d, %d bytes, %d pages", res.StatusCode, len(pdf), len(pages))
		}
		// The contents' page numbers come from the PDF's named destinations:
		// the summary shares page 2 with the contents, the findings follow.
		if dests := pdfDestPages(pdf); dests["summary"] != 2 || dests["severity-critical"] < 3 {
			t.Errorf("pdf destinations: %v", dests)
		}
		if out := os.Getenv("VIGIL_KEEP_REPORT_PDF"); out != "" && db.Dialect() == database.SQLite {
			_ = os.WriteFile(out, pdf, 0o644)
		}
	})
}
