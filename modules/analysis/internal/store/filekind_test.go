package store

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"

	"vigil/modules/analysis/scanner"
	"vigil/platform/database"
)

// A finding's file kind survives the database (on both dialects), shows in
// its extra details for the API, and comes back as the scanner's field for
// the exporters without doubling as an extra detail there.
func TestFindingFileKindRoundTrip(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store, db *database.DB) {
		ctx := context.Background()
		ws := NewID()
		a := newAnalysis(t, s, ws, "shop")
		inTest := scanned(1, scanner.SeverityInfo, "tests/test_a.py")
		inTest.FileKind = scanner.FileTest
		prod := scanned(2, scanner.SeverityHigh, "a.py")
		prod.FileKind = scanner.FileProduction
		legacy := scanned(3, scanner.SeverityLow, "b.py")
		for _, in := range []scanner.Finding{inTest, prod, legacy} {
			row := FromScanner(a.ID, ws, in, nil)
			if err := s.InsertFindings(ctx, []Finding{row}); err != nil {
				t.Fatal(err)
			}
			got, err := s.Finding(ctx, ws, row.ID)
			if err != nil {
				t.Fatal(err)
			}
			out := got.Finding.Scanner()
			if out.FileKind != in.FileKind || !reflect.DeepEqual(out.Extra, in.Extra) {
				t.Errorf("%s: file kind %q extra %v, want %q %v", in.Location.Path, out.FileKind, out.Extra, in.FileKind, in.Extra)
			}
			extra, _ := got.Finding.ExtraParts()
			if in.FileKind != "" && !reflect.DeepEqual(jsonField(t, extra, "file_kind"), string(in.FileKind)) {
				t.Errorf("%s: API extra %s lacks file_kind %q", in.Location.Path, extra, in.FileKind)
			}
		}
	})
}

func jsonField(t *testing.T, raw []byte, key string) any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	return m[key]
}

// The findings list keeps one kind of file on request; production includes
// findings stored before files were classified.
func TestListFindingsByFileKind(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store, db *database.DB) {
		ctx := context.Background()
		ws := NewID()
		a := newAnalysis(t, s, ws, "shop")
		// the last production finding is low: the kind filter must combine
		// with the severity filter (AND), not widen it (OR)
		kinds := []scanner.FileKind{scanner.FileProduction, scanner.FileTest, scanner.FileTest, scanner.FileExample, "", scanner.FileProduction}
		var rows []Finding
		for i, k := range kinds {
			sev := scanner.SeverityHigh
			if i == len(kinds)-1 {
				sev = scanner.SeverityLow
			}
			f := scanned(i, sev, "p.py")
			f.FileKind = k
			rows = append(rows, FromScanner(a.ID, ws, f, nil))
		}
		if err := s.InsertFindings(ctx, rows); err != nil {
			t.Fatal(err)
		}
		for kind, want := range map[string]int{"": 5, "all": 5, "production": 2, "test": 2, "example": 1, "docs": 0} {
			got, _, err := s.ListFindings(ctx, a, Filter{FileKind: kind, Severity: []string{"high"}}, Page{Limit: 50})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != want {
				t.Errorf("file_kind %q: %d findings, want %d", kind, len(got), want)
			}
		}
	})
}
