package scanner

import (
	"os"
	"testing"
)

// BenchmarkScanPythonEngines scans the generated 50,000-line Python tree of
// BenchmarkScanPython with the old source-order walk (v1) and the dataflow
// engine (v2), side by side. VIGIL_BENCH_PY_DIR scans a directory of real
// code instead (e.g. a Python installation's standard library).
func BenchmarkScanPythonEngines(b *testing.B) {
	for _, eng := range []struct {
		name string
		on   bool
	}{{"v1", false}, {"v2", true}} {
		b.Run(eng.name, func(b *testing.B) {
			saved := engineV2["python"]
			engineV2["python"] = eng.on
			defer func() { engineV2["python"] = saved }()
			if dir := os.Getenv("VIGIL_BENCH_PY_DIR"); dir != "" {
				benchScanDir(b, dir)
				return
			}
			benchScanTree(b, benchTemplates[:1], 50000)
		})
	}
}

// benchScanDir scans dir b.N times with the built-in rules (loaded
// untimed) and reports lines/s.
func benchScanDir(b *testing.B, dir string) {
	rules, err := BuiltinRules()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	var lines int
	for i := 0; i < b.N; i++ {
		res, err := Scan(b.Context(), dir, Options{Rules: rules})
		if err != nil {
			b.Fatal(err)
		}
		lines = res.Stats.Lines
	}
	b.ReportMetric(float64(lines*b.N)/b.Elapsed().Seconds(), "lines/s")
}
