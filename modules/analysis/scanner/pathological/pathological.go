// Package pathological generates source files built to hurt a parser:
// deep nesting, long call chains, huge literals and many tokens on one
// line, for every language the scanner parses. Tests scan them to prove
// that no file can crash or stall the scanner (or the server running it).
package pathological

import (
	"fmt"
	"strings"
)

// File is one generated file.
type File struct {
	Path  string // relative path, named <language>/<shape>.<ext>
	Lang  string // scanner language name
	Shape string // chain, nesting, binary, literal, wide
	Data  []byte
}

// lang says how to write a statement in one language.
type lang struct {
	name, ext string
	ident     string              // a variable in an expression
	call      string              // one link of a method-call chain
	wrap      func(string) string // an assignment of an expression, as a whole file
	// sep follows each repeated unit: a line break for JavaScript, whose
	// one-line files the scanner skips as minified before parsing them.
	sep   string
	quote string // of a string literal that may span lines
}

func stmt(prefix, suffix string) func(string) string {
	return func(e string) string { return prefix + e + suffix }
}

var langs = []lang{
	{"python", "py", "y", ".a()", stmt("x = ", "\n"), "", `"`},
	{"javascript", "js", "y", ".a()", stmt("const x = ", ";\n"), "\n", "`"},
	{"typescript", "ts", "y", ".a()", stmt("const x: any = ", ";\n"), "", `"`},
	{"tsx", "tsx", "y", ".a()", stmt("const x = ", ";\n"), "", `"`},
	{"go", "go", "y", ".a()", stmt("package p\n\nfunc f() {\n\tx := ", "\n\t_ = x\n}\n"), "", `"`},
	{"java", "java", "y", ".a()", stmt("class A {\n  void f() {\n    Object x = ", ";\n  }\n}\n"), "", `"`},
	{"php", "php", "$y", "->a()", stmt("<?php\n$x = ", ";\n"), "", `"`},
	{"ruby", "rb", "y", ".a()", stmt("x = ", "\n"), "", `"`},
	{"c", "c", "y", "->a", stmt("void f(void) {\n  x = ", ";\n}\n"), "", `"`},
	{"cpp", "cpp", "y", ".a()", stmt("void f() {\n  auto x = ", ";\n}\n"), "", `"`},
}

// Shapes are the kinds of file Corpus generates for each language.
var Shapes = []string{"chain", "nesting", "binary", "literal", "wide"}

// Languages are the languages Corpus covers.
func Languages() []string {
	out := make([]string, len(langs))
	for i, l := range langs {
		out[i] = l.name
	}
	return out
}

// Corpus returns every shape for every language at size n (links of a
// chain, levels of nesting, terms of a sum, elements of a list; literals
// get n*16 bytes). n = 16,000 is the size that crashed the parser (a
// 64 KB Python file).
func Corpus(n int) []File {
	var out []File
	for _, l := range langs {
		for _, shape := range Shapes {
			out = append(out, File{
				Path: fmt.Sprintf("%s/%s.%s", l.name, shape, l.ext), Lang: l.name, Shape: shape,
				Data: []byte(l.wrap(expr(l, shape, n))),
			})
		}
	}
	return out
}

// expr is the expression of one shape.
func expr(l lang, shape string, n int) string {
	// units are numbered so the files do not compress like zip bombs
	rep := func(format string) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			if strings.Contains(format, "%") {
				fmt.Fprintf(&b, format, i)
			} else {
				b.WriteString(format)
			}
			b.WriteString(l.sep)
		}
		return b.String()
	}
	switch shape {
	case "chain": // y.a0().a1()… : a left-deep tree two levels per link
		return l.ident + l.sep + rep(strings.Replace(l.call, "a", "a%d", 1))
	case "nesting": // ((((1))))
		return rep("(") + "1" + rep(")")
	case "binary": // 0 + 1 + 2 + … on one line: many tokens, left-deep
		return "0" + rep(" + %d")
	case "literal": // one huge string literal
		return l.quote + rep("abcdef%09d ") + l.quote
	case "wide": // f(0, 1, …): many tokens, shallow
		return "f(" + rep("%d, ") + "0)"
	}
	panic("pathological: unknown shape " + shape)
}
