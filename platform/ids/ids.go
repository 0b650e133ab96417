// Package ids checks identifiers from outside (path ids, filters, headers)
// before they reach a query. Every id Vigil stores is a UUID; PostgreSQL
// keeps them in uuid columns and refuses other text with an error (a 500),
// while SQLite compares text and finds nothing (a 404). Checking the form
// first gives both databases the same answer and keeps malformed input out
// of the error log.
package ids

import "vigil/platform/errs"

// Valid reports whether s is a UUID in canonical text form: 36 characters,
// lower-case hex digits with hyphens at 8, 13, 18 and 23 (the form Vigil
// writes). Other spellings PostgreSQL would accept (braces, upper case, no
// hyphens) are refused: SQLite would compare them as different text.
func Valid(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return false
			}
		default:
			if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
				return false
			}
		}
	}
	return true
}

// Check returns nil for a valid id and otherwise the not-found error a
// lookup of what would give: a malformed id names nothing.
func Check(what, s string) error {
	if Valid(s) {
		return nil
	}
	return errs.NotFound(what)
}
