package scanner

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	sitter "github.com/smacker/go-tree-sitter"

	"vigil/modules/analysis/scanner/dataflow"
	"vigil/modules/analysis/scanner/ident"
	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/lang/javascript"
	"vigil/modules/analysis/scanner/lang/python"
	"vigil/modules/analysis/scanner/models"
)

// Scanner v2's seam: for the languages listed in engineV2, taint rules run
// on the dataflow engine (front end → IR → dataflow, with the model packs)
// instead of the source-order walk of taint.go. A rule is then its sink
// kinds (from its CWE) plus its own sources, sinks and sanitisers plus the
// packs' for those kinds. Findings, traces and summaries keep the shapes
// the rest of the scanner (cross-file pass, reports) expects.

// engineV2 lists the languages whose taint rules run on the new engine
// (remove one to fall back to the source-order walk).
// Other languages plug in by adding a front end (scanner/lang/<name>: a
// Lower(path, syntax.Node, src) *ir.Module) to lowerers and naming them here.
var engineV2 = map[string]bool{"python": true, "javascript": true, "typescript": true, "tsx": true}

// typedCallees are the languages whose front end resolves a method call
// through its receiver's declared type (Java; Python's receiver types,
// lang/python/types.go): there a model sink that names the call's
// canonical symbol applies even when a rule sink matches the text as
// written and its conditions turn the call down (`self.conn.search(...)`
// on an ldap3 Connection, which the rule's `conn.search` where misses).
var typedCallees = map[string]bool{"python": true} // Python: pyTypedCallee

// v2Budget bounds each function's fixpoint (0: the engine's default);
// tests lower it.
var v2Budget = 0

// lowerers are the front ends of the new engine, by language.
var lowerers = map[string]func(path string, root *tnode, src []byte) *ir.Module{
	"python":     func(path string, root *tnode, src []byte) *ir.Module { return python.Lower(path, root, src) },
	"javascript": lowerJS,
	"typescript": lowerJS,
	"tsx":        lowerJS,
}

func lowerJS(path string, root *tnode, src []byte) *ir.Module {
	return javascript.Lower(path, root, src)
}

var (
	modelsOnce sync.Once
	modelSet   *models.Set
	modelErr   error
)

// builtinModels loads the embedded model packs once (they are validated by
// TestModelPacksLoad, so an error here is a build defect, reported as the
// scan's error rather than a crash).
func builtinModels() (*models.Set, error) {
	modelsOnce.Do(func() {
		modelSet, modelErr = models.Builtin()
		if modelErr != nil {
			modelErr = fmt.Errorf("built-in model packs: %w", modelErr)
		}
	})
	return modelSet, modelErr
}

// v2Models is the model packs of one scan (built-in plus the user's, see
// Options.Models and Config.Models) and the rules' views of them, built on
// first use. It lives as long as the scan: nothing outlives it (user rules
// and packs of a server's many scans are not kept).
type v2Models struct {
	set   *models.Set
	user  *models.Set // the user's packs alone (nil: none)
	mu    sync.Mutex
	views map[viewKey]*ruleModels
	evals map[string]*evalSet // evaluating calls by language (taint_v2_eval.go)

	// callee numbers the distinct callees of the scan's files (see
	// ruleModels.facts), apart for each language: one copy of each
	// callee's names per scan, and numbers as dense as the calls of the
	// language's files (a rule's facts and a language's evaluators are
	// indexed by them: numbered across all languages, every rule's table
	// grew with the callees of the whole tree)
	calleeMu sync.RWMutex
	callee   map[string]map[calleeKey]int32
}

// calleeKey is a call as the rules' callee patterns and propagators see
// it: the callee as written, its canonical name and whether it has a
// receiver (a propagator matches a method by the callee's last name).
type calleeKey struct {
	text, canon string
	recv        bool
}

func keyOfCall(in *ir.Instr) calleeKey {
	return calleeKey{in.Text, in.Callee, in.Recv != nil}
}

// calleeID returns the scan's number for a callee of a file of language
// lang (the language of the views and evaluators that use it).
func (vm *v2Models) calleeID(lang string, k calleeKey) int32 {
	vm.calleeMu.RLock()
	id, ok := vm.callee[lang][k]
	vm.calleeMu.RUnlock()
	if ok {
		return id
	}
	vm.calleeMu.Lock()
	defer vm.calleeMu.Unlock()
	ids := vm.callee[lang]
	if id, ok := ids[k]; ok {
		return id
	}
	if ids == nil {
		if vm.callee == nil {
			vm.callee = map[string]map[calleeKey]int32{}
		}
		ids = map[calleeKey]int32{}
		vm.callee[lang] = ids
	}
	id = int32(len(ids))
	// copies: the names may share memory with a file's IR, which goes
	// when the file is done
	ids[calleeKey{strings.Clone(k.text), strings.Clone(k.canon), k.recv}] = id
	return id
}

type viewKey struct {
	r    *Rule
	lang string
}

func newV2Models(set *models.Set) *v2Models {
	return &v2Models{set: set, views: map[viewKey]*ruleModels{}}
}

// defaultV2Models is the built-in packs alone, for an analysis outside a
// scan (tests); the views are built again for each call.
func defaultV2Models() (*v2Models, error) {
	set, err := builtinModels()
	if err != nil {
		return nil, err
	}
	return newV2Models(set), nil
}

