// Package models holds the dataflow engine's knowledge of libraries and
// frameworks as data: model packs (embedded YAML under packs/, one file per
// framework or standard library) that name sources of untrusted data,
// sinks by kind (sql, command, xss, ...), sanitisers per sink kind (HTML
// escaping does not clean SQL) and propagators (how data moves through
// containers and builders). Names are canonical symbols as the front ends
// resolve them (`flask.request.args`, `subprocess.run`), so aliases and
// fully-qualified spellings match one entry. See packs/README.md.
package models

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

//go:embed packs
var embedded embed.FS

// Pack is one model file.
type Pack struct {
	Name        string       `yaml:"pack"`
	Language    string       `yaml:"language"`
	Description string       `yaml:"description"`
	Sources     []Source     `yaml:"sources"`
	Sinks       []Sink       `yaml:"sinks"`
	Sanitizers  []Sanitizer  `yaml:"sanitizers"`
	Propagators []Propagator `yaml:"propagators"`
	Validators  []Validator  `yaml:"validators"`
	Effects     []Effect     `yaml:"effects"`

	file  string
	lines packLines
}

// packLines are the lines of a pack's entries, for error messages.
type packLines struct {
	language                                                     int
	sources, sinks, sanitizers, propagators, validators, effects []int
}

// Source is untrusted data: an expression (Expr: a place whose canonical
// text matches), a call's result (Call) or the parameters of functions
// carrying a decorator or annotation (Decorator), optionally only for some
// sink kinds (Kinds; empty: every kind).
type Source struct {
	Expr      string `yaml:"expr"`
	Call      string `yaml:"call"`
	Decorator string `yaml:"decorator"`
	// ExceptParam skips parameters whose declaration matches (RE2), e.g.
	// typed numbers or injected dependencies.
	ExceptParam string `yaml:"except-param"`
	// Where (call sources) is an RE2 regex the whole call text must
	// match: `request('name')` is input, `request()` the request object.
	Where string   `yaml:"where"`
	Kinds []string `yaml:"kinds"`
	// ExceptKinds are kinds the source does not feed: route parameters are
	// always strings, so they cannot carry a NoSQL operator object.
	ExceptKinds []string `yaml:"except-kinds"`
	Note        string   `yaml:"note"`

	re, exceptRe, whereRe *regexp.Regexp
}

// Sink is a call whose listed arguments must not receive tainted data of a kind.
type Sink struct {
	Kind   string   `yaml:"kind"`
	Call   string   `yaml:"call"`
	Args   []int    `yaml:"args"`
	Kwargs []string `yaml:"kwargs"`
	// Props narrows listed arguments to property paths ("0.url",
	// "1.options.host"): where such an argument is an object, only data at
	// those properties reaches the sink (see ParseProps).
	Props []string `yaml:"props"`
	// StringsOnly: the sink renders only strings; an argument known to be
	// an object or array (built by a literal) is serialised instead
	// (Express's res.send sends it as JSON).
	StringsOnly bool `yaml:"strings-only"`
	// Receiver: the method call's receiver must not receive tainted data
	// (Ruby's str.html_safe, name.constantize).
	Receiver bool `yaml:"receiver"`
	// ResultCalled: the call is a sink only where the function then calls
	// a method on its result (`params[:t].constantize.new`, or through a
	// local: `k = x.constantize; k.find(id)`). A class looked up by name
	// does nothing until the program calls it; handed to another function
	// (which may check what it is) it is that function's business.
	ResultCalled bool `yaml:"result-called"`
	// Where is an RE2 regex the whole call text must match.
	Where string `yaml:"where"`
	// NotWhere is an RE2 regex the whole call text must not match (a
	// response whose headers argument names a Content-Type that is not HTML).
	NotWhere string `yaml:"not-where"`
	// NotInFunction is an RE2 regex: the call is no sink in a function
	// whose text matches it (a servlet that answers text/plain).
	NotInFunction string `yaml:"not-in-function"`
	// NotInFile is an RE2 regex: the call is no sink in a file whose text
	// matches it (a controller class that produces JSON for every method).
	NotInFile string `yaml:"not-in-file"`
	Note      string `yaml:"note"`

	re, whereRe, notWhereRe, notInFuncRe, notInFileRe *regexp.Regexp
	props                                             map[int][][]string
}

