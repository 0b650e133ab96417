package scanner

import (
	"bytes"
	"regexp"
	"strings"
	"vigil/modules/analysis/scanner/ident"

	"vigil/modules/analysis/scanner/dataflow"
	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/tplraw"
)

// Templates written in the code itself. An engine escapes what it prints
// unless the template says otherwise (`<%- bio %>`, `{{ bio|raw }}`,
// `th:utext="${bio}"`); for a template whose text the code holds, the
// render's result carries exactly the data the template prints raw:
// `ejs.render(PROFILE, {bio})` with `const PROFILE = '<p><%- bio %></p>'`
// the data at `bio`, nothing at all when the template only prints
// escaped (the packs make a render's result clean for xss otherwise). The
// finding is where the page goes: res.send, echo, the response body.
//
//   - EJS: `ejs.render(TEMPLATE, data)`, the template a literal or a
//     constant of the file, and `const page = ejs.compile(TEMPLATE)`
//     then `page(data)`.
//   - Twig: `$twig->render('name', [...])` in a file whose
//     `ArrayLoader([... 'name' => '...'])` holds the template.
//   - Thymeleaf: `engine.process(TEMPLATE, ctx)` with a template of markup
//     with th: attributes, or in a file that sets up a
//     StringTemplateResolver; ctx.setVariable("x", v) stores v at x.

// ResultProps implements dataflow.ResultProps for rules of the echo
// kinds: the render of a template the file holds returns what it prints
// raw of its data, so the finding is where the page is sent (or echoed,
// or returned as the response body), as for any other HTML built from
// request data.
func (s *v2Spec) ResultProps(in *ir.Instr) (int, [][]string, bool) {
	if !s.inlineTpl {
		return 0, nil, false
	}
	sk, ok := s.inlineTemplateSink(in)
	if !ok {
		return 0, nil, false
	}
	return sk.Args[0], sk.Props[sk.Args[0]], true
}

// inlineTemplateSink returns what of a render of a template the file
// holds is printed raw (as a sink of its data argument), for rules of the
// echo kinds.
func (s *v2Spec) inlineTemplateSink(in *ir.Instr) (dataflow.Sink, bool) {
	if in.Op != ir.Call || len(in.Args) == 0 {
		return dataflow.Sink{}, false
	}
	if r, ok := s.inlineTpls[in]; ok {
		return r.sink, r.ok
	}
	sk, ok := s.inlineTemplate(in)
	if s.inlineTpls == nil {
		s.inlineTpls = map[*ir.Instr]inlineTplSink{}
	}
	s.inlineTpls[in] = inlineTplSink{sk, ok}
	return sk, ok
}

// inlineTplSink remembers inlineTemplateSink's answer for a call.
type inlineTplSink struct {
	sink dataflow.Sink
	ok   bool
}

func (s *v2Spec) inlineTemplate(in *ir.Instr) (dataflow.Sink, bool) {
	var text string
	var raw *regexp.Regexp
	allRaw, data := false, 1
	switch s.lang {
	case "javascript":
		if in.Callee != "ejs.render" {
			// const page = ejs.compile(TEMPLATE); page(data)
			t, ok := s.compiledTemplate(in)
			if !ok {
				return dataflow.Sink{}, false
			}
			text, raw, data = t, tplraw.EJS, 0
			break
		}
		t, ok := s.templateText(in.Args[0], jsConstRe)
		if !ok {
			return dataflow.Sink{}, false
		}
		text, raw = t, tplraw.EJS
	case "php":
		if !strings.HasSuffix(in.Callee, "->render") || !bytes.Contains(s.src, []byte("ArrayLoader")) {
			return dataflow.Sink{}, false
		}
		c := in.Args[0].Const
		if c.Kind != ir.Str || c.S == "" {
			return dataflow.Sink{}, false
		}
		re := regexp.MustCompile(`['"]` + regexp.QuoteMeta(c.S) + `['"]\s*=>\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")`)
		m := re.FindSubmatch(s.src)
		if m == nil {
			return dataflow.Sink{}, false
		}
		text, raw = string(m[1]), tplraw.Twig
		allRaw = tplraw.TwigAutoescapeOff.MatchString(text)
	case "java":
		if !strings.HasSuffix(in.Callee, ".process") {
			return dataflow.Sink{}, false
		}
		t, ok := s.templateText(in.Args[0], javaConstRe)
		// a string template: the file sets up the resolver, or the text is
		// markup with Thymeleaf attributes (no template name looks so; the
		// resolver may be configured in another file)
		if !ok || !bytes.Contains(s.src, []byte("StringTemplateResolver")) && !thymeleafMarkup.MatchString(t) {
			return dataflow.Sink{}, false
		}
		text, raw = t, tplraw.ThymeleafUtext
	default:
		return dataflow.Sink{}, false
	}
	if data >= len(in.Args) {
		return dataflow.Sink{}, false
	}
	sk := dataflow.Sink{Args: []int{data}, Desc: short(in.Text) + "()"}
	paths, ok := tplraw.Paths(raw, text)
	if allRaw || !ok {
		return sk, true // the data as a whole
	}
	if len(paths) == 0 {
		return dataflow.Sink{}, false
	}
	sk.Props = map[int][][]string{data: paths}
	return sk, true
}