// v2Languages is the languages a model pack may name: those of the
// dataflow engine's front ends (TypeScript and TSX use JavaScript's packs).
func v2Languages() []string {
	var out []string
	for l := range lowerers {
		if packLanguage(l) == l {
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return out
}

// CheckModels loads the packs of directories as a scan with
// Options.Models would, and returns the first error (file, line, what is
// wrong): what `vigil scan --models` checks before it starts.
func CheckModels(dirs []string) error {
	_, err := scanModels(nil, Options{Models: dirs}, &Config{})
	return err
}

// scanModels builds a scan's model set: the built-in packs, the packs in
// the directories of opts.Models (on disk, as given to --models) and those
// of the configuration's models: list (directories inside the scanned
// tree). A pack that does not load fails the scan, naming its file and line.
func scanModels(fsys fs.FS, opts Options, cfg *Config) (*v2Models, error) {
	set, err := builtinModels()
	if err != nil {
		return nil, err
	}
	var user []*models.Set
	for _, dir := range opts.Models {
		u, err := models.LoadDir(dir)
		if err != nil {
			return nil, err
		}
		user = append(user, u)
	}
	for _, dir := range cfg.Models {
		u, err := models.Load(fsys, path.Clean(dir))
		if err != nil {
			return nil, fmt.Errorf(".vigil.yml: %w", err)
		}
		user = append(user, u)
	}
	langs := v2Languages()
	known := func(l string) bool { return slices.Contains(langs, l) }
	var all *models.Set
	for _, u := range user {
		if err := u.CheckLanguages(known, strings.Join(langs, ", ")); err != nil {
			return nil, err
		}
		set = set.Merge(u)
		if all == nil {
			all = u
		} else {
			all = all.Merge(u)
		}
	}
	vm := newV2Models(set)
	vm.user = all
	return vm, nil
}

// ruleModels is a rule's model view plus what lets the engine reject most
// places quickly: the first names every `expr` source starts with.
type ruleModels struct {
	rule       *Rule
	lang       string
	view       *models.View
	heads      map[string]bool // nil: some source may start with anything
	decorators bool            // some source is the parameters of decorated functions

	// callee matchers per question; sinks lists rule sinks, then model sinks
	srcCalls, sans, sinks *calleeMatcher

	// the packs' sources (built-in and the user's) that no keyword of the
	// rule's own sources covers: what a file must hold for one of them to
	// match (srcAny: some source may match without); decorators are left
	// to v2SourceHint's route check
	srcConds []srcCond
	srcAny   bool
	// srcWhere holds, by srcCalls index, the call-text condition of a
	// model source (nil: none)
	srcWhere []*regexp.Regexp
	// exprFns and srcFns answer, by index of rule.Taint.Sources and of
	// view.Sources, whether the source's expression (or decorator)
	// pattern matches a name: calleeFunc of its regexp (nil: none)
	exprFns, srcFns []func(string) bool

	// facts remembers what each callee of the scan is to the rule, by
	// the scan's callee number (v2Models.calleeID): files share most
	// callees, so each is matched against the rule's patterns once per
	// scan instead of once per file
	factsMu sync.RWMutex
	facts   []*callFacts
}

// calleeMatcher matches a callee against many patterns, trying only those
// that can match its last name segment (and those that could match any).
type calleeMatcher struct {
	res   []*regexp.Regexp
	fns   []func(string) bool // by index of res: calleeFunc(res[i])
	bySeg map[string][]int
	any   []int
}

func newCalleeMatcher(pats []string, res []*regexp.Regexp) *calleeMatcher {
	m := &calleeMatcher{bySeg: map[string][]int{}}
	for i, re := range res {
		if re == nil {
			continue
		}
		m.res, m.fns = append(m.res, re), append(m.fns, calleeFunc(re))
		idx := len(m.res) - 1
		p := pats[i]
		seg := lastSegment(p)
		if strings.HasPrefix(p, "re:") || strings.ContainsAny(seg, "*()[]") || seg == "" {
			m.any = append(m.any, idx)
			continue
		}
		m.bySeg[seg] = append(m.bySeg[seg], idx)
	}
	return m
}

// match returns the indexes (in the order given) of the patterns matching
// the callee as written or its canonical name.
func (m *calleeMatcher) match(text, canon string) []int {
	var out []int
	try := func(list []int) {
		for _, i := range list {
			if f := m.fns[i]; f(text) || canon != text && f(canon) {
				out = append(out, i)
			}
		}
	}
	try(m.bySeg[lastSegment(text)])
	if c := lastSegment(canon); c != lastSegment(text) {
		try(m.bySeg[c])
	}
	try(m.any)
	if len(out) > 1 {
		sort.Ints(out)
		out = slices.Compact(out)
	}
	return out
}

// neverRe matches nothing: a matcher slot that must not match a callee.
var neverRe = regexp.MustCompile(`[^\s\S]`)

// view returns a rule's models for a language, built once per scan.
func (vm *v2Models) view(r *Rule, lang string) *ruleModels {
	key := viewKey{r, lang}
	vm.mu.Lock()
	defer vm.mu.Unlock()
	if rm := vm.views[key]; rm != nil {
		return rm
	}
	rm := &ruleModels{view: vm.set.For(packLanguage(lang), models.KindsForCWE(r.CWE)), heads: map[string]bool{}}
	rm.rule, rm.lang = r, lang
	if r.Taint.OwnSinks || r.Taint.OwnSources {
		v := *rm.view
		if r.Taint.OwnSinks {
			v.Sinks = nil
		}
		if r.Taint.OwnSources {
			v.Sources = nil
		}
		rm.view = &v
	}
	own := taintKeywords(r)
	for _, src := range rm.view.Sources {
		p := src.Expr + src.Call
		if src.IsDecorator() || ownKeywordCovers(own, p) {
			continue
		}
		words, start, ok := sourceWords(p)
		if !ok {
			rm.srcAny = true
			continue
		}
		c := srcCond{words: words, owner: ownerWords(p), start: start}
		if !slices.ContainsFunc(rm.srcConds, func(o srcCond) bool {
			return slices.Equal(o.words, c.words) && slices.Equal(o.owner, c.owner) && o.start == c.start
		}) {
			rm.srcConds = append(rm.srcConds, c)
		}
	}
	addHead := func(p string) {
		if rm.heads == nil {
			return
		}
		if strings.HasPrefix(p, "re:") || strings.HasPrefix(p, "*") {
			rm.heads = nil
			return
		}
		rm.heads[headOf(p)] = true
	}
	for _, src := range r.Taint.Sources {
		if src.Expr != "" {
			addHead(src.Expr)
		}
	}
	for _, src := range rm.view.Sources {
		if src.IsExpr() {
			addHead(src.Expr)
		}
		if src.IsDecorator() {
			rm.decorators = true
		}
	}
	var srcP, sanP, sinkP []string
	var srcR, sanR, sinkR []*regexp.Regexp
	for i := range r.Taint.Sources {
		if r.Taint.Sources[i].callRe != nil {
			srcP, srcR = append(srcP, r.Taint.Sources[i].Call), append(srcR, r.Taint.Sources[i].callRe)
			rm.srcWhere = append(rm.srcWhere, nil)
		}
	}
	for i := range rm.view.Sources {
		if ms := &rm.view.Sources[i]; ms.IsCall() {
			srcP, srcR = append(srcP, ms.Call), append(srcR, ms.Re())
			rm.srcWhere = append(rm.srcWhere, ms.WhereRe())
		}
	}
	for i := range r.Taint.Sanitizers {
		sanP, sanR = append(sanP, r.Taint.Sanitizers[i].Call), append(sanR, r.Taint.Sanitizers[i].callRe)
	}
	for i := range rm.view.Sanitizers {
		if rm.view.Sanitizers[i].IsAssign() {
			// CleanAssign asks these; the slot keeps model indexes lined up
			sanP, sanR = append(sanP, "\x00assign"), append(sanR, neverRe)
			continue
		}
		sanP, sanR = append(sanP, rm.view.Sanitizers[i].Call), append(sanR, rm.view.Sanitizers[i].Re())
	}
	for i := range r.Taint.Sinks {
		// assignment sinks keep their slot (nil pattern) so indexes line up
		sinkP, sinkR = append(sinkP, r.Taint.Sinks[i].Call), append(sinkR, r.Taint.Sinks[i].callRe)
	}
	for i := range rm.view.Sinks {
		sinkP, sinkR = append(sinkP, rm.view.Sinks[i].Call), append(sinkR, rm.view.Sinks[i].Re())
	}
	rm.srcCalls, rm.sans = newCalleeMatcher(srcP, srcR), newCalleeMatcher(sanP, sanR)
	rm.exprFns = make([]func(string) bool, len(r.Taint.Sources))
	for i := range r.Taint.Sources {
		if re := r.Taint.Sources[i].exprRe; re != nil {
			rm.exprFns[i] = calleeFunc(re)
		}
	}
	rm.srcFns = make([]func(string) bool, len(rm.view.Sources))
	for i := range rm.view.Sources {
		rm.srcFns[i] = calleeFunc(rm.view.Sources[i].Re())
	}
	rm.sinks = &calleeMatcher{bySeg: map[string][]int{}}
	for i, re := range sinkR {
		// keep sink indexes: a nil pattern still takes its slot
		rm.sinks.res, rm.sinks.fns = append(rm.sinks.res, re), append(rm.sinks.fns, calleeFunc(re))
		if re == nil {
			continue
		}
		seg := lastSegment(sinkP[i])
		if strings.HasPrefix(sinkP[i], "re:") || strings.ContainsAny(seg, "*()[]") || seg == "" {
			rm.sinks.any = append(rm.sinks.any, i)
		} else {
			rm.sinks.bySeg[seg] = append(rm.sinks.bySeg[seg], i)
		}
	}
	vm.views[key] = rm
	return rm
}

// sourceWord is a word a file must hold for a source pattern to match it:
// the pattern's last name before any wildcard ("get_input" of
// "mylib.get_input", "params" of "myapp.ctx.params*"); "" when there is
// none (a regex, a leading wildcard).
func sourceWord(p string) string {
	if strings.HasPrefix(p, "re:") {
		return ""
	}
	if i := strings.IndexByte(p, '*'); i >= 0 {
		p = p[:i]
	}
	p = strings.TrimRight(p, ".")
	if i := strings.LastIndexByte(p, '.'); i >= 0 {
		p = p[i+1:]
	}
	return p
}

// packLanguage is the language whose model packs apply: TypeScript and
// TSX share JavaScript's.
func packLanguage(lang string) string {
	if lang == "typescript" || lang == "tsx" {
		return "javascript"
	}
	return lang
}

// headOf is the first name of a dotted text: "request" of "request.args[...]".
func headOf(s string) string {
	if i := strings.IndexAny(s, ".[(*"); i >= 0 {
		return s[:i]
	}
	return s
}

// taintFile is one file as a scan's taint rules see it. For the dataflow
// engine it holds the file's IR, lowered once for all the rules (in the
// per-file pass and again, once, in each cross-file analysis of the file),
// and what the prefilters ask of every rule, computed once; it is dropped
// with the file.
type taintFile struct {
	lang   *language
	root   *tnode // nil until the tree is copied
	src    []byte
	path   string
	models *v2Models

	mod   *ir.Module
	calls [][2]string // the distinct callees of mod: as written, canonical
	// exported: the functions other files call (the cross-file pass's
	// wanted; "*": any)
	exported map[string]bool

	aliasDone  bool
	aliasWords map[string]bool // the words of the file's `import ... as ...` lines
	holdsWord  map[string]bool // holds' answers (rules share their packs' source words)
	holdsStart map[string]bool // holdsAt's answers for words at a name's start
	routeDone  bool
	route      bool // the file has a route decorator

	// What the dataflow engine asks of the file alone, worked out once
	// for all its rules (and kept with the file between the cross-file
	// pass's analyses of it): the file's distinct callees numbered
	// (callNum), the callees of functions passed as arguments
	// (callbackOf), its own HTML escapers (escaperFuncs).
	callIdx   map[*ir.Instr]int32
	callNums  map[calleeKey]int32
	callIDs   []int32 // by the file's callee number: the scan's for the language (v2Models.calleeID)
	callbacks map[*ir.Func]string
	escDone   bool
	escapers  map[string]bool
}

// holds reports whether the file's text holds a word, remembering the
// answer for the file's other rules.
func (tf *taintFile) holds(w string) bool {
	if ok, seen := tf.holdsWord[w]; seen {
		return ok
	}
	if tf.holdsWord == nil {
		tf.holdsWord = map[string]bool{}
	}
	ok := bytes.Contains(tf.src, []byte(w))
	tf.holdsWord[w] = ok
	return ok
}

// holdsAt reports whether the file's text holds a word where no word
// character comes before it, remembering the answer for the file's other
// rules.
func (tf *taintFile) holdsAt(w string) bool {
	if ok, seen := tf.holdsStart[w]; seen {
		return ok
	}
	if tf.holdsStart == nil {
		tf.holdsStart = map[string]bool{}
	}
	ok := false
	if tf.holds(w) {
		for off := 0; ; {
			i := bytes.Index(tf.src[off:], []byte(w))
			if i < 0 {
				break
			}
			if at := off + i; at == 0 || !ident.Byte(tf.src[at-1]) {
				ok = true
				break
			}
			off += i + 1
		}
	}
	tf.holdsStart[w] = ok
	return ok
}

// holdsAny reports whether the file's text holds one of words (with
// start, where no word character comes before it).
func (tf *taintFile) holdsAny(words []string, start bool) bool {
	for _, w := range words {
		if start && tf.holdsAt(w) || !start && tf.holds(w) {
			return true
		}
	}
	return false
}

// callNum returns the file's number for the callee of a call; numbers are
// dense from 0 in order of first call.
func (tf *taintFile) callNum(in *ir.Instr) int32 {
	if n, ok := tf.callIdx[in]; ok {
		return n
	}
	if tf.callIdx == nil {
		tf.callIdx, tf.callNums = map[*ir.Instr]int32{}, map[calleeKey]int32{}
	}
	k := keyOfCall(in)
	n, ok := tf.callNums[k]
	if !ok {
		n = int32(len(tf.callIDs))
		tf.callNums[k] = n
		tf.callIDs = append(tf.callIDs, tf.models.calleeID(tf.lang.name, k))
	}
	tf.callIdx[in] = n
	return n
}

// fileEscapers returns escaperFuncs of the file, worked out once.
func (tf *taintFile) fileEscapers() map[string]bool {
	if !tf.escDone {
		tf.escDone, tf.escapers = true, escaperFuncs(tf.module(), tf.src)
	}
	return tf.escapers
}

// callbackOf is v2Spec.callbackOf for every function of the file at once:
// the callee, as written, of the first call (in the order of the module's
// functions, blocks and instructions) given, directly as an argument, the
// variable a MakeFunc of the function assigned earlier in the same block.
func (tf *taintFile) callbackOf(f *ir.Func) string {
	if tf.callbacks == nil {
		tf.callbacks = map[*ir.Func]string{}
		for _, p := range tf.module().Funcs {
			for _, b := range p.Blocks {
				var made []*ir.Func // in the order first made in the block
				dst := map[*ir.Func]string{}
				for _, in := range b.Instrs {
					if in.Op == ir.MakeFunc && in.Func != nil && in.Dst != nil && len(in.Dst.Path) == 0 {
						if _, ok := dst[in.Func]; !ok {
							made = append(made, in.Func)
						}
						dst[in.Func] = in.Dst.Base
						continue
					}
					if in.Op != ir.Call || len(made) == 0 {
						continue
					}
					for _, g := range made {
						d := dst[g]
						if _, done := tf.callbacks[g]; done || d == "" {
							continue
						}
						for _, a := range in.Args {
							if !a.IsConst() && a.Place.Base == d && len(a.Place.Path) == 0 {
								tf.callbacks[g] = in.Text
								break
							}
						}
					}
				}
			}
		}
	}
	return tf.callbacks[f]
}

// module lowers the file on first use.
func (tf *taintFile) module() *ir.Module {
	if tf.mod == nil {
		tf.mod = lowerers[tf.lang.name](tf.path, tf.root, tf.src)
	}
	return tf.mod
}

// callees returns the distinct callees of the file's IR.
func (tf *taintFile) callees() [][2]string {
	if tf.calls != nil {
		return tf.calls
	}
	seen := map[[2]string]bool{}
	tf.calls = [][2]string{}
	for _, f := range tf.module().Funcs {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				if in.Op != ir.Call {
					continue
				}
				k := [2]string{in.Text, in.Callee}
				if !seen[k] {
					seen[k] = true
					tf.calls = append(tf.calls, k)
				}
			}
		}
	}
	return tf.calls
}