// Sanitizer is a call whose result is clean for the listed sink kinds
// (empty: every kind), or an assignment (Assign: a place pattern) that
// stores nothing of those kinds: setting only the query or fragment of a
// URL (`u.search = ...`) does not change where it points.
type Sanitizer struct {
	Call   string   `yaml:"call"`
	Assign string   `yaml:"assign"`
	Kinds  []string `yaml:"kinds"`
	// Where is an RE2 regex the call text must match
	// (`s.replace("<", "&lt;")` escapes, other replace calls do not).
	Where string `yaml:"where"`
	// Receiver: the call hardens the object it is called on, which is
	// clean for these kinds from then on on that path
	// (`dbf.setFeature(DISALLOW_DOCTYPE, true)` before `parse`).
	Receiver bool `yaml:"receiver"`
	// QuotesOnly: the call escapes quotes and cleans a value only between
	// quotes in the text it is put into (mysqli_real_escape_string); where
	// the file puts its result unquoted in SQL (`WHERE id = $id`, `LIMIT
	// $n`), it is no sanitiser.
	QuotesOnly bool   `yaml:"quotes-only"`
	Note       string `yaml:"note"`

	re, whereRe *regexp.Regexp
}

// Propagator says how a method or function moves data (see the To values).
type Propagator struct {
	// Method matches the last segment of a method call (`append`).
	Method string `yaml:"method"`
	// Call matches a canonical callee instead.
	Call string `yaml:"call"`
	// To is receiver (arguments flow into the receiver's elements),
	// from-key (result is the receiver's element at the constant key in
	// the first argument), put-key (second argument stored at that key).
	To string `yaml:"to"`

	re *regexp.Regexp
}

// Effect is a call that does what an object built earlier was built for:
// it sends the request, runs the process, deletes or opens the file. A
// sink of its kind that only builds such an object (`new File(p)`,
// `new ProcessBuilder(cmd)`, `curl_setopt($ch, CURLOPT_URL, $u)`) is
// reported at the first effect call of the same function that takes the
// object (as receiver or argument, directly or through a local or a call
// chain on it), where the harm happens; else at the sink itself.
type Effect struct {
	Kind string `yaml:"kind"`
	Call string `yaml:"call"`
	Note string `yaml:"note"`

	re *regexp.Regexp
}

// Re is the effect's callee pattern.
func (e *Effect) Re() *regexp.Regexp { return e.re }

// Validator is a check that, as a branch condition, proves one argument
// clean for some sink kinds on one edge: `if !strings.HasPrefix(p, base)
// { return }` leaves p checked on the path that goes on.
type Validator struct {
	Call string `yaml:"call"`
	// Arg is the checked argument (0-based).
	Arg int `yaml:"arg"`
	// When is the check's result on the edge where the argument passed:
	// true (the default) or false (`strings.Contains(p, "..")`).
	When  string   `yaml:"when"`
	Kinds []string `yaml:"kinds"`
	// Receiver: the method call's receiver is the checked value, not an
	// argument (Java's `p.startsWith(base)`); a receiver made by calls
	// without arguments (`f.getCanonicalPath().startsWith(base)`) checks
	// the variable they were called on.
	Receiver bool `yaml:"receiver"`
	// InFile is an RE2 regex the file must match for the check to count
	// (a prefix check proves a path only where paths are canonicalised).
	InFile string `yaml:"in-file"`
	// Where is an RE2 regex the call text must match: the same function
	// checks opposite things with different constants
	// (`strings.HasPrefix(p, base)` keeps p in, `strings.HasPrefix(rel,
	// "..")` finds it outside), so a validator may name its constant
	// (`filter_var($x, FILTER_VALIDATE_INT)`, not any filter).
	Where string `yaml:"where"`
	Note  string `yaml:"note"`

	re, inFileRe, whereRe *regexp.Regexp
}

