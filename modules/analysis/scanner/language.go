package scanner

import (
	"path"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/c"
	"github.com/smacker/go-tree-sitter/cpp"
	"github.com/smacker/go-tree-sitter/golang"
	"github.com/smacker/go-tree-sitter/java"
	"github.com/smacker/go-tree-sitter/javascript"
	"github.com/smacker/go-tree-sitter/php"
	"github.com/smacker/go-tree-sitter/python"
	"github.com/smacker/go-tree-sitter/ruby"
	"github.com/smacker/go-tree-sitter/typescript/tsx"
	"github.com/smacker/go-tree-sitter/typescript/typescript"
)

// language describes one front end: its grammar, file extensions and the node
// names the taint engine needs. Grammars differ in node names, so the taint
// engine is written against this table rather than a single grammar.
type language struct {
	name    string
	grammar func() *sitter.Language
	exts    []string

	funcTypes   set // function-like nodes (params in "parameters"/"parameter", body in "body")
	callTypes   set // call nodes (arguments in "arguments")
	assignTypes map[string][2]string
	augTypes    set // assignments that add to the left side instead of replacing it
	identTypes  set
	exprTypes   set // nodes a taint `expr` source is matched against
	returnTypes set
	loopTypes   set
	kwargTypes  set // keyword argument nodes with fields name/value
	selfNames   set // receiver parameter names not counted as positional parameters
}

type set map[string]bool

func mkset(items ...string) set {
	s := set{}
	for _, i := range items {
		s[i] = true
	}
	return s
}

var commonExpr = []string{"identifier", "attribute", "member_expression", "subscript", "subscript_expression",
	"element_reference", "variable_name", "field_access", "selector_expression", "index_expression",
	"member_access_expression", "scoped_identifier", "field_expression", "call", "scope_resolution"}

var languages = []*language{
	{
		name: "python", grammar: python.GetLanguage, exts: []string{".py", ".pyw"},
		funcTypes:   mkset("function_definition", "lambda"),
		callTypes:   mkset("call"),
		assignTypes: map[string][2]string{"assignment": {"left", "right"}, "augmented_assignment": {"left", "right"}, "for_statement": {"left", "right"}, "named_expression": {"name", "value"}, "for_in_clause": {"left", "right"}},
		augTypes:    mkset("augmented_assignment"),
		identTypes:  mkset("identifier"),
		exprTypes:   mkset(commonExpr...),
		returnTypes: mkset("return_statement"),
		loopTypes:   mkset("for_statement", "while_statement"),
		kwargTypes:  mkset("keyword_argument"),
		selfNames:   mkset("self", "cls"),
	},
	jsLike("javascript", javascript.GetLanguage, ".js", ".mjs", ".cjs", ".jsx"),
	jsLike("typescript", typescript.GetLanguage, ".ts", ".mts", ".cts"),
	jsLike("tsx", tsx.GetLanguage, ".tsx"),
	{
		name: "go", grammar: golang.GetLanguage, exts: []string{".go"},
		funcTypes:   mkset("function_declaration", "method_declaration", "func_literal"),
		callTypes:   mkset("call_expression"),
		assignTypes: map[string][2]string{"short_var_declaration": {"left", "right"}, "assignment_statement": {"left", "right"}, "var_spec": {"name", "value"}, "range_clause": {"left", "right"}},
		augTypes:    mkset(),
		identTypes:  mkset("identifier"),
		exprTypes:   mkset(commonExpr...),
		returnTypes: mkset("return_statement"),
		loopTypes:   mkset("for_statement"),
		kwargTypes:  mkset(),
		selfNames:   mkset(),
	},
	{
		name: "java", grammar: java.GetLanguage, exts: []string{".java"},
		funcTypes:   mkset("method_declaration", "constructor_declaration", "lambda_expression"),
		callTypes:   mkset("method_invocation", "object_creation_expression"),
		assignTypes: map[string][2]string{"variable_declarator": {"name", "value"}, "assignment_expression": {"left", "right"}, "enhanced_for_statement": {"name", "value"}},
		augTypes:    mkset(),
		identTypes:  mkset("identifier"),
		exprTypes:   mkset(commonExpr...),
		returnTypes: mkset("return_statement"),
		loopTypes:   mkset("for_statement", "enhanced_for_statement", "while_statement"),
		kwargTypes:  mkset(),
		selfNames:   mkset(),
	},
	{
		name: "php", grammar: php.GetLanguage, exts: []string{".php"},
		funcTypes: mkset("function_definition", "method_declaration", "anonymous_function_creation_expression", "arrow_function"),
		callTypes: mkset("function_call_expression", "member_call_expression", "scoped_call_expression", "object_creation_expression",
			"echo_statement", "print_intrinsic", "exit_statement", "shell_command_expression"),
		assignTypes: map[string][2]string{"assignment_expression": {"left", "right"}, "augmented_assignment_expression": {"left", "right"}},
		augTypes:    mkset("augmented_assignment_expression"),
		identTypes:  mkset("variable_name"),
		exprTypes:   mkset(commonExpr...),
		returnTypes: mkset("return_statement"),
		loopTypes:   mkset("for_statement", "foreach_statement", "while_statement"),
		kwargTypes:  mkset(),
		selfNames:   mkset(),
	},
	{
		name: "ruby", grammar: ruby.GetLanguage, exts: []string{".rb"},
		funcTypes:   mkset("method", "singleton_method", "lambda", "block", "do_block"),
		callTypes:   mkset("call", "subshell"),
		assignTypes: map[string][2]string{"assignment": {"left", "right"}, "operator_assignment": {"left", "right"}},
		augTypes:    mkset("operator_assignment"),
		identTypes:  mkset("identifier", "instance_variable"),
		exprTypes:   mkset(commonExpr...),
		returnTypes: mkset("return"),
		loopTypes:   mkset("for", "while", "until"),
		kwargTypes:  mkset(),
		selfNames:   mkset(),
	},
	cLike("c", c.GetLanguage, ".c", ".h"),
	cLike("cpp", cpp.GetLanguage, ".cpp", ".cc", ".cxx", ".hpp", ".hh"),
}