// runTaintV2 is runTaintExt on the dataflow engine.
func runTaintV2(ctx context.Context, r *Rule, tf *taintFile, ext func(string) *summary, wantSums bool) (taintOut, error) {
	src, path := tf.src, tf.path
	m := tf.module()
	rm := tf.models.view(r, tf.lang.name)
	sp := &v2Spec{rule: r, lang: tf.lang.name, rm: rm, view: rm.view, heads: rm.heads, src: src, path: path, ext: ext,
		extCache: map[string]*dataflow.Summary{}, placeCache: map[[2]string]bool{}, vm: tf.models, imports: m.Imports, mod: m, tf: tf}
	if hasAnyKind(models.KindsForCWE(r.CWE), echoKinds) {
		sp.evals = tf.models.evaluators(tf.lang.name)
		if tf.lang.name != "php" {
			sp.escapers = tf.fileEscapers()
		}
		sp.inlineTpl = true
	}
	sp.lookups = slices.Contains(models.KindsForCWE(r.CWE), "trust")
	// Ruby's service objects are made in one file and used in another
	// (`q = Query.new(region: r)` in a controller, `q.call` reading
	// @region in app/queries): the summaries other files take say what
	// every method does with its object's fields
	objFacts := wantSums && tf.lang.name == "ruby"
	opts := dataflow.Options{Budget: v2Budget}
	if objFacts {
		opts.Exported = tf.exported
	}
	res, err := dataflow.Analyze(ctx, m, sp, opts)
	if err != nil {
		return taintOut{}, err
	}
	run := &taintRun{rule: r, src: src, path: path}
	out := taintOut{usedExt: sp.usedExt}
	sort.Strings(res.BudgetHit)
	for _, f := range res.BudgetHit {
		out.notes = append(out.notes, fmt.Sprintf("data flow of %s stopped at its step budget: findings there may be missing", f))
	}
	for _, f := range res.Findings {
		tr := run.v1Trace(f.Trace)
		if len(tr) == 0 {
			continue
		}
		first := tr[0]
		m := r.Message
		if m == "" {
			m = r.Title
		}
		if !f.Inter {
			m = strings.NewReplacer("{{sink}}", f.Desc, "{{source}}", run.lineAt(first.Location.StartLine)).Replace(m)
			m = fmt.Sprintf("%s: data from %s (%s) reaches %s", m, run.where(first.Location), short(first.Message), f.Desc)
			at := f.Sink
			if len(rm.view.Effects) > 0 {
				fn := sp.funcAt(f.Sink)
				if fn == nil {
					fn = sp.mod.Top
				}
				if e := effectCall(fn, f.Sink, rm.view.Effects); e != nil {
					// reported where the object is used (taint_v2_effect.go)
					at = e.Span
					m += fmt.Sprintf(" (line %d), %s at line %d", f.Sink.Line, effectNote(e), at.Line)
					step := TraceStep{Kind: "sink", Message: effectNote(e), Snippet: run.lineAt(at.Line),
						Location: Location{Path: path, StartLine: at.Line, StartColumn: at.Col, EndLine: at.EndLine, EndColumn: at.EndCol}}
					tr = append(slices.Clip(tr), step)
					if n := len(tr); n >= 2 && tr[n-2].Kind == "sink" {
						tr[n-2].Kind = "step"
					}
				}
			}
			out.raws = append(out.raws, rawFinding{rule: r, start: at.Start, end: at.End,
				sp:      sitter.Point{Row: uint32(at.Line - 1), Column: uint32(at.Col - 1)},
				ep:      sitter.Point{Row: uint32(at.EndLine - 1), Column: uint32(at.EndCol - 1)},
				matched: string(src[at.Start:at.End]), trace: tr, message: m})
			continue
		}
		sink := tr[len(tr)-1]
		loc := sink.Location
		via, from := "", run.where(first.Location)
		for i := len(tr) - 2; i >= 0; i-- {
			_, byMethod, field := strings.Cut(tr[i].Message, " read by ")
			field = field && strings.HasPrefix(tr[i].Message, "field ")
			if tr[i].Kind == "call" && (strings.HasPrefix(tr[i].Message, "passed to ") || strings.HasPrefix(tr[i].Message, phpIncludedAs) || field) {
				via = strings.TrimPrefix(tr[i].Message, "passed to ")
				if field {
					// a field of the object the method is called on
					via = byMethod
				}
				if loc.Path != path {
					via += fmt.Sprintf(" called at %s line %d", path, tr[i].Location.StartLine)
					if first.Location.Path == path {
						from = fmt.Sprintf("%s line %d", path, first.Location.StartLine)
					}
				}
				break
			}
		}
		m = fmt.Sprintf("%s: data from %s (%s) reaches %s via %s", m, from, short(first.Message),
			strings.TrimPrefix(sink.Message, "reaches "), via)
		out.raws = append(out.raws, rawFinding{rule: r, trace: tr, message: m, interSink: &loc, matched: sink.Snippet})
	}
	for _, s := range res.Summaries {
		if s.RetSrc != nil || !s.Empty() && hasTrace(s.ParamSink) {
			out.facts = true
			break
		}
	}
	if wantSums {
		out.sums = map[string]*summary{}
		for name, s := range res.Summaries {
			o := &summary{paramRet: map[int][]TraceStep{}, paramSink: map[int][]TraceStep{}}
			if s.RetSrc != nil {
				o.retSrc = run.v1Trace(s.RetSrc.Steps())
			}
			for i, t := range s.ParamRet {
				if t != nil {
					o.paramRet[i] = run.v1Trace(t.Steps())
				}
			}
			for i, t := range s.ParamSink {
				if t != nil {
					o.paramSink[i] = run.v1Trace(t.Steps())
				}
			}
			if objFacts {
				o.recvSink, o.recvRet = run.v1Traces(s.RecvSink), run.v1Traces(s.RecvRet)
				for f, ps := range s.FieldStore {
					for i, t := range ps {
						if t == nil {
							continue
						}
						if o.fieldStore == nil {
							o.fieldStore = map[string]map[int][]TraceStep{}
						}
						if o.fieldStore[f] == nil {
							o.fieldStore[f] = map[int][]TraceStep{}
						}
						o.fieldStore[f][i] = run.v1Trace(t.Steps())
					}
				}
				for _, w := range s.ParamInto {
					xw := xParamWrite{param: w.Param, path: w.Path, fields: run.v1Traces(w.Fields),
						at: run.v1Trace([]dataflow.Step{{Span: w.At, Path: w.AtPath, Kind: "sink"}})[0]}
					for k, t := range w.Params {
						if t != nil {
							if xw.params == nil {
								xw.params = map[int][]TraceStep{}
							}
							xw.params[k] = run.v1Trace(t.Steps())
						}
					}
					o.paramInto = append(o.paramInto, xw)
				}
			}
			out.sums[name] = o
		}
	}
	return out, nil
}

