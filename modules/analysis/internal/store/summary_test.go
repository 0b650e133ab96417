package store

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"vigil/modules/analysis/scanner"
	"vigil/platform/database"
)

func TestSummarize(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store, db *database.DB) {
		ctx := context.Background()
		ws := NewID()
		a := newAnalysis(t, s, ws, "shop")
		other := newAnalysis(t, s, ws, "other")
		var rows []Finding
		// 12 findings: severity cycles critical/high/low, rules py.rule-0..2,
		// files f0..f3 (f0 gets 3 + the extra ones below).
		sevs := []scanner.Severity{scanner.SeverityCritical, scanner.SeverityHigh, scanner.SeverityLow}
		for i := range 12 {
			f := scanned(i, sevs[i%3], fmt.Sprintf("src/f%d.py", i%4))
			switch {
			case i%4 == 1:
				f.CWE = []string{"CWE-78", "CWE-89"}
			case i%4 == 2:
				f.CWE, f.OWASP = nil, nil
			}
			if i == 11 {
				f.Suppression = &scanner.Suppression{Kind: "inline", Justification: "test"}
			}
			rows = append(rows, FromScanner(a.ID, ws, f, nil))
		}
		rows = append(rows, FromScanner(other.ID, ws, scanned(0, scanner.SeverityCritical, "elsewhere.py"), nil))
		if err := s.InsertFindings(ctx, rows); err != nil {
			t.Fatal(err)
		}
		fs, err := s.Finding(ctx, ws, rows[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.SetTriage(ctx, fs, TriageFalsePositive, "test", NewID()); err != nil {
			t.Fatal(err)
		}

		all, err := s.Summarize(ctx, a, false, "", 2)
		if err != nil {
			t.Fatal(err)
		}
		open, err := s.Summarize(ctx, a, true, "", 10)
		if err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			name      string
			got, want any
		}{
			{"all: total", all.Findings, 12},
			{"all: severity", all.BySeverity, map[string]int{"critical": 4, "high": 4, "medium": 0, "low": 4, "info": 0}},
			// CWE-89 on 9 findings (3 of them with CWE-78 too), none on 3
			{"all: cwe split from lists", all.ByCWE, Breakdown{Buckets: []Bucket{{"CWE-89", 9}, {"(none)", 3}}, Other: 3, Distinct: 3}},
			{"all: owasp", all.ByOWASP, Breakdown{Buckets: []Bucket{{"A03:2021-Injection", 9}, {"(none)", 3}}, Distinct: 2}},
			{"all: rules, top 2 from SQL", all.ByRule, Breakdown{Buckets: []Bucket{{"py.rule-0", 4}, {"py.rule-1", 4}}, Other: 4, Distinct: 3}},
			{"all: files", all.ByFile, Breakdown{Buckets: []Bucket{{"src/f0.py", 3}, {"src/f1.py", 3}}, Other: 6, Distinct: 4}},
			// open leaves out the triaged finding 0 (f0, critical, rule-0) and the suppressed 11 (f3, low, rule-2)
			{"open: total", open.Findings, 10},
			{"open: severity", open.BySeverity, map[string]int{"critical": 3, "high": 4, "medium": 0, "low": 3, "info": 0}},
			{"open: files", open.ByFile, Breakdown{Buckets: []Bucket{{"src/f1.py", 3}, {"src/f2.py", 3}, {"src/f0.py", 2}, {"src/f3.py", 2}}, Distinct: 4}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				if !reflect.DeepEqual(tt.got, tt.want) {
					t.Fatalf("got %+v\nwant %+v", tt.got, tt.want)
				}
			})
		}
	})
}

// The summary counts the same findings as the list for every file kind, so
// the report's charts and counts match the table the app shows by default
// (production code).
func TestSummarizeAgreesWithListByFileKind(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store, db *database.DB) {
		ctx := context.Background()
		ws := NewID()
		a := newAnalysis(t, s, ws, "shop")
		var rows []Finding
		for i, f := range []struct {
			path string
			kind scanner.FileKind
			sev  scanner.Severity
		}{
			{"tests/test_a.py", scanner.FileTest, scanner.SeverityInfo},
			{"tests/test_b.py", scanner.FileTest, scanner.SeverityHigh},
			{"docs/example.py", scanner.FileDocs, scanner.SeverityLow},
			{"a.py", scanner.FileProduction, scanner.SeverityHigh},
			{"b.py", "", scanner.SeverityMedium}, // stored before files were classified
		} {
			in := scanned(i+1, f.sev, f.path)
			in.FileKind = f.kind
			rows = append(rows, FromScanner(a.ID, ws, in, nil))
		}
		if err := s.InsertFindings(ctx, rows); err != nil {
			t.Fatal(err)
		}
		for _, kind := range []string{"", "all", "production", "test", "docs", "vendored"} {
			t.Run("file_kind="+kind, func(t *testing.T) {
				list, _, err := s.ListFindings(ctx, a, Filter{FileKind: kind}, Page{Limit: 500})
				if err != nil {
					t.Fatal(err)
				}
				sum, err := s.Summarize(ctx, a, false, kind, 10)
				if err != nil {
					t.Fatal(err)
				}
				if sum.Findings != len(list) || sum.ByFile.Distinct != len(list) {
					t.Fatalf("summary counts %d findings in %d files, list shows %d", sum.Findings, sum.ByFile.Distinct, len(list))
				}
			})
		}
	})
}
