package cli

import (
	"runtime"
	"testing"
)

func TestCTrimmerDue(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct {
		name     string
		readings []uint64
		want     []bool
	}{
		{"small free memory never trims", []uint64{4 * mb, 8 * mb, 12 * mb, 15 * mb}, []bool{false, false, false, false}},
		{"the end of the parse trims once", []uint64{4 * mb, 103 * mb, 103 * mb, 104 * mb}, []bool{false, true, false, false}},
		{"memory used again and freed again trims again", []uint64{100 * mb, 10 * mb, 20 * mb, 30 * mb}, []bool{true, false, false, true}},
		{"slow growth trims when it adds up", []uint64{5 * mb, 12 * mb, 21 * mb, 23 * mb}, []bool{false, false, true, false}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var tr cTrimmer
			for i, free := range c.readings {
				if got := tr.due(free); got != c.want[i] {
					t.Errorf("reading %d (%d MB): due = %v, want %v", i, free/mb, got, c.want[i])
				}
			}
		})
	}
}

// TestCMallocFreeKnownOnLinux: the scan worker's trimming depends on
// reading glibc's free memory, which the release build (Debian) has.
func TestCMallocFreeKnownOnLinux(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("glibc only")
	}
	if _, _, ok := cMallocInfo(); !ok {
		t.Fatal("free C memory unknown: the scan worker would never trim")
	}
	cMallocTrim()
}

func TestGoLimitLeavesTheCHeapItsShare(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct {
		cResident uint64
		want      int64
	}{
		{0, scanMemoryBudget},
		{100 * mb, scanMemoryBudget - 100*mb},
		{400 * mb, scanMemoryFloor},
		{1 << 40, scanMemoryFloor},
	} {
		if got := goLimit(c.cResident); got != c.want {
			t.Errorf("goLimit(%d MB) = %d MB, want %d MB", c.cResident/mb, got/mb, c.want/mb)
		}
	}
}

func TestCResidentLeavesTrimmedMemoryOut(t *testing.T) {
	const mb = 1 << 20
	var tr cTrimmer
	if got := tr.resident(90*mb, 10*mb); got != 100*mb {
		t.Errorf("before any trim: %d MB, want 100", got/mb)
	}
	if !tr.due(100 * mb) { // the parse is over: 100 MB free, trimmed
		t.Fatal("no trim")
	}
	if got := tr.resident(1*mb, 100*mb); got != 1*mb {
		t.Errorf("after the trim: %d MB, want 1", got/mb)
	}
	if got := tr.resident(1*mb, 120*mb); got != 21*mb {
		t.Errorf("20 MB freed since: %d MB, want 21", got/mb)
	}
}
