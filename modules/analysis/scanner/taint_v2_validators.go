package scanner

import (
	"regexp"
	"strings"

	"vigil/modules/analysis/scanner/dataflow"
	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/models"
)

// Validates implements dataflow.Validator with the model packs'
// validators for the rule's kinds: the first whose pattern matches the
// callee as written or its canonical name (and whose in-file and where
// regexes, if any, match the file and the call's text). A receiver
// validator returns dataflow.RecvArg.
func (s *v2Spec) Validates(in *ir.Instr) (int, bool, bool) {
	for i := range s.view.Validators {
		v := &s.view.Validators[i]
		if v.Matches(in.Callee) || in.Text != in.Callee && v.Matches(in.Text) {
			if re := v.InFileRe(); re != nil && !re.Match(s.src) {
				continue
			}
			if re := v.WhereRe(); re != nil && !re.MatchString(s.callText(in)) {
				continue
			}
			if v.Receiver {
				return dataflow.RecvArg, v.OnTrue(), true
			}
			return v.Arg, v.OnTrue(), true
		}
	}
	return 0, false, false
}

// fixedURLPrefixRe matches the constant start of a URL that already names
// its host: a scheme and authority followed by a path, query or fragment.
var fixedURLPrefixRe = regexp.MustCompile(`^(?i)[a-z][a-z0-9+.-]*://[^/?#\s{}$%]+[/?#]`)

// HostChecks implements dataflow.HostCheck: for request and redirect
// targets an allow-listed host makes the URL safe. So it does for PHP's
// file functions: a value whose host is on an allow-list is a URL that
// file_get_contents()/fopen() fetch through a stream wrapper, never a
// local path (parse_url() of a path has no host).
func (s *v2Spec) HostChecks() bool {
	if s.urlKindsOnly() {
		return true
	}
	if s.lang != "php" {
		return false
	}
	kinds := models.KindsForCWE(s.rule.CWE)
	for _, k := range kinds {
		if k != "path" {
			return false
		}
	}
	return len(kinds) > 0
}

// urlKindsOnly reports whether every kind of the rule is about where a URL
// points (ssrf, redirect).
func (s *v2Spec) urlKindsOnly() bool {
	kinds := models.KindsForCWE(s.rule.CWE)
	if len(kinds) == 0 {
		return false
	}
	for _, k := range kinds {
		if k != "ssrf" && k != "redirect" {
			return false
		}
	}
	return true
}

// CleanPrefix implements dataflow.FixedPrefix for request and redirect
// targets: once a URL's constant start names the host, what follows cannot
// send the request or the user elsewhere. Text that starts with "|" is no
// URL at all: Ruby's Kernel#open (and Perl-style opens) run it as a command,
// which the command-injection rule reports. For redirects a constant local
// path start ("/go/") keeps the target on this site. Other kinds are
// unaffected.
func (s *v2Spec) CleanPrefix(prefix string) bool {
	if s.phpPathOnly() && urlSchemePrefixRe.MatchString(prefix) {
		// PHP: "https://" . $host makes file_get_contents() fetch a URL
		// through a stream wrapper (SSRF, its own rule), never a local path
		return true
	}
	if !s.urlKindsOnly() {
		return false
	}
	if fixedURLPrefixRe.MatchString(prefix) || strings.HasPrefix(prefix, "|") {
		return true
	}
	// a redirect to a local path ("/go/" + page) stays on this site
	return localPathPrefixRe.MatchString(prefix) && s.redirectOnly()
}

// urlSchemePrefixRe matches the constant start of a network URL.
var urlSchemePrefixRe = regexp.MustCompile(`^(?i)(https?|ftps?)://`)

// phpPathOnly reports whether the rule is a PHP rule about file paths only.
func (s *v2Spec) phpPathOnly() bool {
	return s.lang == "php" && !s.urlKindsOnly() && s.HostChecks()
}

// localPathPrefixRe matches the constant start of a path on this site: a
// slash and then a character that is no second slash or backslash (which
// would make "//host" or "/\host" a host).
var localPathPrefixRe = regexp.MustCompile(`^/[^/\\\s]`)

// redirectOnly reports whether every kind of the rule is a redirect.
func (s *v2Spec) redirectOnly() bool {
	kinds := models.KindsForCWE(s.rule.CWE)
	for _, k := range kinds {
		if k != "redirect" {
			return false
		}
	}
	return len(kinds) > 0
}

// StringsSafe implements dataflow.StringSafe: a string carries no query
// operators, so for NoSQL rules `typeof x === "string"` validates x.
func (s *v2Spec) StringsSafe() bool {
	kinds := models.KindsForCWE(s.rule.CWE)
	for _, k := range kinds {
		if k != "nosql" {
			return false
		}
	}
	return len(kinds) > 0
}

// DotsSafe implements dataflow.DotSafe: dots matter to file paths only.
func (s *v2Spec) DotsSafe() bool {
	kinds := models.KindsForCWE(s.rule.CWE)
	for _, k := range kinds {
		if k == "path" {
			return false
		}
	}
	return len(kinds) > 0
}
