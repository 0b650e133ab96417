package scanner

import "strconv"

// Count says n with the singular or the plural noun, for notes and
// messages people read: Count(1, "file", "files") is "1 file",
// Count(3, "file", "files") is "3 files".
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