func jsLike(name string, g func() *sitter.Language, exts ...string) *language {
	return &language{
		name: name, grammar: g, exts: exts,
		funcTypes: mkset("function_declaration", "function", "function_expression", "arrow_function", "method_definition",
			"generator_function_declaration", "generator_function"),
		callTypes: mkset("call_expression", "new_expression"),
		assignTypes: map[string][2]string{"variable_declarator": {"name", "value"}, "assignment_expression": {"left", "right"},
			"augmented_assignment_expression": {"left", "right"}, "for_in_statement": {"left", "right"}},
		augTypes:    mkset("augmented_assignment_expression"),
		identTypes:  mkset("identifier", "shorthand_property_identifier_pattern"),
		exprTypes:   mkset(commonExpr...),
		returnTypes: mkset("return_statement"),
		loopTypes:   mkset("for_statement", "for_in_statement", "while_statement", "do_statement"),
		kwargTypes:  mkset(),
		selfNames:   mkset(),
	}
}

func cLike(name string, g func() *sitter.Language, exts ...string) *language {
	return &language{
		name: name, grammar: g, exts: exts,
		funcTypes:   mkset("function_definition", "lambda_expression"),
		callTypes:   mkset("call_expression"),
		assignTypes: map[string][2]string{"init_declarator": {"declarator", "value"}, "assignment_expression": {"left", "right"}},
		augTypes:    mkset(),
		identTypes:  mkset("identifier"),
		exprTypes:   mkset(commonExpr...),
		returnTypes: mkset("return_statement"),
		loopTypes:   mkset("for_statement", "while_statement", "do_statement"),
		kwargTypes:  mkset(),
		selfNames:   mkset(),
	}
}

// constructCallee names the language constructs the taint engine treats as
// calls (listed in the profiles' callTypes): node type -> callee text used in
// rules. Their operands are the positional arguments.
var constructCallee = map[string]string{
	"echo_statement":           "echo",  // PHP echo a, b;
	"print_intrinsic":          "print", // PHP print a
	"exit_statement":           "exit",  // PHP exit(a) / die(a)
	"shell_command_expression": "`",     // PHP `cmd $a`
	"subshell":                 "`",     // Ruby `cmd #{a}` and %x(...)
}

var langByName = func() map[string]*language {
	m := map[string]*language{}
	for _, l := range languages {
		m[l.name] = l
	}
	return m
}()

var langByExt = func() map[string]*language {
	m := map[string]*language{}
	for _, l := range languages {
		for _, e := range l.exts {
			m[e] = l
		}
	}
	return m
}()

func languageNames() []string {
	out := make([]string, 0, len(languages))
	for _, l := range languages {
		out = append(out, l.name)
	}
	return out
}

// DetectLanguage returns the language name for a file path ("" when none of
// the front ends handles it).
func DetectLanguage(p string) string {
	if l := langByExt[strings.ToLower(path.Ext(p))]; l != nil {
		return l.name
	}
	return ""
}

// isLiteral reports whether n is a constant: a string/number/boolean/null
// node without interpolation, or a concatenation or grouping of such nodes.
func isLiteral(n *sitter.Node) bool {
	if n == nil {
		return false
	}
	t := n.Type()
	switch t {
	case "true", "false", "null", "none", "None", "nil", "undefined", "integer", "float", "number",
		"int_literal", "float_literal", "decimal_integer_literal", "hex_integer_literal", "octal_integer_literal",
		"decimal_floating_point_literal", "number_literal", "char_literal", "character_literal", "imaginary_literal",
		"rune_literal", "boolean", "simple_symbol":
		return true
	case "string", "string_literal", "interpreted_string_literal", "raw_string_literal", "template_string",
		"encapsed_string", "concatenated_string", "string_content", "heredoc", "nowdoc", "raw_string", "character":
		return !hasInterpolation(n)
	case "binary_expression", "binary_operator", "parenthesized_expression", "concatenated_string_literal", "binary":
		cnt := int(n.NamedChildCount())
		if cnt == 0 {
			return false
		}
		for i := 0; i < cnt; i++ {
			c := n.NamedChild(i)
			if c.Type() == "comment" {
				continue
			}
			if !isLiteral(c) {
				return false
			}
		}
		return true
	}
	return false
}

func hasInterpolation(n *sitter.Node) bool {
	cnt := int(n.NamedChildCount())
	for i := 0; i < cnt; i++ {
		c := n.NamedChild(i)
		switch c.Type() {
		case "interpolation", "template_substitution", "variable_name", "simple_variable", "expression",
			"escape_sequence_interpolation", "dynamic_variable_name", "member_access_expression", "subscript_expression":
			return true
		}
		if hasInterpolation(c) {
			return true
		}
	}
	return false
}
