package scanner

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkScanRealTrees scans the directories listed (colon-separated) in
// VIGIL_BENCH_DIRS, one sub-benchmark each, with every built-in rule and
// all the scan's workers, as `vigil scan` does inside its worker process
// (without the secrets and dependency passes). It reports lines per second
// of wall time; run it with -cpuprofile / -memprofile to see where a real
// tree's scan goes (bench/scan-speed.md). Skipped when the variable is unset.
//
//	VIGIL_BENCH_DIRS=/tmp/rules-proj/sqlalchemy:/tmp/rules-proj/gogs \
//	  go test ./modules/analysis/scanner -run '^$' -bench ScanRealTrees -benchtime 1x -cpuprofile cpu.out
func BenchmarkScanRealTrees(b *testing.B) {
	dirs := os.Getenv("VIGIL_BENCH_DIRS")
	if dirs == "" {
		b.Skip("VIGIL_BENCH_DIRS not set")
	}
	for _, dir := range strings.Split(dirs, ":") {
		if dir == "" {
			continue
		}
		name := dir[strings.LastIndexByte(dir, '/')+1:]
		b.Run(name, func(b *testing.B) { benchScanDir(b, dir) })
	}
}
