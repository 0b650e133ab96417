//go:build !linux || !cgo

package cli

func cMallocInfo() (used, free uint64, ok bool) { return 0, 0, false }

func cMallocTrim() {}
