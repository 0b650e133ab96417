package analysis

import (
	"bytes"
	"fmt"
	"maps"
	"strings"
	"testing"
	"time"
)

// buildPDF writes a minimal PDF with the given objects (object i+1 is
// objs[i]), a cross-reference table with their offsets and a trailer
// naming object root as the catalog.
func buildPDF(objs []string, root int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<</Size %d\n/Root %d 0 R>>\nstartxref\n%d\n%%%%EOF", len(objs)+1, root, xref)
	return b.Bytes()
}

func TestPDFDestPages(t *testing.T) {
	t.Parallel()
	page := "<</Type /Page\n/Resources <</Font <</F1 9 0 R>>>>\n/Parent %d 0 R>>"
	tests := []struct {
		name string
		pdf  []byte
		want map[string]int
	}{
		{
			name: "flat page tree, as Chromium writes a short report",
			pdf: buildPDF([]string{
				"<</Type /Catalog\n/Pages 2 0 R\n/Dests 6 0 R>>",
				"<</Type /Pages\n/Count 3\n/Kids [3 0 R 4 0 R 5 0 R]>>",
				fmt.Sprintf(page, 2), fmt.Sprintf(page, 2), fmt.Sprintf(page, 2),
				"<</summary [4 0 R /XYZ 6 827.66998 0]\n/severity-high [5 0 R /XYZ 6 800 0]\n/finding-7 [5 0 R /XYZ 6 78.4 0]>>",
			}, 1),
			want: map[string]int{"summary": 2, "severity-high": 3, "finding-7": 3},
		},
		{
			name: "nested page tree in document order, escaped names",
			pdf: buildPDF([]string{
				"<</Type /Catalog\n/Dests 8 0 R\n/Pages 2 0 R>>",
				"<</Type /Pages\n/Count 4\n/Kids [3 0 R 6 0 R]>>",
				"<</Type /Pages\n/Count 2\n/Kids [5 0 R 4 0 R]\n/Parent 2 0 R>>",
				fmt.Sprintf(page, 3), fmt.Sprintf(page, 3),
				"<</Type /Pages\n/Count 2\n/Kids [7 0 R 9 0 R]\n/Parent 2 0 R>>",
				fmt.Sprintf(page, 6),
				"<</a#2Db [4 0 R /XYZ 0 0 0] /last [9 0 R /Fit]>>",
				fmt.Sprintf(page, 6),
			}, 1),
			want: map[string]int{"a-b": 2, "last": 4},
		},
		{
			name: "no named destinations",
			pdf: buildPDF([]string{
				"<</Type /Catalog\n/Pages 2 0 R>>",
				"<</Type /Pages\n/Count 1\n/Kids [3 0 R]>>",
				fmt.Sprintf(page, 2),
			}, 1),
			want: map[string]int{},
		},
		{name: "not a PDF (a stand-in browser copied the HTML)", pdf: []byte("<!doctype html><p>startxref 5</p>"), want: map[string]int{}},
		{name: "startxref past the end", pdf: []byte("%PDF-1.4\nstartxref\n99999\n%%EOF"), want: map[string]int{}},
		{name: "empty", pdf: nil, want: map[string]int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pdfDestPages(tt.pdf); !maps.Equal(got, tt.want) {
				t.Errorf("pdfDestPages = %v, want %v", got, tt.want)
			}
		})
	}
}

// The contents of the printed report have a page-number column (a blank
// placeholder before the first printing says where the anchors landed);
// the HTML export has none.
func TestReportContentsPageNumbers(t *testing.T) {
	t.Parallel()
	d := &reportData{}
	d.Analysis.Name, d.Analysis.Tier = "shop", "static"
	tests := []struct {
		name    string
		print   bool
		pages   map[string]int
		want    []string
		notWant []string
	}{
		{name: "html export", print: false, pages: map[string]int{"summary": 2}, notWant: []string{`class="pg"`}},
		{name: "first printing", print: true, want: []string{`<span class="pg">&nbsp;</span><a href="#summary">`}},
		{name: "numbered printing", print: true, pages: map[string]int{"summary": 2}, want: []string{`<span class="pg">2</span><a href="#summary">`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newReportModel(d, time.Now())
			m.Print, m.Pages = tt.print, tt.pages
			var b strings.Builder
			if err := reportHTML.Execute(&b, m); err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("report lacks %q", w)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(b.String(), w) {
					t.Errorf("report has %q", w)
				}
			}
		})
	}
}
