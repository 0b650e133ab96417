package cli

import (
	"time"
)

// Returning the C heap's free pages.
//
// The syntax trees of the parse are C allocations (tree-sitter, through
// glibc's malloc). On a 1,000,000-line tree about 90 MB of them are live
// while files are parsed; when the parse is over they are freed, but
// malloc keeps the free chunks of its arenas resident (free chunks amid
// the arena are returned only by malloc_trim), so ~100 MB of RSS stayed
// idle while the Go heap grew to its limit for the taint and cross-file
// passes: the scan's peak RSS was the Go limit plus the parse's C peak
// (gogs: 553 MB with 103 MB of it free C memory). The scan worker checks
// the free C memory now and then and trims when it has grown by a lot
// since the last trim, which costs a few page faults if the memory is
// used again.

const (
	cTrimEvery = time.Second // how often the free C memory is checked
	cTrimGrown = 32 << 20    // growth of it since the last trim that trims
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

// startCTrim checks the free C memory every cTrimEvery for the life of
// the process (the scan worker's), trimming when due.
func startCTrim() {
	if _, ok := cMallocFree(); !ok {
		return
	}
	go func() {
		var t cTrimmer
		for range time.Tick(cTrimEvery) {
			if free, _ := cMallocFree(); t.due(free) {
				cMallocTrim()
			}
		}
	}()
}
