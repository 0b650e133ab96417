package analysis

import (
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/principal"
)

// namedWorkspaces names every workspace "Acme Security".
type namedWorkspaces struct{}

func (namedWorkspaces) WorkspaceName(_ context.Context, _ *principal.Principal, _ string) (string, error) {
	return "Acme <Security>", nil
}

// The report's cover names the workspace as its members know it, never
// its id; and the analysis says whether the PDF can be printed here.
func TestReportCoverAndPDFAvailability(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		tests := []struct {
			name     string
			chromium string
			wantPDF  bool
		}{
			{"no chromium on the server", filepath.Join(t.TempDir(), "no-such-chromium"), false},
			{"chromium installed", "/bin/sh", true}, // any executable file: only its presence is checked
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				a := newAPIWith(t, db, config.HTTP{BodyLimit: "1M", UploadLimit: "20M"}, func(d *Deps) {
					d.Workspaces = namedWorkspaces{}
					d.Chromium = tt.chromium
				})
				viewer := a.who("viewer")
				id := a.completed(t, map[string]string{"app.py": vulnPy})
				html, _ := io.ReadAll(a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/report.html", "", nil).Body)
				if !strings.Contains(string(html), "<dt>Workspace</dt><dd>Acme &lt;Security&gt;</dd>") || strings.Contains(string(html), a.ws) {
					t.Errorf("cover should name the workspace, not its id %s", a.ws)
				}
				v := decode[AnalysisView](t, a.do(t, viewer, "GET", "/api/v1/analyses/"+id, "", nil))
				if v.PDFExport == nil || v.PDFExport.Available != tt.wantPDF || (v.PDFExport.Reason == "") == !tt.wantPDF {
					t.Errorf("pdf_export: %+v, want available=%v with a reason when not", v.PDFExport, tt.wantPDF)
				}
			})
		}
	})
}
