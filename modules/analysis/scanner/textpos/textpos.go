// Package textpos turns byte offsets of a text into lines and columns, as
// the scanner's locations count them (columns in bytes).
package textpos

import (
	"bytes"
	"strings"
)

// Starts returns the byte offset each line of text starts at: 0 for the
// first, one past each '\n' for the others.
func Starts[T string | []byte](text T) []int {
	var n int
	switch t := any(text).(type) {
	case string:
		n = strings.Count(t, "\n")
	case []byte:
		n = bytes.Count(t, []byte{'\n'})
	}
	// sized first: growing by appends allocated about twice the result
	out := make([]int, 1, n+1)
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			out = append(out, i+1)
		}
	}
	return out
}

// Position returns the 1-based line holding the byte offset off and off's
// 1-based byte column in it, given the text's line Starts.
func Position(starts []int, off int) (line, col int) {
	lo, hi := 0, len(starts)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if starts[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo + 1, off - starts[lo] + 1
}