// WhereRe is the validator's call-text condition (nil: none).
func (v *Validator) WhereRe() *regexp.Regexp { return v.whereRe }

// Matches reports whether a validator's pattern matches a callee.
func (v *Validator) Matches(callee string) bool { return v.re.MatchString(callee) }

// OnTrue reports whether the argument passed where the check is true.
func (v *Validator) OnTrue() bool { return v.When != "false" }

// InFileRe is the compiled in-file regex, or nil.
func (v *Validator) InFileRe() *regexp.Regexp { return v.inFileRe }

// Set is the packs in force for a scan, by language.
type Set struct {
	packs []*Pack
}

// Builtin returns the embedded packs.
func Builtin() (*Set, error) { return Load(embedded, "packs") }

// LoadDir loads packs from a directory on disk (`--models DIR`); errors
// name the files as DIR/file.yml.
func LoadDir(dir string) (*Set, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("models: %s: %w", dir, err)
	}
	st, err := os.Stat(abs)
	if err != nil {
		return nil, fmt.Errorf("models: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("models: %s: not a directory", dir)
	}
	return load(os.DirFS(abs), ".", func(p string) string { return filepath.Join(dir, filepath.FromSlash(p)) })
}

// Load parses and validates every *.yml / *.yaml pack under dir in fsys.
func Load(fsys fs.FS, dir string) (*Set, error) {
	return load(fsys, dir, func(p string) string { return p })
}

func load(fsys fs.FS, dir string, name func(string) string) (*Set, error) {
	set := &Set{}
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if pe := (*fs.PathError)(nil); p == dir && errors.As(err, &pe) {
				return fmt.Errorf("models: %s: %w", name(p), pe.Err)
			}
			return err
		}
		if d.IsDir() || !(strings.HasSuffix(p, ".yml") || strings.HasSuffix(p, ".yaml")) {
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		pk, err := Parse(data)
		if err != nil {
			return fmt.Errorf("models: %s: %w", name(p), err)
		}
		pk.file = name(p)
		set.packs = append(set.packs, pk)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(set.packs, func(i, j int) bool { return set.packs[i].Name < set.packs[j].Name })
	return set, nil
}

// Merge returns a set with the packs of both (user packs add to built-in ones).
func (s *Set) Merge(o *Set) *Set {
	if o == nil {
		return s
	}
	return &Set{packs: append(append([]*Pack(nil), s.packs...), o.packs...)}
}

// NewSet returns a set of the given packs.
func NewSet(packs ...*Pack) *Set { return &Set{packs: packs} }

// Packs returns the packs of the set.
func (s *Set) Packs() []*Pack { return s.packs }

// File is where the pack was loaded from (as LoadDir or Load named it).
func (p *Pack) File() string { return p.file }

// CheckLanguages reports the first pack whose language known rejects,
// naming its file and line: a user pack for a language Vigil does not
// analyse would otherwise be ignored without a word.
func (s *Set) CheckLanguages(known func(string) bool, list string) error {
	for _, pk := range s.packs {
		if !known(pk.Language) {
			return fmt.Errorf("models: %s: line %d: language %q: not a language the dataflow engine analyses (one of: %s)",
				pk.file, pk.lines.language, pk.Language, list)
		}
	}
	return nil
}

