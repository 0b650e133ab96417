package audit_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"vigil/platform/audit"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

func TestListFiltersAndPages(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		l, _ := audit.New(db)
		entries := []audit.Entry{
			{ActorID: "alice", Action: "auth.signin.success", Target: "user:alice"},
			{ActorID: "bob", Action: "auth.signin.failure", Target: "user:bob"},
			{ActorID: "alice", Action: "admin.user_disabled", Target: "user:bob"},
			{ActorID: "alice", Action: "admin.user_enabled", Target: "user:bob"},
			{ActorID: "bob", Action: "apikey.create", Target: "apikey:k1"},
			{ActorID: "carol", Action: "admin_x.literal", Target: "user%:odd"},
		}
		var recs []audit.Record
		for _, e := range entries {
			r, err := l.Record(ctx, e)
			if err != nil {
				t.Fatal(err)
			}
			recs = append(recs, r)
			time.Sleep(2 * time.Millisecond)
		}
		tests := []struct {
			name string
			f    audit.Filter
			want []int64
		}{
			{"everything, newest first", audit.Filter{}, []int64{6, 5, 4, 3, 2, 1}},
			{"by actor", audit.Filter{ActorIDs: []string{"alice"}}, []int64{4, 3, 1}},
			{"by two actors", audit.Filter{ActorIDs: []string{"alice", "carol"}}, []int64{6, 4, 3, 1}},
			{"unknown actor matches nothing", audit.Filter{ActorIDs: []string{}}, nil},
			{"action prefix", audit.Filter{Action: "admin."}, []int64{4, 3}},
			{"action prefix, any case", audit.Filter{Action: "AUTH.SIGNIN"}, []int64{2, 1}},
			{"underscore is literal, not a wildcard", audit.Filter{Action: "admin_"}, []int64{6}},
			{"percent is literal", audit.Filter{Target: "user%"}, []int64{6}},
			{"target exact", audit.Filter{Target: "user:bob"}, []int64{4, 3, 2}},
			{"target type", audit.Filter{Target: "apikey:"}, []int64{5}},
			{"from", audit.Filter{From: recs[4].At}, []int64{6, 5}},
			{"to (exclusive)", audit.Filter{To: recs[1].At}, []int64{1}},
			{"combined", audit.Filter{ActorIDs: []string{"alice"}, Target: "user:bob", From: recs[3].At}, []int64{4}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, next, err := l.List(ctx, tt.f)
				if err != nil {
					t.Fatal(err)
				}
				var seqs []int64
				for _, e := range got {
					seqs = append(seqs, e.Seq)
				}
				if !slices.Equal(seqs, tt.want) || next != 0 {
					t.Fatalf("got %v next %d, want %v next 0", seqs, next, tt.want)
				}
			})
		}

		// Pages of two walk the whole log once, in order, with the hashes.
		var seen []int64
		cursor := int64(0)
		for pages := 0; ; pages++ {
			if pages > 5 {
				t.Fatal("paging does not end")
			}
			got, next, err := l.List(ctx, audit.Filter{Limit: 2, BeforeSeq: cursor})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range got {
				if e.Hash == "" || e.PrevHash == "" {
					t.Fatalf("entry %d lacks its hashes", e.Seq)
				}
				seen = append(seen, e.Seq)
			}
			if next == 0 {
				break
			}
			cursor = next
		}
		if !slices.Equal(seen, []int64{6, 5, 4, 3, 2, 1}) {
			t.Fatalf("paged: %v", seen)
		}
	})
}
