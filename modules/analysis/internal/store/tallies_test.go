package store

import (
	"context"
	"slices"
	"testing"

	"vigil/platform/database"
)

func TestAnalysesByIDs(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store, _ *database.DB) {
		ctx := context.Background()
		ws, other := NewID(), NewID()
		a, b := newAnalysis(t, s, ws, "api"), newAnalysis(t, s, ws, "api")
		theirs := newAnalysis(t, s, other, "api")
		cases := []struct {
			name string
			ids  []string
			want []string
		}{
			{"none", nil, nil},
			{"both", []string{a.ID, b.ID}, []string{a.ID, b.ID}},
			{"another workspace's is left out", []string{a.ID, theirs.ID}, []string{a.ID}},
			{"malformed and unknown ids are left out", []string{"not-a-uuid", NewID(), b.ID}, []string{b.ID}},
		}
		for _, tc := range cases {
			rows, err := s.AnalysesByIDs(ctx, ws, tc.ids)
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			var got []string
			for _, r := range rows {
				got = append(got, r.ID)
			}
			slices.Sort(got)
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("%s: got %v, want %v", tc.name, got, want)
			}
		}
	})
}
