package analysis

import (
	"fmt"
	"io"
	"net/http"
	"testing"

	"vigil/platform/dbtest"
	"vigil/platform/principal/principaltest"
)

// BenchmarkFindingsPage measures GET /analyses/{id}/findings?limit=50 over
// HTTP on an analysis with about 1,500 findings (bench/analysis.sh runs
// the same request under wrk against the built binary).
func BenchmarkFindingsPage(b *testing.B) {
	for _, dialect := range dbtest.Dialects {
		b.Run(dialect, func(b *testing.B) {
			a := newAPI(b, dbtest.Open(b, dialect))
			files := map[string]string{}
			for i := range 500 {
				files[fmt.Sprintf("app/m%03d.py", i)] = vulnPy
			}
			id := a.completed(b, files)
			viewer := a.who("viewer")
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					req, _ := http.NewRequest("GET", a.srv.URL+"/api/v1/analyses/"+id+"/findings?limit=50", nil)
					req.Header.Set(principaltest.Header, viewer)
					res, err := http.DefaultClient.Do(req)
					if err != nil {
						b.Error(err)
						return
					}
					_, _ = io.Copy(io.Discard, res.Body)
					res.Body.Close()
					if res.StatusCode != 200 {
						b.Errorf("status %d", res.StatusCode)
					}
				}
			})
		})
	}
}