// thymeleafMarkup is template text with an element carrying a Thymeleaf
// attribute.
var thymeleafMarkup = regexp.MustCompile(`<\w[^>]*\sth:\w+\s*=`)

// compiledCall says whether in calls an EJS template compiled in the file.
func (s *v2Spec) compiledCall(in *ir.Instr) bool {
	if in.Op != ir.Call || len(in.Args) == 0 {
		return false
	}
	_, ok := s.compiledTemplate(in)
	return ok
}

// compiledTemplate is the text of the EJS template a called local
// function was compiled from in the file (`const page = ejs.compile(T)`).
func (s *v2Spec) compiledTemplate(in *ir.Instr) (string, bool) {
	name := in.Callee
	if s.lang != "javascript" || !ident.IsJS(name) {
		return "", false
	}
	if s.hasCompile == 0 {
		// looked up once per file: the Sanitizer check asks for every call
		s.hasCompile = 2
		if bytes.Contains(s.src, []byte(".compile(")) {
			s.hasCompile = 1
		}
	}
	if s.hasCompile != 1 {
		return "", false
	}
	if t, ok := s.compiledTpls[name]; ok {
		return t, t != ""
	}
	t, _ := s.findCompiled(name)
	if s.compiledTpls == nil {
		s.compiledTpls = map[string]string{}
	}
	s.compiledTpls[name] = t
	return t, t != ""
}

func (s *v2Spec) findCompiled(name string) (string, bool) {
	re := regexp.MustCompile(`\b(?:const|let|var)\s+` + regexp.QuoteMeta(name) + `\s*=\s*([A-Za-z_$][\w$]*)\.compile\(\s*([A-Za-z_$][\w$]*|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|` + "`[^`$]*`" + `)`)
	ms := re.FindAllSubmatch(s.src, 2)
	if len(ms) != 1 || s.imports[string(ms[0][1])] != "ejs" {
		return "", false
	}
	arg := string(ms[0][2])
	if arg[0] == '\'' || arg[0] == '"' || arg[0] == '`' {
		return arg, true
	}
	return s.templateText(ir.P(ir.Place{Base: arg}), jsConstRe)
}

// jsConstRe and javaConstRe find a constant string of the file by name
// (%s): `const T = '...'`, `static final String T = "..." + "...";`.
const (
	jsConstRe   = `\b(?:const|let|var)\s+%s\s*=\s*((?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|` + "`[^`$]*`" + `)(?:\s*\+\s*(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|` + "`[^`$]*`" + `))*)`
	javaConstRe = `\bString\s+%s\s*=\s*((?:"(?:[^"\\]|\\.)*"|"""[\s\S]*?""")(?:\s*\+\s*"(?:[^"\\]|\\.)*")*)\s*;`
)

// templateText is the text of a template argument: a string constant, or
// a variable the file sets once to string literals (joined by +).
func (s *v2Spec) templateText(a ir.Operand, constRe string) (string, bool) {
	if a.Const.Kind == ir.Str {
		return a.Const.S, true
	}
	if a.IsConst() || a.Place.Base == "" || len(a.Place.Path) > 0 || a.Place.IsTemp() {
		return "", false
	}
	name := a.Place.Base
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:] // a Java class's constant: Page.CARD
	}
	re, err := regexp.Compile(strings.Replace(constRe, "%s", regexp.QuoteMeta(name), 1))
	if err != nil {
		return "", false
	}
	ms := re.FindAllSubmatch(s.src, 2)
	if len(ms) != 1 {
		return "", false // none, or several bindings of the name
	}
	return string(ms[0][1]), true
}