func hasTrace(ts []*dataflow.Trace) bool {
	for _, t := range ts {
		if t != nil {
			return true
		}
	}
	return false
}

// v1Traces converts traces by field name (nil for none).
func (r *taintRun) v1Traces(m map[string]*dataflow.Trace) map[string][]TraceStep {
	var out map[string][]TraceStep
	for k, t := range m {
		if t == nil {
			continue
		}
		if out == nil {
			out = map[string][]TraceStep{}
		}
		out[k] = r.v1Trace(t.Steps())
	}
	return out
}

// v1Trace converts engine steps to report trace steps with snippets.
func (r *taintRun) v1Trace(steps []dataflow.Step) []TraceStep {
	out := make([]TraceStep, 0, len(steps))
	for _, s := range steps {
		p := s.Path
		if p == "" {
			p = r.path
		}
		msg := s.Message
		if s.Kind == "source" && strings.HasPrefix(msg, "untrusted data from ") {
			// the environment, the command line and standard input are
			// named as such (the threat model leaves them out by default)
			msg = sourceLabel(strings.TrimPrefix(msg, "untrusted data from "))
		}
		msg = phpIncludeWording(msg, p)
		ts := TraceStep{Location: Location{Path: p, StartLine: s.Span.Line, StartColumn: s.Span.Col, EndLine: s.Span.EndLine, EndColumn: s.Span.EndCol},
			Kind: s.Kind, Message: msg, Snippet: s.Snippet}
		if ts.Snippet == "" && p == r.path {
			ts.Snippet = r.lineAt(s.Span.Line)
		}
		out = append(out, ts)
	}
	return out
}

