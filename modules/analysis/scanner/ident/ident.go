// Package ident is the one answer the scanner's text heuristics give to
// "is this an identifier": ASCII letters, digits and '_', and '$' too for
// JavaScript's names. Names with other letters are not recognised (the
// heuristics then do nothing, the safe side).
package ident

// Start reports whether c can begin an identifier: an ASCII letter or '_'.
func Start(c byte) bool {
	return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// Byte reports whether c can stand in an identifier: Start or a digit.
func Byte(c byte) bool { return Start(c) || '0' <= c && c <= '9' }

// Is reports whether s is one identifier ([A-Za-z_][A-Za-z0-9_]*).
func Is(s string) bool { return is(s, false) }

// IsJS reports whether s is one JavaScript name ([A-Za-z_$][A-Za-z0-9_$]*).
func IsJS(s string) bool { return is(s, true) }

func is(s string, dollar bool) bool {
	if s == "" || !Start(s[0]) && !(dollar && s[0] == '$') {
		return false
	}
	for i := 1; i < len(s); i++ {
		if !Byte(s[i]) && !(dollar && s[i] == '$') {
			return false
		}
	}
	return true
}
