//go:build !linux || !cgo

package cli

func cMallocFree() (uint64, bool) { return 0, false }

func cMallocTrim() {}
