// Package tplraw holds the constructs of template languages that print a
// value without escaping it. The template pass (scanner/templates) looks
// for them in template files; the dataflow engine looks for them in
// templates written in the code itself (`ejs.render('<%- bio %>', {bio})`,
// Twig's ArrayLoader, Thymeleaf's StringTemplateResolver) to know which
// of the data handed to the render is printed raw.
package tplraw

import (
	"regexp"
	"strings"
)

var (
	// EJS is `<%- expr %>`; group 1 is the expression.
	EJS = regexp.MustCompile(`<%-\s*(.+?)\s*[-_]?%>`)
	// Twig is `{{ expr|raw }}`; group 1 is the expression.
	Twig = regexp.MustCompile(`\{\{-?\s*([^{}]+?)\s*\|\s*raw\b[^{}]*\}\}`)
	// TwigAutoescapeOff turns escaping off for a block (no expression).
	TwigAutoescapeOff = regexp.MustCompile(`\{%-?\s*autoescape\s+false\s*-?%\}`)
	// ThymeleafUtext is `th:utext="${expr}"` and the inlined `[(${expr})]`;
	// group 1 or 2 is the expression.
	ThymeleafUtext = regexp.MustCompile(`\bth:utext\s*=\s*\\?["']\$\{\s*([^{}"'\\]+?)\s*\}\\?["']|\[\(\$\{\s*([^{}]+?)\s*\}\)\]`)
)

var pathRe = regexp.MustCompile(`^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$`)

// Paths returns the variables (as property paths: `user.bio` is
// [user bio]) that re prints raw in text. ok is false when one of the
// printed expressions is not a plain variable path (a call, an
// expression): what it prints cannot be told apart from the rest.
func Paths(re *regexp.Regexp, text string) (paths [][]string, ok bool) {
	ok = true
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		expr := ""
		for _, g := range m[1:] {
			if g != "" {
				expr = strings.TrimSpace(g)
				break
			}
		}
		if strings.HasPrefix(expr, "'") || strings.HasPrefix(expr, `"`) {
			continue // a constant
		}
		if !pathRe.MatchString(expr) {
			ok = false
			continue
		}
		paths = append(paths, strings.Split(expr, "."))
	}
	return paths, ok
}