// Parse decodes and validates one pack.
//
// Errors name the line of the entry at fault: "line 12: sink 3: call and
// kind are required".
func Parse(data []byte) (*Pack, error) {
	var pk Pack
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&pk); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("empty pack: pack and language are required")
		}
		// yaml's own messages already carry "line N"
		return nil, fmt.Errorf("%s", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	pk.lines = linesOf(data)
	if pk.Name == "" || pk.Language == "" {
		return nil, fmt.Errorf("line 1: pack and language are required")
	}
	var err error
	at := func(lines []int, i int, e error) error {
		line := 0
		if i < len(lines) {
			line = lines[i]
		}
		return fmt.Errorf("line %d: %w", line, e)
	}
	for i := range pk.Sources {
		s := &pk.Sources[i]
		n := 0
		for _, v := range []string{s.Expr, s.Call, s.Decorator} {
			if v != "" {
				n++
			}
		}
		if n != 1 {
			return nil, at(pk.lines.sources, i, fmt.Errorf("source %d: exactly one of expr, call, decorator", i))
		}
		if s.re, err = Glob(s.Expr + s.Call + s.Decorator); err != nil {
			return nil, at(pk.lines.sources, i, fmt.Errorf("source %d: %w", i, err))
		}
		if s.Where != "" {
			if s.Call == "" {
				return nil, fmt.Errorf("source %d: where applies to call sources only", i)
			}
			if s.whereRe, err = regexp.Compile(s.Where); err != nil {
				return nil, fmt.Errorf("source %d: where: %w", i, err)
			}
		}
		if s.ExceptParam != "" {
			if s.exceptRe, err = regexp.Compile(s.ExceptParam); err != nil {
				return nil, at(pk.lines.sources, i, fmt.Errorf("source %d: except-param: %w", i, err))
			}
		}
		if err := checkKinds(s.Kinds); err != nil {
			return nil, at(pk.lines.sources, i, fmt.Errorf("source %d: %w", i, err))
		}
		if err := checkKinds(s.ExceptKinds); err != nil {
			return nil, at(pk.lines.sources, i, fmt.Errorf("source %d: except-kinds: %w", i, err))
		}
		if len(s.Kinds) > 0 && len(s.ExceptKinds) > 0 {
			return nil, at(pk.lines.sources, i, fmt.Errorf("source %d: kinds and except-kinds exclude each other", i))
		}
	}
	for i := range pk.Sinks {
		s := &pk.Sinks[i]
		if s.Call == "" || s.Kind == "" {
			return nil, at(pk.lines.sinks, i, fmt.Errorf("sink %d: call and kind are required", i))
		}
		if err := checkKinds([]string{s.Kind}); err != nil {
			return nil, at(pk.lines.sinks, i, fmt.Errorf("sink %d: %w", i, err))
		}
		if s.re, err = Glob(s.Call); err != nil {
			return nil, at(pk.lines.sinks, i, fmt.Errorf("sink %d: %w", i, err))
		}
		if s.Where != "" {
			if s.whereRe, err = regexp.Compile(s.Where); err != nil {
				return nil, at(pk.lines.sinks, i, fmt.Errorf("sink %d: where: %w", i, err))
			}
		}
		if s.NotWhere != "" {
			if s.notWhereRe, err = regexp.Compile(s.NotWhere); err != nil {
				return nil, at(pk.lines.sinks, i, fmt.Errorf("sink %d: not-where: %w", i, err))
			}
		}
		if s.props, err = ParseProps(s.Args, s.Props); err != nil {
			return nil, at(pk.lines.sinks, i, fmt.Errorf("sink %d: %w", i, err))
		}
		if s.NotInFunction != "" {
			if s.notInFuncRe, err = regexp.Compile(s.NotInFunction); err != nil {
				return nil, at(pk.lines.sinks, i, fmt.Errorf("sink %d: not-in-function: %w", i, err))
			}
		}
		if s.NotInFile != "" {
			if s.notInFileRe, err = regexp.Compile(s.NotInFile); err != nil {
				return nil, at(pk.lines.sinks, i, fmt.Errorf("sink %d: not-in-file: %w", i, err))
			}
		}
	}
	for i := range pk.Sanitizers {
		s := &pk.Sanitizers[i]
		if (s.Call == "") == (s.Assign == "") {
			return nil, at(pk.lines.sanitizers, i, fmt.Errorf("sanitizer %d: exactly one of call, assign", i))
		}
		if err := checkKinds(s.Kinds); err != nil {
			return nil, at(pk.lines.sanitizers, i, fmt.Errorf("sanitizer %d: %w", i, err))
		}
		if s.re, err = Glob(s.Call + s.Assign); err != nil {
			return nil, at(pk.lines.sanitizers, i, fmt.Errorf("sanitizer %d: %w", i, err))
		}
		if s.Where != "" {
			if s.whereRe, err = regexp.Compile(s.Where); err != nil {
				return nil, at(pk.lines.sanitizers, i, fmt.Errorf("sanitizer %d: where: %w", i, err))
			}
		}
	}
	for i := range pk.Propagators {
		p := &pk.Propagators[i]
		if (p.Method == "") == (p.Call == "") {
			return nil, at(pk.lines.propagators, i, fmt.Errorf("propagator %d: exactly one of method, call", i))
		}
		switch p.To {
		case "receiver", "from-key", "put-key":
		default:
			return nil, at(pk.lines.propagators, i, fmt.Errorf("propagator %d: to must be receiver, from-key or put-key, not %q", i, p.To))
		}
		if p.Call != "" {
			if p.re, err = Glob(p.Call); err != nil {
				return nil, at(pk.lines.propagators, i, fmt.Errorf("propagator %d: %w", i, err))
			}
		}
	}
	for i := range pk.Effects {
		e := &pk.Effects[i]
		if e.Call == "" || e.Kind == "" {
			return nil, at(pk.lines.effects, i, fmt.Errorf("effect %d: call and kind are required", i))
		}
		if err := checkKinds([]string{e.Kind}); err != nil {
			return nil, at(pk.lines.effects, i, fmt.Errorf("effect %d: %w", i, err))
		}
		if e.re, err = Glob(e.Call); err != nil {
			return nil, at(pk.lines.effects, i, fmt.Errorf("effect %d: %w", i, err))
		}
	}
	for i := range pk.Validators {
		v := &pk.Validators[i]
		if v.Call == "" || v.Arg < 0 {
			return nil, at(pk.lines.validators, i, fmt.Errorf("validator %d: call is required, arg must not be negative", i))
		}
		if v.When != "" && v.When != "true" && v.When != "false" {
			return nil, at(pk.lines.validators, i, fmt.Errorf("validator %d: when must be true or false, not %q", i, v.When))
		}
		if err := checkKinds(v.Kinds); err != nil {
			return nil, at(pk.lines.validators, i, fmt.Errorf("validator %d: %w", i, err))
		}
		if v.re, err = Glob(v.Call); err != nil {
			return nil, at(pk.lines.validators, i, fmt.Errorf("validator %d: %w", i, err))
		}
		if v.InFile != "" {
			if v.inFileRe, err = regexp.Compile(v.InFile); err != nil {
				return nil, at(pk.lines.validators, i, fmt.Errorf("validator %d: in-file: %w", i, err))
			}
		}
		if v.Where != "" {
			if v.whereRe, err = regexp.Compile(v.Where); err != nil {
				return nil, at(pk.lines.validators, i, fmt.Errorf("validator %d: where: %w", i, err))
			}
		}
	}
	return &pk, nil
}

