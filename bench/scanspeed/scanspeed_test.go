// Package scanspeed benchmarks a whole scan of real trees in one process,
// with the passes the scan worker of `vigil scan` runs (secrets, templates,
// C memory, dependencies offline), so `go test -cpuprofile` sees what the
// worker process spends (bench/scan-speed.sh measures the full command,
// bench/scan-speed.md has the figures).
//
//	VIGIL_BENCH_DIRS=/tmp/rules-proj/sqlalchemy:/tmp/rules-proj/gogs \
//	  go test ./bench/scanspeed -run '^$' -bench . -benchtime 1x -cpuprofile cpu.out
//
// VIGIL_BENCH_DIRS is colon-separated; each directory is a sub-benchmark
// reporting lines per wall second and per CPU second and the peak heap
// (HeapInuse sampled every 100 ms). The benchmark is skipped when it is
// unset. VIGIL_BENCH_HEAP=FILE writes a heap profile (in use, as of the
// collection it forces) each time the sampled heap reaches a new high, so
// FILE ends up showing what was live near the peak (the forced collections
// cost some CPU: leave it unset when timing).
package scanspeed

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"vigil/modules/analysis/scanner"
	"vigil/modules/analysis/scanner/cmem"
	"vigil/modules/analysis/scanner/deps"
	"vigil/modules/analysis/scanner/secrets"
	"vigil/modules/analysis/scanner/templates"
)

func passes(b *testing.B) []scanner.Pass {
	sec, err := secrets.New(secrets.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return []scanner.Pass{sec, templates.New(), cmem.New(), deps.New(deps.Options{Offline: true})}
}

func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

func BenchmarkScanTree(b *testing.B) {
	dirs := os.Getenv("VIGIL_BENCH_DIRS")
	if dirs == "" {
		b.Skip("VIGIL_BENCH_DIRS not set")
	}
	rules, err := scanner.BuiltinRules()
	if err != nil {
		b.Fatal(err)
	}
	for _, dir := range strings.Split(dirs, ":") {
		if dir == "" {
			continue
		}
		b.Run(filepath.Base(dir), func(b *testing.B) {
			ps := passes(b)
			stop, peak := watchHeap(os.Getenv("VIGIL_BENCH_HEAP"))
			cpu0 := cpuSeconds()
			b.ResetTimer()
			lines := 0
			for i := 0; i < b.N; i++ {
				res, err := scanner.Scan(context.Background(), dir, scanner.Options{Rules: rules, Passes: ps})
				if err != nil {
					b.Fatal(err)
				}
				lines = res.Stats.Lines
			}
			b.StopTimer()
			close(stop)
			b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(lines*b.N)/b.Elapsed().Seconds(), "lines/s")
			if cpu := cpuSeconds() - cpu0; cpu > 0 {
				b.ReportMetric(float64(lines*b.N)/cpu, "lines/cpu-s")
				b.ReportMetric(cpu/float64(b.N), "cpu-s/op")
			}
		})
	}
}

// watchHeap samples the heap in use every 100 ms until stop is closed,
// keeping the highest figure in peak; with a file name it also writes a
// heap profile there at each new high (10% above the last one written).
func watchHeap(file string) (stop chan struct{}, peak *atomic.Uint64) {
	stop, peak = make(chan struct{}), &atomic.Uint64{}
	go func() {
		var ms runtime.MemStats
		var written uint64
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
			}
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			if file != "" && ms.HeapInuse > written+written/10 {
				written = ms.HeapInuse
				runtime.GC() // the profile then shows what is live now
				if f, err := os.Create(file); err == nil {
					_ = pprof.WriteHeapProfile(f)
					_ = f.Close()
				}
			}
		}
	}()
	return stop, peak
}