// v2Spec is a rule plus the model packs of its kinds, as the dataflow
// engine asks about them. Patterns are tried on the callee as written and
// on its canonical symbol.
type v2Spec struct {
	rule         *Rule
	lang         string
	rm           *ruleModels
	view         *models.View
	heads        map[string]bool
	calls        []*callFacts // by the file's callee number (taintFile.callNum), before asking the scan's (ruleModels.facts)
	tf           *taintFile
	vm           *v2Models
	src          []byte
	path         string
	ext          func(string) *summary
	extCache     map[string]*dataflow.Summary
	placeCache   map[[2]string]bool
	usedExt      bool
	imports      map[string]string // the module's: local name -> canonical
	evals        *evalSet          // calls whose result is not their argument's text (nil: none)
	lookups      bool              // trust rules: unknown calls return records, not their arguments' text (taint_v2_eval.go)
	escapers     map[string]bool   // the file's own HTML escapers, by name (nil: not asked)
	mod          *ir.Module        // the module analysed (assignment sinks find their function in it)
	inlineTpl    bool              // xss: renders of templates the file holds are sinks (taint_v2_inline_tpl.go)
	inlineTpls   map[*ir.Instr]inlineTplSink
	compiledTpls map[string]string // local functions compiled from an EJS template: name -> its text ("" none)
	hasCompile   byte              // whether the source calls .compile( at all: 0 not looked yet, 1 yes, 2 no
	// textMatch remembers the answers of the sinks' file and function
	// regexes (not-in-file, in-function, not-in-function): the same
	// texts are asked about at every call of a sink, on every visit of
	// its block and in every round of the fixpoint
	textMatch map[textMatchKey]bool
	// unquoted remembers, per variable, whether the file puts it unquoted
	// in SQL text (quotes-only sanitisers, taint_v2_quoted.go)
	unquoted map[string]bool
}

// textMatchKey is a regex asked about the text of a function (fn; nil:
// the whole file).
type textMatchKey struct {
	re *regexp.Regexp
	fn *ir.Func
}

// matchText reports whether re matches the text of fn (nil: the whole
// file), remembered for the analysis.
func (s *v2Spec) matchText(re *regexp.Regexp, fn *ir.Func) bool {
	k := textMatchKey{re, fn}
	if v, ok := s.textMatch[k]; ok {
		return v
	}
	text := s.src
	if fn != nil {
		text = s.funcText(fn)
	}
	v := re.Match(text)
	if s.textMatch == nil {
		s.textMatch = map[textMatchKey]bool{}
	}
	s.textMatch[k] = v
	return v
}

func matchRe(re *regexp.Regexp, text, canon string) bool {
	return re != nil && (re.MatchString(text) || canon != text && re.MatchString(canon))
}

// callFacts caches what a callee is for the rule (by text and canonical name).
type callFacts struct {
	src, san bool
	srcWhere []*regexp.Regexp // a source when the call's text matches one of these
	sanWhere []int            // model sanitisers that also need their where to match the call
	prop     dataflow.PropKind
	sinks    []int // rule sinks, then model sinks at len(rule sinks)+i
}

func (s *v2Spec) facts(in *ir.Instr) *callFacts {
	n := s.tf.callNum(in)
	if int(n) < len(s.calls) {
		if f := s.calls[n]; f != nil {
			return f
		}
	} else {
		s.calls = append(s.calls, make([]*callFacts, len(s.tf.callIDs)-len(s.calls))...)
	}
	f := s.rm.factsOf(s.tf.callIDs[n], in)
	if !f.san && s.ownEscaper(in) {
		// an escaping function of this file (escaperFuncs): a sanitiser
		// here only
		own := *f
		own.san = true
		f = &own
	}
	s.calls[n] = f
	return f
}

// factsOf returns what a callee (the scan's callee number id, and a call
// of it) is to the rule, worked out on its first call in the scan.
func (rm *ruleModels) factsOf(id int32, in *ir.Instr) *callFacts {
	rm.factsMu.RLock()
	var f *callFacts
	if int(id) < len(rm.facts) {
		f = rm.facts[id]
	}
	rm.factsMu.RUnlock()
	if f != nil {
		return f
	}
	f = rm.callFacts(in)
	rm.factsMu.Lock()
	if n := int(id) + 1; n > len(rm.facts) {
		rm.facts = append(rm.facts, make([]*callFacts, max(n, 2*len(rm.facts))-len(rm.facts))...)
	}
	rm.facts[id] = f
	rm.factsMu.Unlock()
	return f
}

// callFacts matches a callee against the rule's patterns and models.
func (rm *ruleModels) callFacts(in *ir.Instr) *callFacts {
	f := &callFacts{prop: propagatorOf(rm.view, in), sinks: rm.sinks.match(in.Text, in.Callee)}
	for _, i := range rm.srcCalls.match(in.Text, in.Callee) {
		if rm.srcWhere[i] == nil {
			f.src, f.srcWhere = true, nil
			break
		}
		f.srcWhere = append(f.srcWhere, rm.srcWhere[i])
	}
	nsan := len(rm.rule.Taint.Sanitizers)
	for _, i := range rm.sans.match(in.Text, in.Callee) {
		if i >= nsan && (rm.view.Sanitizers[i-nsan].WhereRe() != nil || rm.view.Sanitizers[i-nsan].QuotesOnly) {
			f.sanWhere = append(f.sanWhere, i-nsan)
		} else {
			f.san = true
		}
	}
	// the rule's own sinks decide for a callee they name (with their
	// where / not-where / function conditions); the packs fill in the rest
	nr := len(rm.rule.Taint.Sinks)
	if len(f.sinks) > 0 && f.sinks[0] < nr {
		all := f.sinks
		f.sinks = nil
		for _, i := range all {
			if i < nr {
				f.sinks = append(f.sinks, i)
			}
		}
		if typedCallees[rm.lang] && in.Callee != in.Text && (rm.lang != "python" || pyTypedCallee(in.Text, in.Callee)) {
			// the call's canonical name comes from its receiver's type:
			// a model sink it names still applies when the rule's
			// conditions (where) turn the call down
			for _, i := range all {
				if i >= nr && rm.view.Sinks[i-nr].Matches(in.Callee) {
					f.sinks = append(f.sinks, i)
				}
			}
		}
	}
	if !f.src && !f.san && len(f.sanWhere) == 0 && len(f.srcWhere) == 0 && f.prop == dataflow.PropNone && len(f.sinks) == 0 {
		f = noFacts
	}
	return f
}

// pyTypedCallee reports whether a Python call's canonical name comes
// from its receiver's class (`c.search` is `ldap3.Connection.search`),
// not only from imports (`make_response` is `flask.make_response`): the
// canonical name's next-to-last segment is a class other than the
// text's.
func pyTypedCallee(text, callee string) bool {
	i := strings.LastIndexByte(callee, '.')
	j := strings.LastIndexByte(text, '.')
	if i <= 0 || j <= 0 {
		return false
	}
	cls := callee[strings.LastIndexByte(callee[:i], '.')+1 : i]
	recv := text[strings.LastIndexByte(text[:j], '.')+1 : j]
	return cls != "" && cls[0] >= 'A' && cls[0] <= 'Z' && cls != recv
}

// noFacts is a callee that is nothing to the rule (most are).
var noFacts = &callFacts{}

// SourceCall implements dataflow.Spec.
func (s *v2Spec) SourceCall(in *ir.Instr) bool {
	f := s.facts(in)
	if f.src || len(f.srcWhere) == 0 {
		return f.src
	}
	text := s.callText(in)
	for _, re := range f.srcWhere {
		if re.MatchString(text) {
			return true
		}
	}
	return false
}

// Sanitizer implements dataflow.Spec.
func (s *v2Spec) Sanitizer(in *ir.Instr) bool {
	if s.inlineTpl {
		if _, ok := s.inlineTemplateSink(in); ok {
			return false // what it prints raw is in its result (ResultProps)
		}
	}
	f := s.facts(in)
	if f.san {
		return true
	}
	for _, i := range f.sanWhere {
		sn := &s.view.Sanitizers[i]
		if re := sn.WhereRe(); re != nil && !re.MatchString(s.callText(in)) {
			continue
		}
		if sn.QuotesOnly && s.unquotedSQL(in) {
			continue
		}
		return true
	}
	// what a template compiled in the file renders is escaped output
	// (its raw outputs are sinks of their own: taint_v2_inline_tpl.go)
	return s.inlineTpl && s.lang == "javascript" && in.Recv == nil && s.compiledCall(in)
}

