package logging

import (
	"math/rand/v2"
	"sync"
	"testing"
	"time"
)

// TestAppendTimestampMatchesRFC3339Nano: every shape of fraction, zone and
// year, in any order (the cache must never hand one second's text to
// another second or location).
func TestAppendTimestampMatchesRFC3339Nano(t *testing.T) {
	zones := []*time.Location{time.UTC, time.Local, time.FixedZone("IST", 5*3600+1800), time.FixedZone("PST", -8*3600), time.FixedZone("odd", 61)}
	base := time.Date(2026, 12, 1, 13, 59, 59, 0, time.UTC)
	var times []time.Time
	for _, ns := range []int{0, 1, 10, 120_000_000, 100_000_000, 123_456_789, 999_999_999, 500} {
		for _, z := range zones {
			times = append(times, base.Add(time.Duration(ns)).In(z), base.Add(time.Second+time.Duration(ns)).In(z))
		}
	}
	times = append(times, time.Date(10000, 1, 1, 0, 0, 0, 5, time.UTC), time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC), time.Time{}, time.Now())
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		times = append(times, time.Unix(r.Int64N(4e9), r.Int64N(1e9)).In(zones[r.IntN(len(zones))]))
	}
	r.Shuffle(len(times), func(i, j int) { times[i], times[j] = times[j], times[i] })
	for _, tm := range times {
		if got, want := string(appendTimestamp(nil, tm)), tm.Format(time.RFC3339Nano); got != want {
			t.Fatalf("%v: got %q, want %q", tm, got, want)
		}
	}
	// Concurrent loggers across a second boundary and two zones.
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 500 {
				tm := base.Add(time.Duration(i%3)*time.Second + time.Duration(i)).In(zones[g%2])
				if got, want := string(appendTimestamp(nil, tm)), tm.Format(time.RFC3339Nano); got != want {
					t.Errorf("%v: got %q, want %q", tm, got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func BenchmarkAppendTimestamp(b *testing.B) {
	buf := make([]byte, 0, 64)
	for _, tt := range []struct {
		name string
		f    func([]byte, time.Time) []byte
	}{
		{"AppendFormat", func(b []byte, t time.Time) []byte { return t.AppendFormat(b, time.RFC3339Nano) }},
		{"appendTimestamp", appendTimestamp},
	} {
		b.Run(tt.name, func(b *testing.B) {
			// Many lines a second, as under load.
			t0 := time.Now().Truncate(time.Second)
			i := 0
			for b.Loop() {
				i++
				buf = tt.f(buf[:0], t0.Add(time.Duration(i)*997))
			}
		})
	}
}