// ParseProps parses a sink's property positions: each "N.name[.name...]"
// names a property path of positional argument N, which args must list.
// The result maps an argument to its property paths (nil without any).
func ParseProps(args []int, props []string) (map[int][][]string, error) {
	if len(props) == 0 {
		return nil, nil
	}
	out := map[int][][]string{}
	for _, p := range props {
		parts := strings.Split(p, ".")
		n, err := strconv.Atoi(parts[0])
		if err != nil || n < 0 || len(parts) < 2 {
			return nil, fmt.Errorf("props: %q is not ARG.property (e.g. 0.url)", p)
		}
		for _, name := range parts[1:] {
			if name == "" {
				return nil, fmt.Errorf("props: %q has an empty property name", p)
			}
		}
		if !slices.Contains(args, n) {
			return nil, fmt.Errorf("props: %q names argument %d, which args does not list", p, n)
		}
		out[n] = append(out[n], parts[1:])
	}
	return out, nil
}

// linesOf finds the line of the language key and of each entry of the
// lists (data has already decoded without error).
func linesOf(data []byte) packLines {
	var out packLines
	var doc yaml.Node
	if yaml.Unmarshal(data, &doc) != nil || len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return out
	}
	m := doc.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		var dst *[]int
		switch k.Value {
		case "language":
			out.language = k.Line
			continue
		case "sources":
			dst = &out.sources
		case "sinks":
			dst = &out.sinks
		case "sanitizers":
			dst = &out.sanitizers
		case "propagators":
			dst = &out.propagators
		case "validators":
			dst = &out.validators
		case "effects":
			dst = &out.effects
		default:
			continue
		}
		for _, e := range v.Content {
			*dst = append(*dst, e.Line)
		}
	}
	return out
}