// CleansReceiver implements dataflow.ReceiverSanitizer with the model
// packs' `receiver: true` sanitisers of the rule's kinds (and their where).
func (s *v2Spec) CleansReceiver(in *ir.Instr) bool {
	if in.Recv == nil {
		return false
	}
	for i := range s.view.Sanitizers {
		sn := &s.view.Sanitizers[i]
		if !sn.Receiver || sn.IsAssign() || !matchRe(sn.Re(), in.Text, in.Callee) {
			continue
		}
		if re := sn.WhereRe(); re == nil || re.MatchString(s.callText(in)) {
			return true
		}
	}
	return false
}

// callText is the source text of a call.
func (s *v2Spec) callText(in *ir.Instr) string {
	if int(in.Span.End) <= len(s.src) && in.Span.Start <= in.Span.End {
		return string(s.src[in.Span.Start:in.Span.End])
	}
	return ""
}

// Propagator implements dataflow.Spec.
func (s *v2Spec) Propagator(in *ir.Instr) dataflow.PropKind { return s.facts(in).prop }

// SourcePlace implements dataflow.Spec.
func (s *v2Spec) SourcePlace(key, canon string) bool {
	if s.heads != nil && !s.heads[headOf(key)] && !s.heads[headOf(canon)] {
		return false
	}
	ck := [2]string{key, canon}
	if v, ok := s.placeCache[ck]; ok {
		return v
	}
	v := false
	for i := range s.rule.Taint.Sources {
		src := &s.rule.Taint.Sources[i]
		if src.exprRe == nil {
			continue
		}
		match := s.rm.exprFns[i]
		if (src.prefix == "" || strings.HasPrefix(key, src.prefix)) && match(key) ||
			canon != key && (src.prefix == "" || strings.HasPrefix(canon, src.prefix)) && match(canon) {
			v = true
			break
		}
	}
	if !v {
		for i := range s.view.Sources {
			if ms := &s.view.Sources[i]; ms.IsExpr() && (s.rm.srcFns[i](canon) || s.rm.srcFns[i](key)) {
				v = true
				break
			}
		}
	}
	s.placeCache[ck] = v
	return v
}

// Sinks implements dataflow.Spec.
func (s *v2Spec) Sinks(fn *ir.Func, in *ir.Instr) []dataflow.Sink {
	f := s.facts(in)
	if len(f.sinks) == 0 {
		return nil
	}
	text := ""
	callText := func() string {
		if text == "" && int(in.Span.End) <= len(s.src) {
			text = string(s.src[in.Span.Start:in.Span.End])
		}
		return text
	}
	nr := len(s.rule.Taint.Sinks)
	for _, i := range f.sinks {
		var args []int
		var kwargs []string
		var where *regexp.Regexp
		var props map[int][][]string
		var strOnly bool
		recv := false
		if i < nr {
			sk := &s.rule.Taint.Sinks[i]
			args, kwargs, where, props, strOnly, recv = sk.Args, sk.Kwargs, sk.whereRe, sk.props, sk.StringsOnly, sk.Receiver
			if sk.notWhereRe != nil && sk.notWhereRe.MatchString(callText()) {
				continue
			}
			if sk.notCalleeRe != nil && sk.notCalleeRe.MatchString(in.Callee) {
				continue
			}
			if !s.functionAllows(fn, sk) {
				continue
			}
			if sk.MarkupStart && len(sk.Args) == 1 && sk.Args[0] < len(in.Args) && startsWithNonMarkup(fn, in.Args[sk.Args[0]]) {
				continue
			}
			if sk.NotOwnResource && len(in.Args) > 0 && ownResource(s.mod, fn, in.Args[0]) {
				continue
			}
		} else {
			sk := &s.view.Sinks[i-nr]
			args, kwargs, where, props, strOnly, recv = sk.Args, sk.Kwargs, sk.WhereRe(), sk.PropPaths(), sk.StringsOnly, sk.Receiver
			if re := sk.NotInFuncRe(); re != nil && s.matchText(re, s.funcKey(fn)) {
				continue
			}
			if re := sk.NotInFileRe(); re != nil && s.matchText(re, nil) {
				continue
			}
			if re := sk.NotWhereRe(); re != nil && re.MatchString(callText()) {
				continue
			}
			if sk.ResultCalled && !resultCalled(fn, in) {
				continue
			}
		}
		if where != nil && !where.MatchString(callText()) {
			continue
		}
		return []dataflow.Sink{{Args: args, Kwargs: kwargs, Props: props, SkipObjects: strOnly, Recv: recv, All: len(args) == 0 && len(kwargs) == 0 && !recv, Desc: short(in.Text) + "()"}}
	}
	return nil
}

// functionAllows checks a sink's not-in-file regex against the file and its
// in-function / not-in-function regexes against the function around the
// call (the whole file at top level), as taint.go does.
func (s *v2Spec) functionAllows(fn *ir.Func, sk *TaintSink) bool {
	if sk.notInFileRe != nil && s.matchText(sk.notInFileRe, nil) {
		return false
	}
	if sk.inFileRe != nil && !s.matchText(sk.inFileRe, nil) {
		return false
	}
	if sk.inFuncRe == nil && sk.notInFuncRe == nil {
		return true
	}
	fn = s.funcKey(fn)
	if sk.inFuncRe != nil && !s.matchText(sk.inFuncRe, fn) {
		return false
	}
	return sk.notInFuncRe == nil || !s.matchText(sk.notInFuncRe, fn)
}

// funcKey is fn as matchText takes it: nil when funcText gives the whole
// file (the top level, or a span outside the file).
func (s *v2Spec) funcKey(fn *ir.Func) *ir.Func {
	if fn != nil && fn.Name != "<module>" && int(fn.Span.End) <= len(s.src) && fn.Span.Start <= fn.Span.End {
		return fn
	}
	return nil
}

// funcAt is the innermost function of the module whose span holds at (nil:
// the top level).
func (s *v2Spec) funcAt(at ir.Span) *ir.Func {
	if s.mod == nil {
		return nil
	}
	var best *ir.Func
	for _, f := range s.mod.Funcs {
		if f == s.mod.Top || f.Span.Start > at.Start || f.Span.End < at.End {
			continue
		}
		if best == nil || f.Span.End-f.Span.Start < best.Span.End-best.Span.Start {
			best = f
		}
	}
	return best
}

// funcText is the text of the function around a call (the whole file at
// top level).
func (s *v2Spec) funcText(fn *ir.Func) []byte {
	if fn != nil && fn.Name != "<module>" && int(fn.Span.End) <= len(s.src) && fn.Span.Start <= fn.Span.End {
		return s.src[fn.Span.Start:fn.Span.End]
	}
	return s.src
}

// AssignSink implements dataflow.Spec.
// The place is matched as written and with the file's imports resolved
// (PHP's `_SESSION[...]` is `$_SESSION[...]`).
func (s *v2Spec) AssignSink(key string) (string, bool) {
	return s.AssignSinkAt(key, ir.Span{})
}

// AssignSinkAt implements dataflow.AssignSinkAt: AssignSink, and a sink's
// where / not-where regexes must hold on the assignment's text.
func (s *v2Spec) AssignSinkAt(key string, at ir.Span) (string, bool) {
	text := ""
	if at.End > at.Start && int(at.End) <= len(s.src) {
		text = string(s.src[at.Start:at.End])
	}
	canon := key
	if len(s.imports) > 0 {
		canon = ir.Canonical(s.imports, key)
	}
	for _, sk := range s.rule.Taint.Sinks {
		if sk.assignRe != nil && (sk.assignRe.MatchString(key) || canon != key && sk.assignRe.MatchString(canon)) {
			if sk.whereRe != nil && !sk.whereRe.MatchString(text) || sk.notWhereRe != nil && text != "" && sk.notWhereRe.MatchString(text) {
				continue
			}
			if !s.functionAllows(s.funcAt(at), &sk) {
				continue
			}
			return short(key), true
		}
	}
	return "", false
}

