package analysis

import (
	"io"
	"strings"
	"testing"

	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// TestTextFieldsRefuseNUL: PostgreSQL cannot store NUL bytes or invalid
// UTF-8 in text and answered 500; both databases now answer 422 naming the
// field, in pastes, multipart uploads and triage reasons, and store nothing.
func TestTextFieldsRefuseNUL(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		a := newAPI(t, db)
		done := a.completed(t, map[string]string{"app.py": vulnPy})
		page := decode[Page[FindingView]](t, a.do(t, a.who("viewer"), "GET", "/api/v1/analyses/"+done+"/findings", "", nil))
		if len(page.Items) == 0 {
			t.Fatal("no findings to triage")
		}
		ct, upload := multipartBody(t, "static", map[string][]byte{"shop.zip": zipOf(t, map[string]string{"app.py": vulnPy})})
		upload = []byte(strings.Replace(string(upload), "name=\"tier\"\r\n\r\nstatic", "name=\"tier\"\r\n\r\nstatic\r\n--"+boundaryOf(ct)+"\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nx\x00y", 1))
		tests := []struct {
			name, path, ct, body, field string
		}{
			{"paste name", "/api/v1/analyses", "application/json", `{"tier":"static","filename":"x.py","name":"a\u0000b","content":"x = 1\n"}`, "name"},
			{"paste project", "/api/v1/analyses", "application/json", `{"tier":"static","filename":"x.py","project":"p\u0000","content":"x = 1\n"}`, "project"},
			{"paste exclude", "/api/v1/analyses", "application/json", `{"tier":"static","filename":"x.py","options":{"exclude":["a\u0000"]},"content":"x = 1\n"}`, "options.exclude"},
			{"upload name", "/api/v1/analyses", ct, string(upload), "name"},
			{"triage reason", "/api/v1/findings/" + page.Items[0].ID, "application/json", `{"state":"false_positive","reason":"r\u0000"}`, "reason"},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				method := "POST"
				if strings.HasPrefix(tc.path, "/api/v1/findings/") {
					method = "PATCH"
				}
				res := a.do(t, a.who("member"), method, tc.path, tc.ct, []byte(tc.body))
				b, _ := io.ReadAll(res.Body)
				if res.StatusCode != 422 || !strings.Contains(string(b), `"`+tc.field+`"`) {
					t.Fatalf("status %d, want 422 naming %s: %s", res.StatusCode, tc.field, b)
				}
			})
		}
	})
}

// boundaryOf returns the multipart boundary of a Content-Type.
func boundaryOf(ct string) string {
	_, b, _ := strings.Cut(ct, "boundary=")
	return b
}
