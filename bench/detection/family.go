package main

import (
	"regexp"
	"strings"
)

// families groups CWEs close enough that a finding tagged with one of them
// detects a weakness labelled with another: a parent and its child, or two
// names for the same mistake. The table is printed with every report so a
// reader can see how generous the matching was.
var families = [][]string{
	{"CWE-77", "CWE-78", "CWE-88"},             // command injection: generic, OS command, argument injection
	{"CWE-94", "CWE-95", "CWE-96", "CWE-1336"}, // code injection, eval, static code, template engine injection
	{"CWE-22", "CWE-23", "CWE-36", "CWE-73"},   // path traversal (relative, absolute) and external control of a file name
	{"CWE-327", "CWE-328", "CWE-916"},          // broken crypto, weak hash, weak password hash
	{"CWE-330", "CWE-331", "CWE-338"},          // insufficient randomness, weak PRNG
	{"CWE-614", "CWE-1004", "CWE-1275"},        // cookie without Secure, without HttpOnly, without SameSite
	{"CWE-798", "CWE-259", "CWE-321"},          // hard-coded credentials, password, key
	{"CWE-79", "CWE-80"},                       // cross-site scripting
	{"CWE-89", "CWE-564"},                      // SQL injection, Hibernate injection
	{"CWE-611", "CWE-776"},                     // XML external entities, entity expansion
}

var familyOf = func() map[string]int {
	m := map[string]int{}
	for i, f := range families {
		for _, c := range f {
			m[c] = i
		}
	}
	return m
}()

var cweNumber = regexp.MustCompile(`(?i)^cwe[-_ ]?(\d+)$`)

// normCWE turns "cwe-89", "CWE 89" or "89" into "CWE-89"; anything else is
// returned trimmed and unchanged.
func normCWE(s string) string {
	s = strings.TrimSpace(s)
	if m := cweNumber.FindStringSubmatch(s); m != nil {
		return "CWE-" + m[1]
	}
	if s != "" && strings.Trim(s, "0123456789") == "" {
		return "CWE-" + s
	}
	return s
}

// cweMatch reports whether a finding tagged found detects a weakness
// labelled want: the same CWE or two members of one family.
func cweMatch(found, want string) bool {
	found, want = normCWE(found), normCWE(want)
	if found == want {
		return true
	}
	a, okA := familyOf[found]
	b, okB := familyOf[want]
	return okA && okB && a == b
}

// anyMatch reports whether one of found matches one of want.
func anyMatch(found, want []string) bool {
	for _, f := range found {
		for _, w := range want {
			if cweMatch(f, w) {
				return true
			}
		}
	}
	return false
}