// CleanAssign implements dataflow.AssignSanitizer with the packs'
// assignment sanitisers for the rule's kinds.
func (s *v2Spec) CleanAssign(key string) bool {
	for i := range s.view.Sanitizers {
		if sn := &s.view.Sanitizers[i]; sn.IsAssign() && sn.Matches(key) {
			return true
		}
	}
	return false
}

// ParamSource implements dataflow.Spec.
func (s *v2Spec) ParamSource(f *ir.Func, i int) bool {
	decl := f.Params[i].Decl
	for j := range s.rule.Taint.Sources {
		src := &s.rule.Taint.Sources[j]
		if re := src.paramRe; re != nil && re.MatchString(decl) {
			if src.notCallbackRe != nil && wholeOnly(f, f.Params[i].Name) && src.notCallbackRe.MatchString(s.callbackOf(f)) {
				continue
			}
			return true
		}
	}
	pdecos := f.Params[i].Decorators
	if len(f.Decorators) == 0 && len(pdecos) == 0 {
		return false
	}
	// a decorator source matches the function's decorators (every
	// parameter) or the parameter's own (Java `@RequestParam String q`)
	for j := range s.view.Sources {
		ms := &s.view.Sources[j]
		if !ms.IsDecorator() || ms.ParamExcluded(decl) {
			continue
		}
		match := ms.Matches
		if s.rm != nil {
			match = s.rm.srcFns[j]
		}
		for _, d := range f.Decorators {
			if match(d) {
				return true
			}
		}
		for _, d := range pdecos {
			if match(d) {
				return true
			}
		}
	}
	return false
}

// callbackOf is the callee, as written, of the call that f is passed to
// directly as an argument (`$.post` for `$.post(u, d, function (x) {...})`),
// or "" when f is not such an argument.
func (s *v2Spec) callbackOf(f *ir.Func) string {
	if s.tf != nil && s.tf.mod == s.mod {
		return s.tf.callbackOf(f)
	}
	if s.mod == nil {
		return ""
	}
	for _, p := range s.mod.Funcs {
		for _, b := range p.Blocks {
			var dst string
			for _, in := range b.Instrs {
				if in.Op == ir.MakeFunc && in.Func == f && in.Dst != nil && len(in.Dst.Path) == 0 {
					dst = in.Dst.Base
					continue
				}
				if dst == "" || in.Op != ir.Call {
					continue
				}
				for _, a := range in.Args {
					if !a.IsConst() && a.Place.Base == dst && len(a.Place.Path) == 0 {
						return in.Text
					}
				}
			}
		}
	}
	return ""
}

// resultCalled reports whether fn calls a method on the result of in,
// directly or through plain copies of it into variables. Plain names only:
// a method called on something built from the result does not count.
func resultCalled(fn *ir.Func, in *ir.Instr) bool {
	if fn == nil || in.Dst == nil || len(in.Dst.Path) > 0 {
		return false
	}
	names := map[string]bool{in.Dst.Base: true}
	plain := func(o ir.Operand) bool { return !o.IsConst() && len(o.Place.Path) == 0 && names[o.Place.Base] }
	for pass := 0; pass < 2; pass++ { // twice: a copy made in a later block of a loop
		for _, b := range fn.Blocks {
			for _, x := range b.Instrs {
				// a copy, or the receiver wrapper of a call without arguments
				// (Ruby: `$3 = opaque($2, $2.new)` before `$3.new()`)
				if (x.Op == ir.Assign && len(x.Args) == 1 || x.Op == ir.Opaque && len(x.Args) > 0) && x.Dst != nil && len(x.Dst.Path) == 0 && plain(x.Args[0]) {
					names[x.Dst.Base] = true
				}
			}
		}
	}
	for _, b := range fn.Blocks {
		for _, x := range b.Instrs {
			if x.Op == ir.Call && x.Recv != nil && plain(*x.Recv) {
				return true
			}
		}
	}
	return false
}

// wholeOnly reports whether f reads its parameter name only as a whole
// value: no instruction of f reads a property or element of it.
func wholeOnly(f *ir.Func, name string) bool {
	if name == "" {
		return false
	}
	part := func(o ir.Operand) bool {
		return !o.IsConst() && o.Place.Base == name && len(o.Place.Path) > 0
	}
	for _, b := range f.Blocks {
		for _, in := range b.Instrs {
			if in.Recv != nil && part(*in.Recv) {
				return false
			}
			for _, a := range in.Args {
				if part(a) {
					return false
				}
			}
			for _, k := range in.Kwargs {
				if part(k.Val) {
					return false
				}
			}
		}
	}
	return true
}

func propagatorOf(view *models.View, in *ir.Instr) dataflow.PropKind {
	method := ""
	if in.Recv != nil {
		method = lastSegment(in.Text)
	}
	for i := range view.Propagators {
		p := &view.Propagators[i]
		if !p.Matches(in.Callee, method) {
			continue
		}
		switch p.To {
		case "receiver":
			return dataflow.PropIntoReceiver
		case "from-key":
			return dataflow.PropFromReceiverKey
		case "put-key":
			return dataflow.PropPutKey
		}
	}
	return dataflow.PropNone
}

// pyCtorChainRe is a Python method call on a new object of a class:
// Cls(args).m (the arguments hold no call of their own).
var pyCtorChainRe = regexp.MustCompile(`^([A-Z]\w*)\([^()]*\)\.(\w+)$`)

// External implements dataflow.Spec: another file's function, as resolved
// by the cross-file pass (xfile.go).
func (s *v2Spec) External(in *ir.Instr) *dataflow.Summary {
	if s.ext == nil {
		return nil
	}
	text := in.Text
	if s.lang != "ruby" && strings.ContainsAny(text, "([") {
		// a call on a call's result resolves only as Ruby's
		// Cls.new(args).m(x) (a service object) and Python's
		// Cls(args).m(x) of an imported class (as `Cls().m`, which
		// xfile_index.go binds for `from mod import Cls`): other calls
		// stay unresolved
		// (xresolver.resolve reads Cls(args).m as Cls().m)
		if s.lang != "python" || !pyCtorChainRe.MatchString(text) {
			return nil
		}
	}
	if v, ok := s.extCache[text]; ok {
		if v != nil {
			s.usedExt = true
		}
		return v
	}
	old := s.ext(text)
	var v *dataflow.Summary
	if old != nil {
		v = &dataflow.Summary{Returns: true}
		v.RetSrc = v2Trace(old.retSrc)
		for i, t := range old.paramRet {
			v.ParamRet = setTraceAt(v.ParamRet, i, v2Trace(t))
		}
		for i, t := range old.paramSink {
			v.ParamSink = setTraceAt(v.ParamSink, i, v2Trace(t))
		}
		v.RecvSink, v.RecvRet = v2Traces(old.recvSink), v2Traces(old.recvRet)
		for _, w := range old.paramInto {
			pw := dataflow.ParamWrite{Param: w.param, Path: w.path, Fields: v2Traces(w.fields), AtPath: w.at.Location.Path, AtText: w.at.Snippet,
				At: ir.Span{Line: w.at.Location.StartLine, Col: w.at.Location.StartColumn, EndLine: w.at.Location.EndLine, EndCol: w.at.Location.EndColumn}}
			for k, t := range w.params {
				pw.Params = setTraceAt(pw.Params, k, v2Trace(t))
			}
			v.ParamInto = append(v.ParamInto, pw)
		}
		for f, ps := range old.fieldStore {
			if v.FieldStore == nil {
				v.FieldStore = map[string][]*dataflow.Trace{}
			}
			for i, t := range ps {
				v.FieldStore[f] = setTraceAt(v.FieldStore[f], i, v2Trace(t))
			}
		}
		s.usedExt = true
	}
	s.extCache[text] = v
	return v
}

