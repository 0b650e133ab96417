package cli

import (
	"runtime/debug"
	"time"
)

// The C heap of the scan worker.
//
// The syntax trees of the parse are C allocations (tree-sitter, through
// glibc's malloc). On a 1,000,000-line tree about 90 MB of them are live
// while files are parsed; when the parse is over they are freed, but
// malloc keeps the free chunks of its arenas resident (free chunks amid
// the arena are returned only by malloc_trim), so ~100 MB of RSS stayed
// idle while the Go heap grew to its limit for the taint and cross-file
// passes: the scan's peak RSS was the Go limit plus the parse's C peak
// (gogs: 553 MB with 103 MB of it free C memory). The scan worker checks
// the C heap every cTrimEvery and
//   - trims when its free memory has grown by cTrimGrown since the last
//     trim (a few page faults if the memory is used again);
//   - unless the user set GOMEMLIMIT, sets the Go soft limit to
//     scanMemoryBudget less the C heap's resident part (at least
//     scanMemoryFloor): Go gets less room while the parse holds trees and
//     more after it, instead of a fixed limit plus whatever C holds.

const (
	cTrimEvery = 250 * time.Millisecond // how often the C heap is read
	cTrimGrown = 16 << 20               // growth of its free memory since the last trim that trims
	// scanMemoryBudget is for the Go heap and C heap together; the
	// binary's mapped code (~35 MB) and the rest come on top. At 408 MiB
	// the 1M-line mixed tree peaked at 505-525 MB; at 376 MiB at 491-493
	// MB (under issue 16's 512 MB) for 2-3% more CPU, sqlalchemy unchanged
	// (bench/scan-speed.md).
	scanMemoryBudget = 376 << 20
	scanMemoryFloor  = 256 << 20 // lower, the collector would run all the time
)

// cTrimmer decides when to trim from successive readings of the free C
// memory.
type cTrimmer struct{ base uint64 }

// due reports whether to trim now that malloc holds free bytes free; the
// reading after a trim is the new base (trimmed chunks still count as
// free), and a lower reading lowers it (the chunks were used again).
func (t *cTrimmer) due(free uint64) bool {
	if free < t.base {
		t.base = free
	}
	if free-t.base < cTrimGrown {
		return false
	}
	t.base = free
	return true
}

// resident estimates the C heap's resident bytes: what is given out and
// the free memory not trimmed since the last trim.
func (t *cTrimmer) resident(used, free uint64) uint64 {
	return used + free - min(free, t.base)
}

// goLimit is the Go soft limit that leaves the C heap's resident bytes of
// the budget.
func goLimit(cResident uint64) int64 {
	return max(scanMemoryFloor, scanMemoryBudget-int64(min(cResident, scanMemoryBudget)))
}

// startCTrim reads the C heap every cTrimEvery for the life of the
// process (the scan worker's), trimming when due and, when setLimit, moving
// the Go soft limit with it.
func startCTrim(setLimit bool) {
	if _, _, ok := cMallocInfo(); !ok {
		return
	}
	go func() {
		var t cTrimmer
		last := int64(-1)
		for range time.Tick(cTrimEvery) {
			used, free, _ := cMallocInfo()
			if t.due(free) {
				cMallocTrim()
			}
			if !setLimit {
				continue
			}
			// move in steps of 8 MiB: every call makes the collector
			// recompute its goal
			if l := goLimit(t.resident(used, free)) &^ (8<<20 - 1); l != last {
				debug.SetMemoryLimit(l)
				last = l
			}
		}
	}()
}