// Kinds are the sink kinds models and rules speak of.
var Kinds = []string{"sql", "command", "code", "path", "ssrf", "xss", "template", "redirect",
	"deserialization", "xpath", "ldap", "regex", "nosql", "header", "log", "xxe", "mail", "trust"}

func checkKinds(ks []string) error {
	for _, k := range ks {
		ok := false
		for _, known := range Kinds {
			if k == known {
				ok = true
			}
		}
		if !ok {
			return fmt.Errorf("unknown kind %q (known: %s)", k, strings.Join(Kinds, ", "))
		}
	}
	return nil
}

// cweKinds maps the CWE classes of injection rules to sink kinds.
var cweKinds = map[string]string{
	"CWE-89": "sql", "CWE-564": "sql", "CWE-78": "command", "CWE-77": "command", "CWE-88": "command",
	"CWE-95": "code", "CWE-98": "path", "CWE-22": "path", "CWE-23": "path", "CWE-73": "path",
	"CWE-918": "ssrf", "CWE-79": "xss", "CWE-80": "xss", "CWE-1336": "template", "CWE-601": "redirect",
	"CWE-502": "deserialization", "CWE-643": "xpath", "CWE-90": "ldap", "CWE-1333": "regex", "CWE-730": "regex",
	"CWE-943": "nosql", "CWE-113": "header", "CWE-117": "log", "CWE-611": "xxe",
	"CWE-501": "trust", // request data stored as trusted state (the session)
}

// KindsForCWE returns the sink kinds of a rule's CWE list, in order.
func KindsForCWE(cwes []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range cwes {
		if k, ok := cweKinds[c]; ok && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// Glob compiles a callee pattern as the rules write them: `*` matches any
// run of characters, a leading `*.` also matches the bare name, and `re:`
// starts an anchored RE2 regex.
func Glob(p string) (*regexp.Regexp, error) {
	if strings.HasPrefix(p, "re:") {
		return regexp.Compile("^(?:" + p[3:] + ")$")
	}
	var sb strings.Builder
	sb.WriteString("^")
	rest := p
	if strings.HasPrefix(rest, "*.") {
		sb.WriteString("(?:.*\\.)?")
		rest = rest[2:]
	}
	for i, part := range strings.Split(rest, "*") {
		if i > 0 {
			sb.WriteString(".*")
		}
		sb.WriteString(regexp.QuoteMeta(part))
	}
	sb.WriteString("$")
	return regexp.Compile(sb.String())
}

// allExcepted reports whether every one of a rule's kinds is in except
// (a rule without kinds is never excluded).
func allExcepted(except []string, kinds []string) bool {
	if len(except) == 0 || len(kinds) == 0 {
		return false
	}
	for _, k := range kinds {
		if !slices.Contains(except, k) {
			return false
		}
	}
	return true
}

func hasKind(list []string, kinds []string) bool {
	if len(list) == 0 {
		return true
	}
	for _, k := range list {
		for _, want := range kinds {
			if k == want {
				return true
			}
		}
	}
	return false
}