func setTraceAt(list []*dataflow.Trace, i int, t *dataflow.Trace) []*dataflow.Trace {
	for len(list) <= i {
		list = append(list, nil)
	}
	list[i] = t
	return list
}

func v2Traces(m map[string][]TraceStep) map[string]*dataflow.Trace {
	if len(m) == 0 {
		return nil
	}
	out := make(map[string]*dataflow.Trace, len(m))
	for k, t := range m {
		out[k] = v2Trace(t)
	}
	return out
}

func v2Trace(steps []TraceStep) *dataflow.Trace {
	if len(steps) == 0 {
		return nil
	}
	out := make([]dataflow.Step, len(steps))
	for i, s := range steps {
		out[i] = dataflow.Step{Span: ir.Span{Line: s.Location.StartLine, Col: s.Location.StartColumn, EndLine: s.Location.EndLine, EndCol: s.Location.EndColumn},
			Path: s.Location.Path, Kind: s.Kind, Message: s.Message, Snippet: s.Snippet}
	}
	return dataflow.TraceOf(out)
}

// aliasImportRe finds imports under another name (`from flask import
// request as req`), routeDecoratorRe route decorators, whose handlers'
// parameters are sources: what lets the new engine see sources a rule's
// keywords miss. Ruby has neither: Sinatra's routes are found by
// hasSinatraRoute.
var (
	aliasImportRe    = regexp.MustCompile(`(?m)^[ \t]*(?:from[ \t]+\S+[ \t]+)?import[ \t][^\n]*[ \t]as[ \t][^\n]*`)
	routeDecoratorRe = regexp.MustCompile(`@[\w.]+\.(?:route|get|post|put|patch|delete|api_route)\(`)
)

// hasSinatraRoute reports whether a line of src starts (after indentation)
// with a Sinatra route: get '/path', post("/path"), ... (a line scan: this
// runs for every rule on every Ruby file without the rule's keywords).
func hasSinatraRoute(src []byte) bool {
	for line := range eachLine(src) {
		line = bytes.TrimLeft(line, " \t")
		for _, verb := range []string{"get", "post", "put", "patch", "delete", "options"} {
			if !bytes.HasPrefix(line, []byte(verb)) {
				continue
			}
			rest := bytes.TrimLeft(line[len(verb):], " \t(")
			if len(rest) < len(line)-len(verb) && len(rest) > 0 && (rest[0] == '\'' || rest[0] == '"') {
				return true
			}
		}
	}
	return false
}

// aliasImportLines returns the lines aliasImportRe matches, found without
// the regex (whose backtracking over every line of every file cost more
// than the rest of the prefilters).
func aliasImportLines(src []byte) [][]byte {
	var out [][]byte
	for line := range eachLine(src) {
		if isAliasImport(line) {
			out = append(out, line)
		}
	}
	return out
}

// isAliasImport reports whether a line is `[from M ]import ... as ...`
// as aliasImportRe reads it.
func isAliasImport(line []byte) bool {
	blank := func(c byte) bool { return c == ' ' || c == '\t' }
	t := bytes.TrimLeft(line, " \t")
	if len(t) > 4 && string(t[:4]) == "from" && blank(t[4]) {
		r := bytes.TrimLeft(t[4:], " \t")
		// the module: a run of non-space characters, then blanks
		i := bytes.IndexAny(r, " \t\f\r")
		if i <= 0 || !blank(r[i]) {
			return false
		}
		t = bytes.TrimLeft(r[i:], " \t")
	}
	if len(t) < 7 || string(t[:6]) != "import" || !blank(t[6]) {
		return false
	}
	r := t[7:]
	for k := 0; k+3 < len(r); k++ {
		if blank(r[k]) && r[k+1] == 'a' && r[k+2] == 's' && blank(r[k+3]) {
			return true
		}
	}
	return false
}

// v2SourceHint reports whether a file whose text holds none of a rule's
// source keywords may still hold its sources for the new engine: a word
// of one of its model packs' sources (taintKeywords reads the rule's own
// sources only), an alias import of a name a keyword starts with, or a
// route decorator when the rule's models make route parameters sources.
func v2SourceHint(r *Rule, tf *taintFile) bool {
	if !engineV2[tf.lang.name] {
		return false
	}
	rm := tf.models.view(r, tf.lang.name)
	if rm.srcAny {
		return true
	}
	for _, c := range rm.srcConds {
		if c.holds(tf) {
			return true
		}
	}
	if tf.lang.name == "ruby" {
		// Ruby has neither decorators nor alias imports: Sinatra routes
		if !rm.decorators {
			return false
		}
		if !tf.routeDone {
			tf.routeDone, tf.route = true, hasSinatraRoute(tf.src)
		}
		return tf.route
	}
	if rm.decorators {
		if !tf.routeDone {
			tf.routeDone, tf.route = true, routeDecoratorRe.Match(tf.src)
		}
		if tf.route {
			return true
		}
	}
	if tf.lang.name == "python" && passesSourceObject(r, tf.src) {
		return true
	}
	if !tf.aliasDone {
		tf.aliasDone = true
		if !bytes.Contains(tf.src, []byte("import")) {
			return false
		}
		for _, line := range aliasImportLines(tf.src) {
			for _, w := range bytes.FieldsFunc(line, func(c rune) bool { return c != '_' && !unicode.IsLetter(c) && !unicode.IsDigit(c) }) {
				if tf.aliasWords == nil {
					tf.aliasWords = map[string]bool{}
				}
				tf.aliasWords[string(w)] = true
			}
		}
	}
	if len(tf.aliasWords) == 0 {
		return false
	}
	// a name an alias import line holds (word for word) that a keyword starts with
	for _, kw := range taintKeywords(r) {
		if tf.aliasWords[headOf(kw)] {
			return true
		}
	}
	return false
}

// passesSourceObject reports whether a Python file passes the object its
// rule's sources are read from (`request`) whole, first, to a constructor,
// `OrgContext(request)`: the callee may read them under another name
// (`req.GET`, see the front end's constructor parameter types).
func passesSourceObject(r *Rule, src []byte) bool {
	seen := map[string]bool{}
	for _, kw := range taintKeywords(r) {
		h := headOf(kw)
		if h == "" || seen[h] {
			continue
		}
		seen[h] = true
		pat := []byte("(" + h)
		for off := 0; ; {
			i := bytes.Index(src[off:], pat)
			if i < 0 {
				break
			}
			i += off
			off = i + len(pat)
			if off >= len(src) || src[off] != ')' && src[off] != ',' {
				continue
			}
			// a constructor: the callee's last name is capitalised
			j := i
			for j > 0 && ident.Byte(src[j-1]) {
				j--
			}
			if j < i && src[j] >= 'A' && src[j] <= 'Z' {
				return true
			}
		}
	}
	return false
}

// v2MayHaveSink reports whether a call of the file, by its canonical name,
// matches a sink of the rule or of its model packs (the new engine's
// version of mayHaveSink, which sees only callees as written).
func v2MayHaveSink(r *Rule, tf *taintFile) bool {
	if !engineV2[tf.lang.name] {
		return false
	}
	for _, sk := range r.Taint.Sinks {
		if sk.assignRe != nil {
			return true
		}
	}
	rm := tf.models.view(r, tf.lang.name)
	for _, k := range tf.callees() {
		if len(rm.sinks.match(k[0], k[1])) > 0 {
			return true
		}
	}
	return false
}
