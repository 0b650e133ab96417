package analysis

import (
	"encoding/json"
	"io"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// jsonKeys returns the JSON field names of a struct type, as encoding/json
// writes them (omitempty fields included).
func jsonKeys(t reflect.Type) []string {
	var out []string
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name != "" && name != "-" {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// itemKeys returns the sorted keys of one JSON object.
func itemKeys(item map[string]json.RawMessage) []string {
	var out []string
	for k := range item {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestFindingsListIsLeanUnlessDetailsAreAsked: the findings list writes
// the documented list item (FindingListItem: no context, trace,
// remediation, references, snippet, AI explanation or fix) by default, and
// full findings, as GET /findings/{id} shows them, with include=details;
// the two shapes are cached apart, and another include value is a 422.
func TestFindingsListIsLeanUnlessDetailsAreAsked(t *testing.T) {
	t.Parallel()
	heavy := []string{"context", "trace", "remediation", "references", "snippet"}
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		a := newAPI(t, db)
		id := a.completed(t, map[string]string{"app.py": vulnPy})
		viewer := a.who("viewer")
		page := func(query string) []map[string]json.RawMessage {
			t.Helper()
			p := decode[struct {
				Items []map[string]json.RawMessage `json:"items"`
			}](t, a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/findings"+query, "", nil))
			if len(p.Items) == 0 {
				t.Fatalf("%s: no findings", query)
			}
			return p.Items
		}
		tests := []struct {
			name, query string
			details     bool
		}{
			{"lean by default", "?limit=50", false},
			{"full with include=details", "?limit=50&include=details", true},
			{"lean again (cached apart)", "?limit=50", false},
			{"full, filtered", "?limit=50&triage=open&file_kind=production&include=details", true},
			{"lean, filtered", "?limit=50&triage=open&file_kind=production", false},
		}
		lean := jsonKeys(reflect.TypeOf(FindingListItem{}))
		lean = slices.DeleteFunc(lean, func(k string) bool { return k == "suppression" })
		full := jsonKeys(reflect.TypeOf(FindingView{}))
		full = slices.DeleteFunc(full, func(k string) bool { return k == "suppression" || k == "history" })
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				items := page(tc.query)
				want := lean
				if tc.details {
					want = full
				}
				for _, item := range items {
					got := slices.DeleteFunc(itemKeys(item), func(k string) bool { return k == "suppression" })
					if !slices.Equal(got, want) {
						t.Fatalf("keys %v, want %v", got, want)
					}
				}
				if !tc.details {
					for _, k := range heavy {
						if slices.Contains(lean, k) {
							t.Fatalf("the list item documents %q", k)
						}
					}
					return
				}
				// Each full item is the finding as GET /findings/{id} shows it.
				traced := false
				for _, item := range items {
					var fid string
					_ = json.Unmarshal(item["id"], &fid)
					one := decode[map[string]json.RawMessage](t, a.do(t, viewer, "GET", "/api/v1/findings/"+fid, "", nil))
					for _, k := range full {
						if !jsonEqual(t, item[k], one[k]) {
							t.Errorf("%s: %s is %s in the list, %s alone", fid, k, item[k], one[k])
						}
					}
					traced = traced || len(item["trace"]) > 2
				}
				if !traced {
					t.Error("no finding with a trace: the fixture does not exercise the heavy fields")
				}
			})
		}
		res := a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/findings?include=everything", "", nil)
		b, _ := io.ReadAll(res.Body)
		if res.StatusCode != 422 || !strings.Contains(string(b), `"include"`) {
			t.Fatalf("include=everything: status %d, want 422 naming include: %s", res.StatusCode, b)
		}
	})
}

// jsonEqual compares two JSON values by meaning.
func jsonEqual(t *testing.T, x, y json.RawMessage) bool {
	t.Helper()
	var a, b any
	if err := json.Unmarshal(x, &a); err != nil {
		t.Fatalf("%s: %v", x, err)
	}
	if err := json.Unmarshal(y, &b); err != nil {
		t.Fatalf("%s: %v", y, err)
	}
	return reflect.DeepEqual(a, b)
}
