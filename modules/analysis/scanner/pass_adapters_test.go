package scanner

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
)

// countingPass records how often it ran.
type countingPass struct{ runs atomic.Int32 }

func (c *countingPass) Name() string { return "counting" }
func (c *countingPass) Run(context.Context, []File) ([]Finding, []Note, error) {
	c.runs.Add(1)
	return []Finding{{RuleID: "X"}}, nil, nil
}

// TestLazyPass: nothing is built before the first run, the build happens
// once however many scans start together, and a build error is reported
// by every run instead of being lost after the first.
func TestLazyPass(t *testing.T) {
	cases := []struct {
		name     string
		buildErr error
	}{
		{"builds once", nil},
		{"build fails", errors.New("rules did not compile")},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var builds atomic.Int32
			inner := &countingPass{}
			l := LazyPass("counting", func() (Pass, error) {
				builds.Add(1)
				return inner, tc.buildErr
			})
			if l.Name() != "counting" || builds.Load() != 0 {
				t.Fatalf("name %q, builds %d before any run", l.Name(), builds.Load())
			}
			var wg sync.WaitGroup
			for range 8 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					findings, _, err := l.Run(context.Background(), nil)
					switch {
					case tc.buildErr != nil && !errors.Is(err, tc.buildErr):
						t.Errorf("err = %v, want the build error", err)
					case tc.buildErr == nil && (err != nil || len(findings) != 1):
						t.Errorf("findings %v, err %v", findings, err)
					}
				}()
			}
			wg.Wait()
			if builds.Load() != 1 {
				t.Fatalf("built %d times, want once", builds.Load())
			}
			want := int32(8)
			if tc.buildErr != nil {
				want = 0
			}
			if inner.runs.Load() != want {
				t.Fatalf("inner pass ran %d times, want %d", inner.runs.Load(), want)
			}
		})
	}
}

// TestBrokenPass: a pass that could not be set up reports why on every run.
func TestBrokenPass(t *testing.T) {
	want := errors.New("osv: bad url")
	p := BrokenPass("deps", want)
	for range 2 {
		if f, n, err := p.Run(context.Background(), nil); p.Name() != "deps" || len(f) != 0 || len(n) != 0 || !errors.Is(err, want) {
			t.Fatalf("%s: %v %v %v", p.Name(), f, n, err)
		}
	}
}
