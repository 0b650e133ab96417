package analysis

import (
	"encoding/json"
	"testing"

	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// TestFindingExtraSameEverywhere: a finding's extra details have one shape
// in the lean list, the list with include=details and GET /findings/{id}:
// an object ({} for a row stored without details, never null) carrying
// file_kind when the file was classified.
func TestFindingExtraSameEverywhere(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		a := newAPI(t, db)
		id := a.completed(t, map[string]string{"app.py": vulnPy})
		viewer := a.who("viewer")
		items := func(query string) map[string]json.RawMessage {
			t.Helper()
			p := decode[struct {
				Items []struct {
					ID    string          `json:"id"`
					Extra json.RawMessage `json:"extra"`
				} `json:"items"`
			}](t, a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/findings"+query, "", nil))
			out := map[string]json.RawMessage{}
			for _, it := range p.Items {
				out[it.ID] = it.Extra
			}
			return out
		}
		first := items("?limit=500&file_kind=all")
		if len(first) < 3 {
			t.Fatalf("%d findings: the fixture needs 3", len(first))
		}
		var ids []string
		for fid := range first {
			ids = append(ids, fid)
		}
		// Rows stored before extra details were kept: an empty column and
		// a JSON null. Written before any page is cached.
		tests := []struct {
			name   string
			column *string // nil: as the scan stored it
			kind   string  // the file_kind extra must carry ("" none)
		}{
			{"as scanned (production file)", nil, "production"},
			{"stored without details", ptr(""), ""},
			{"stored as null", ptr("null"), ""},
		}
		a.svc.pages = newPageCache(PageCacheBytes)
		for i, tc := range tests {
			if tc.column != nil {
				if err := db.Gorm().Table("analysis_findings").Where("id = ?", ids[i]).Update("extra", *tc.column).Error; err != nil {
					t.Fatal(err)
				}
			}
		}
		lean, details := items("?limit=500&file_kind=all"), items("?limit=500&file_kind=all&include=details")
		for i, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				fid := ids[i]
				one := decode[struct {
					Extra json.RawMessage `json:"extra"`
				}](t, a.do(t, viewer, "GET", "/api/v1/findings/"+fid, "", nil)).Extra
				for shape, got := range map[string]json.RawMessage{"lean list": lean[fid], "list with details": details[fid], "finding": one} {
					var m map[string]string
					if err := json.Unmarshal(got, &m); err != nil || m == nil {
						t.Fatalf("%s: extra is %s, want an object", shape, got)
					}
					if m["file_kind"] != tc.kind {
						t.Errorf("%s: extra %s, want file_kind %q", shape, got, tc.kind)
					}
					if !jsonEqual(t, got, one) {
						t.Errorf("%s: extra %s, the finding alone %s", shape, got, one)
					}
				}
			})
		}
	})
}

func ptr[T any](v T) *T { return &v }
