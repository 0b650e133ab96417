package audit_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"vigil/platform/audit"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

func TestExportSince(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		l, _ := audit.New(db)
		var recs []audit.Record
		for i := range 4 {
			r, err := l.Record(ctx, entry(i))
			if err != nil {
				t.Fatal(err)
			}
			recs = append(recs, r)
			time.Sleep(2 * time.Millisecond)
		}
		tests := []struct {
			name    string
			since   time.Time
			wantSeq []int64
		}{
			{"everything", time.Time{}, []int64{1, 2, 3, 4}},
			{"from the third entry", recs[2].At, []int64{3, 4}},
			{"in another time zone", recs[2].At.In(time.FixedZone("x", 5*3600)), []int64{3, 4}},
			{"after the last", recs[3].At.Add(time.Second), nil},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				var got []int64
				n, err := l.Export(ctx, tt.since, func(e audit.Exported) error {
					got = append(got, e.Seq)
					if e.Hash != recs[e.Seq-1].Hash || e.Action != recs[e.Seq-1].Entry.Action {
						t.Errorf("entry %d exported as %+v", e.Seq, e)
					}
					var d map[string]any
					if err := json.Unmarshal(e.Details, &d); err != nil {
						t.Errorf("details of %d: %v", e.Seq, err)
					}
					return nil
				})
				if err != nil || n != len(tt.wantSeq) || len(got) != len(tt.wantSeq) {
					t.Fatalf("Export = %d, %v; seqs %v, want %v", n, err, got, tt.wantSeq)
				}
				for i := range got {
					if got[i] != tt.wantSeq[i] {
						t.Fatalf("seqs %v, want %v", got, tt.wantSeq)
					}
				}
			})
		}
	})
}
