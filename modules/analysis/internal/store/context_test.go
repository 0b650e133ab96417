package store

import (
	"context"
	"reflect"
	"testing"

	"vigil/modules/analysis/scanner"
	"vigil/platform/database"
)

// A finding's source context survives the database and never leaks into
// its extra details.
func TestFindingContextRoundTrip(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store, db *database.DB) {
		ctx := context.Background()
		ws := NewID()
		a := newAnalysis(t, s, ws, "shop")
		withCtx := scanned(1, scanner.SeverityHigh, "a.py")
		withCtx.Context = &scanner.Context{StartLine: 1, Lines: []string{"import os", "", `os.system(x)  # "quoted" \ back`}}
		bare := scanned(2, scanner.SeverityLow, "b.py")
		bare.Extra = nil
		ctxOnly := scanned(3, scanner.SeverityLow, "c.py")
		ctxOnly.Extra = nil
		ctxOnly.Context = &scanner.Context{StartLine: 4, Lines: []string{"x"}}
		tests := []struct {
			name string
			in   scanner.Finding
		}{{"context and extra", withCtx}, {"neither", bare}, {"context only", ctxOnly}}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				row := FromScanner(a.ID, ws, tt.in, nil)
				if err := s.InsertFindings(ctx, []Finding{row}); err != nil {
					t.Fatal(err)
				}
				got, err := s.Finding(ctx, ws, row.ID)
				if err != nil {
					t.Fatal(err)
				}
				out := got.Finding.Scanner()
				if !reflect.DeepEqual(out.Context, tt.in.Context) || len(out.Extra) != len(tt.in.Extra) || (len(out.Extra) > 0 && !reflect.DeepEqual(out.Extra, tt.in.Extra)) {
					t.Fatalf("context %+v extra %v, want %+v %v", out.Context, out.Extra, tt.in.Context, tt.in.Extra)
				}
			})
		}
	})
}
