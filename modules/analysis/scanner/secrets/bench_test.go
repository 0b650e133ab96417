package secrets

import (
	"context"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// cpuSeconds is the user+system CPU time of the process so far; the wall
// time of a benchmark says little on a shared machine.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

// benchFiles loads the files of the trees in VIGIL_BENCH_DIRS
// (colon-separated), or else the rule corpus and generated files. With
// VIGIL_BENCH_SCANNED=1 it leaves out the files a scan does not hand to
// its passes (binary and minified files, see scannedByScan).
func benchFiles(b *testing.B) map[string]string {
	files := benchAllFiles(b)
	if os.Getenv("VIGIL_BENCH_SCANNED") == "1" {
		for p, t := range files {
			if !scannedByScan(p, t) {
				delete(files, p)
			}
		}
	}
	return files
}

// scannedByScan mirrors the scanner's checks before a file reaches the
// passes (scan.go: a NUL byte in the first 8000 bytes, isMinified); the
// generated-file check is left out.
func scannedByScan(p, text string) bool {
	if strings.IndexByte(text[:min(len(text), 8000)], 0) >= 0 {
		return false
	}
	base := filepath.Base(p)
	if strings.Contains(base, ".min.") || strings.HasSuffix(base, "-min.js") || strings.HasSuffix(base, ".bundle.js") {
		return false
	}
	switch filepath.Ext(base) {
	case ".js", ".mjs", ".cjs", ".css":
		lines := strings.Count(text, "\n") + 1
		return !(len(text) > 2000 && len(text)/lines > 300)
	}
	return true
}

func benchAllFiles(b *testing.B) map[string]string {
	files := map[string]string{}
	dirs := os.Getenv("VIGIL_BENCH_DIRS")
	if dirs == "" {
		dirs = "../../../../testdata/scanner"
		r := rand.New(rand.NewPCG(16, 3))
		for i := 0; i < 400; i++ {
			p, text := genFile(r, i)
			files[p] = text
		}
	}
	for _, dir := range strings.Split(dirs, ":") {
		if dir == "" {
			continue
		}
		_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !d.Type().IsRegular() {
				return nil
			}
			if info, err := d.Info(); err != nil || info.Size() > DefaultMaxFileSize || IsExampleFile(p) {
				return nil
			}
			if data, err := os.ReadFile(p); err == nil {
				files[filepath.ToSlash(p)] = string(data)
			}
			return nil
		})
	}
	return files
}

// BenchmarkSecretsPass times the search of one file after another (one
// core) with keyword windows ("near") and whole files ("whole", as the
// pass worked before), reporting MB/s of source:
//
//	VIGIL_BENCH_DIRS=/tmp/rules-proj/sqlalchemy go test ./modules/analysis/scanner/secrets \
//	  -run '^$' -bench SecretsPass -benchtime 1x
func BenchmarkSecretsPass(b *testing.B) {
	files := benchFiles(b)
	size := 0
	for _, t := range files {
		size += len(t)
	}
	near, whole := passes(b)
	for _, c := range []struct {
		name string
		p    *Pass
	}{{"near", near}, {"whole", whole}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			cpu0 := cpuSeconds()
			n := 0
			for i := 0; i < b.N; i++ {
				for path, text := range files {
					n += len(c.p.scanFile(context.Background(), path, text))
				}
			}
			b.ReportMetric(float64(n)/float64(b.N), "findings")
			b.ReportMetric((cpuSeconds()-cpu0)/float64(b.N), "cpu-s/op")
		})
	}
}
