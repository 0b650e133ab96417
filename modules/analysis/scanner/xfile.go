package scanner

import (
	"bytes"
	"container/heap"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"math"
	"path"
	"regexp"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"vigil/modules/analysis/scanner/budget"
	"vigil/modules/analysis/scanner/ident"
)

// Cross-file taint, part 2. After every file has been scanned on its own,
// calls are resolved to functions of other files by the language's module
// rules (see xfile_index.go and rules/README.md): only files that define a
// function called from another file, and the files calling them, are parsed
// again. Each re-analysis yields per-function summaries (which parameters
// reach a sink, which flow to the return value, whether the function returns
// source data) that the callers' analysis then applies, iterated to a fixpoint
// within maxXRounds. Summaries are small (a few short traces per function)
// and no syntax tree is kept between files, so memory stays bounded; only
// the lowered IR of a dataflow-engine file that a later round may analyse
// again is kept (xstate.again), until the pass ends.

// maxXRounds bounds the rounds of the cross-file fixpoint after the first.
const maxXRounds = 4

// xtarget is a resolved callee: a function name in a file.
type xtarget struct{ file, fn string }

// xresolver resolves the callee texts of one file.
type xresolver struct {
	self   string
	exact  map[string]xtarget // callee -> function
	prefix map[string]string  // "alias." -> file; the function is the rest of the callee
	goDir  string             // Go: bare calls resolve within this package directory
	goPkgs map[string]string  // Go: "alias." -> package directory inside the module
	goDefs map[string]map[string]string
	// Go: method name -> the one file of the package directory that
	// declares it ("" when several do); goImps: the file's import names
	goMethods map[string]map[string]string
	goImps    map[string]string
	stars     []string // files whose every export this one re-exports
	// PHP and Ruby: the head of a method call (a class, `$x`, `$this->x`,
	// `@x`; the callee before its last `::`, `->` or `.`) -> the file
	// declaring the class it names or holds; the method is the rest
	heads map[string]string
	// rubyJobs: Ruby Cls.perform_later(x) (ActiveJob) and
	// Cls.perform_async(x) (Sidekiq) run the class's perform(x) later
	rubyJobs bool
}

// rbJobSetRe is a job class given enqueue options: Cls.set(queue: :low),
// Sidekiq's Cls.set(...) and ActiveJob's Cls.set(wait: 1.hour).
var rbJobSetRe = regexp.MustCompile(`^((?:::)?[A-Z][\w:]*)\.set(?:\(.*\))?$`)

// rubyJobEnqueue are the class methods that enqueue a job with the
// arguments of its perform method, in order.
var rubyJobEnqueue = map[string]bool{"perform_later": true, "perform_now": true, "perform_async": true, "perform_inline": true}

// splitHead splits a PHP or Ruby callee at its last `::`, `->` or `.`.
func splitHead(callee string) (string, string, bool) {
	i := max(strings.LastIndex(callee, "::"), strings.LastIndex(callee, "->"))
	sep := 2
	if j := strings.LastIndexByte(callee, '.'); j > i {
		i, sep = j, 1
	}
	if i <= 0 {
		return "", "", false
	}
	return callee[:i], callee[i+sep:], true
}

func (r *xresolver) resolve(callee string) (xtarget, bool) {
	if k, ok := phpIncludeKey(callee); ok {
		callee = k
	}
	if t, ok := r.exact[callee]; ok {
		return t, true
	}
	if m := pyCtorChainRe.FindStringSubmatch(callee); m != nil && r.prefix[m[1]+"()."] != "" {
		// Python's Cls(args).m: bound as `Cls().` (pyImports) for the
		// engine's calls and the callee lists of the file alike
		callee = m[1] + "()." + m[2]
	}
	if r.heads != nil {
		if h, m, ok := splitHead(callee); ok && ident.IsJS(m) {
			if r.rubyJobs && m == "new" {
				// Ruby Cls.new(x) runs the class's initialize(x)
				m = "initialize"
			}
			if r.rubyJobs && rubyJobEnqueue[m] {
				m = "perform"
				if sm := rbJobSetRe.FindStringSubmatch(h); sm != nil {
					// Cls.set(wait: 1.hour).perform_later(x): the same job
					h = sm[1]
				}
			}
			if file := r.heads[h]; file != "" && file != r.self {
				return xtarget{file, m}, true
			}
			if nm := rbNewHeadRe.FindStringSubmatch(h); nm != nil {
				// Ruby Cls.new(args).m: the class's file
				if file := r.heads[nm[1]+".new"]; file != "" && file != r.self {
					return xtarget{file, m}, true
				}
			} else if c := rbRelationClass(h); c != "" && r.rubyJobs {
				// Ruby Cls.where(...).m: the class's file
				if file := r.heads[c]; file != "" && file != r.self {
					return xtarget{file, m}, true
				}
			}
		}
	}
	// the longest bound prefix wins: `import a` and `import a.b` then a.b.f()
	best := ""
	for p := range r.prefix {
		if len(p) > len(best) && strings.HasPrefix(callee, p) && ident.IsJS(callee[len(p):]) {
			best = p
		}
	}
	if best != "" {
		return xtarget{r.prefix[best], callee[len(best):]}, true
	}
	if r.goDir != "" {
		dir, fn := r.goDir, callee
		if i := strings.IndexByte(callee, '.'); i >= 0 {
			d, ok := r.goPkgs[callee[:i+1]]
			if !ok {
				// x.m(), x.f.m() on a value (not a package): a method
				// declared in one other file of this package
				if _, imp := r.goImps[callee[:i]]; imp && i > 0 {
					return xtarget{}, false
				}
				m := callee[strings.LastIndexByte(callee, '.')+1:]
				if file := r.goMethods[r.goDir][m]; file != "" && file != r.self && ident.IsJS(m) {
					return xtarget{file, m}, true
				}
				return xtarget{}, false
			}
			dir, fn = d, callee[i+1:]
		}
		if file := r.goDefs[dir][fn]; file != "" && file != r.self {
			return xtarget{file, fn}, true
		}
	}
	return xtarget{}, false
}

// xstate is the cross-file pass of one scan.
type xstate struct {
	s       *scanState
	files   map[string]*xfileInfo
	res     map[string]*xresolver
	all     map[string]*xresolver      // every file's resolver (re-exports are followed through them)
	defs    map[string]map[string]bool // Python and JavaScript: names a module defines at top level
	callers map[string][]string        // file -> files that call into it
	edges   map[string]map[string]bool // file -> files it calls into
	// sums[file][ruleID][function]: written between rounds, read by the
	// workers during a round
	sums map[string]map[string]map[string]*summary
	// found[file][ruleID]: the file's own analysis reported the rule
	found map[string]map[string]bool
	// parsers and symbol caches, kept across rounds
	workers []*worker
	// wanted[file]: the functions other files call ("*": any), the only
	// summaries kept, which bounds their memory
	wanted map[string]map[string]bool
	// again: the files a round after their first analysis may queue
	// (reanalysable); kept: what their first analysis parsed and lowered,
	// reused by the next (the dataflow engine's files only: its IR alone
	// serves every rule, the syntax tree is dropped)
	again     map[string]bool
	keptMu    sync.Mutex
	kept      map[string]*xkept
	keptBytes int // source bytes of kept
	// incVars[file]: the parameters given to the top level of a PHP
	// file other files include (xfile_php_include.go)
	incVars sync.Map
	// phpTemplates[file]: whether an included PHP file is a template
	phpTemplates map[string]bool
	// dag: while the waves run (runWaves), what each file's analysis
	// may read of the others' summaries
	dag *xdag
}

// xKeep turns the keeping of lowered files between analyses on (tests
// compare with it off); xKeptReused counts the analyses that reused one.
var (
	xKeep       = true
	xKeptReused atomic.Int64
)

// xKeepMaxBytes bounds the source kept with lowered files (their IR is
// some tens of times larger), which caps the memory the keeping adds on
// large trees; files past it are parsed again as before. On sqlalchemy
// the cross-file pass analyses 10 MB of source in 292 files, 177 of them
// more than once.
const xKeepMaxBytes = 8 << 20

// xKeepRoom reports whether the heap has room for one more kept file:
// under a soft memory limit (the scan worker sets one) the live heap is
// below half of it. The collector's work per byte allocated grows with
// live/(limit-live): on the 1M-line mixed tree the live heap is already
// 170-210 MB of 384 MiB when the pass starts, and the 8 MB of source kept
// (about ten times that in IR) brought it to the limit, so the collector
// ran without pause for the rest of the scan. In one process
// (bench/scanspeed, GOGC=400 GOMEMLIMIT=384MiB, the two side by side)
// mixed1m took 77.3 CPU-s with the files kept and 64.9 without them (107
// and 79 collections, heap peak 395 and 363 MB), the 200 parses saved
// notwithstanding; on sqlalchemy (70 MB live) files are kept as before.
func xKeepRoom() bool {
	limit := debug.SetMemoryLimit(-1)
	if limit <= 0 || limit == math.MaxInt64 {
		return true
	}
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(live)
	return live[0].Value.Kind() != metrics.KindUint64 || live[0].Value.Uint64() < uint64(limit/2)
}

// xkept is what the cross-file analysis of a file keeps for the next one:
// all of it depends on the file and the scan, none on the rules or the
// summaries of the round.
type xkept struct {
	src      []byte
	tf       *taintFile // lowered, root dropped
	sinks    *fileSinks
	resolved []xtarget
	idle     *xidle
}

// xresult is one file's cross-file analysis.
type xresult struct {
	path  string
	rules map[string]*xrule // by rule id
	errs  []FileError
}

type xrule struct {
	raws    []rawFinding
	sums    map[string]*summary
	usedExt bool
	// deps are the other files' functions the analysis looked up, each
	// with the summary it found (nil: none). Summaries are kept by
	// pointer while their content stays the same (updateSums), so the
	// analysis would give the same result again while every one of
	// these is still what x.sums holds.
	deps map[xtarget]*summary
}

var goModuleRe = regexp.MustCompile(`(?m)^module[ \t]+"?([^\s"]+)"?`)

// crossFile runs the cross-file taint pass and merges its findings into the
// result: for a file and rule whose analysis used another file's summary,
// the new findings replace those of the file's own analysis (they are at
// least as precise: a helper that cleans its argument is now known to).
//
// Round 0 analyses the files called from other files, with only the rules
// their callers may need (judged from what the per-file pass recorded); each
// later round analyses the callers of files whose summaries changed, with
// only the rules for which those summaries say something.
func (s *scanState) crossFile(ctx context.Context) {
	s.xf.mu.Lock()
	files := s.xf.files
	s.xf.mu.Unlock()
	if len(files) == 0 {
		return
	}
	x := &xstate{s: s, files: files, res: map[string]*xresolver{}, callers: map[string][]string{},
		edges: map[string]map[string]bool{}, sums: map[string]map[string]map[string]*summary{},
		wanted: map[string]map[string]bool{}}
	x.buildResolvers()
	if len(x.callers) == 0 {
		return
	}
	defer func() {
		for _, w := range x.workers {
			w.close()
		}
	}()
	x.found = map[string]map[string]bool{}
	for _, f := range s.res.Findings {
		if f.Kind == KindTaint {
			if x.found[f.Location.Path] == nil {
				x.found[f.Location.Path] = map[string]bool{}
			}
			x.found[f.Location.Path][f.RuleID] = true
		}
	}
	x.again, x.kept = x.reanalysable(), map[string]*xkept{}
	latest := map[string]*xresult{}
	done := map[string]bool{}
	pending := map[string]map[string]bool{} // analysed files to analyse again
	// apply records a round's results; callers already analysed whose
	// view of a changed summary matters are queued in pending
	apply := func(results []*xresult) {
		// every result is recorded before any summary changes, so a
		// caller analysed in this round is judged by what it just saw
		for _, r := range results {
			l := latest[r.path]
			if l == nil {
				l = &xresult{path: r.path, rules: map[string]*xrule{}}
				latest[r.path] = l
			}
			l.errs = append(l.errs, r.errs...)
			for id, xr := range r.rules {
				l.rules[id] = xr
			}
		}
		for _, r := range results {
			for id, strong := range x.updateSums(r) {
				for _, c := range x.callers[r.path] {
					// parameters reaching a sink and returned source data
					// can add findings anywhere up the call chain; other
					// changes only matter where a finding may be cleared;
					// and only a caller that looked up a summary that has
					// since changed can come out differently
					if done[c] && (strong || x.found[c][id]) && x.stale(latest[c], id) {
						if pending[c] == nil {
							pending[c] = map[string]bool{}
						}
						pending[c][id] = true
					}
				}
			}
		}
	}
	// callees before callers: each wave holds the files whose callees are
	// all in earlier waves (cycles are cut and left to the rounds below),
	// so in an acyclic module every file is analysed once
	waves := x.waves()
	if xBarriers {
		for _, wave := range waves {
			if ctx.Err() != nil {
				return
			}
			work := map[string]map[string]bool{}
			for _, p := range wave {
				if rules := x.waveRules(p); len(rules) > 0 {
					work[p] = rules
				}
			}
			for _, p := range wave {
				done[p] = true
			}
			apply(x.runRound(ctx, work))
		}
	} else {
		// the same analyses, each file started as soon as its callees
		// are done; their results applied wave after wave as above
		results := x.runWaves(ctx, waves, x.waveRules, x.analyse)
		if ctx.Err() != nil {
			return
		}
		for _, wave := range waves {
			var rs []*xresult
			for _, p := range wave {
				done[p] = true
				if r := results[p]; r != nil {
					rs = append(rs, r)
				}
			}
			apply(rs)
		}
	}
	round := 0
	for ; len(pending) > 0 && round < maxXRounds && ctx.Err() == nil; round++ {
		x.pruneKept(pending)
		work := pending
		pending = map[string]map[string]bool{}
		apply(x.runRound(ctx, work))
	}
	x.pruneKept(nil)
	work := pending
	if len(work) > 0 && ctx.Err() == nil {
		s.res.Notes = append(s.res.Notes, Note{Pass: "taint", Level: "warning",
			Message: fmt.Sprintf("cross-file taint: no fixpoint after %d rounds; flows through %d files may be missing", round, len(work))})
	}
	x.merge(latest)
}

// waveRules returns the rules a file is analysed with in its wave: those
// its callees' summaries (of earlier waves) speak of, and those its
// callers may need its summaries for.
func (x *xstate) waveRules(p string) map[string]bool {
	rules := x.callerRules(p)
	if _, ok := x.callers[p]; ok {
		for id := range x.demand(p) {
			rules[id] = true
		}
	}
	return rules
}

// xBarriers runs the waves one after the other, each after the whole
// wave before (tests compare with runWaves' schedule).
var xBarriers = false

// xlook returns another file's summaries (by rule, then function) as one
// file's analysis may use them.
type xlook func(file string) map[string]map[string]*summary

// xdag is what runWaves' analyses read of each other: the summaries of
// the files done so far, and the files' waves.
type xdag struct {
	wave map[string]int
	mu   sync.Mutex
	done map[string]bool
	sums map[string]map[string]map[string]*summary
}

// look returns what the analysis of file p may read of other files'
// summaries. Outside runWaves: all there are (x.sums). In runWaves: what
// it would read with the waves run one after the other, each after the
// whole wave before: the summaries of a file of an earlier wave, none of
// a file of p's wave, a later one or none. A file of an earlier wave that
// is not done yet (p reached it by a call its edges do not show, so p
// was not made to wait for it) is added to missed, when not nil, and
// p's analysis must be done again once it is.
func (x *xstate) look(p string, missed *[]string) xlook {
	d := x.dag
	if d == nil {
		return func(t string) map[string]map[string]*summary { return x.sums[t] }
	}
	wp := d.wave[p]
	return func(t string) map[string]map[string]*summary {
		if wt, ok := d.wave[t]; !ok || wt >= wp {
			return nil
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		if !d.done[t] {
			if missed != nil && !slices.Contains(*missed, t) {
				*missed = append(*missed, t)
			}
			return nil
		}
		return d.sums[t]
	}
}

// xready orders the files ready to run: earlier waves first, then by path.
type xready struct {
	wave  map[string]int
	paths []string
}

func (q *xready) Len() int { return len(q.paths) }
func (q *xready) Less(i, j int) bool {
	a, b := q.paths[i], q.paths[j]
	if q.wave[a] != q.wave[b] {
		return q.wave[a] < q.wave[b]
	}
	return a < b
}
func (q *xready) Swap(i, j int) { q.paths[i], q.paths[j] = q.paths[j], q.paths[i] }
func (q *xready) Push(v any)    { q.paths = append(q.paths, v.(string)) }
func (q *xready) Pop() any {
	v := q.paths[len(q.paths)-1]
	q.paths = q.paths[:len(q.paths)-1]
	return v
}

// xDagAgain counts the analyses runWaves threw away and ran again
// because they reached a file of an earlier wave not done yet.
var xDagAgain atomic.Int64

// runWaves analyses the files of the waves (with waveRules), each as soon
// as its callees of earlier waves are done instead of after the whole
// wave before: on sqlalchemy 76 of the 115 waves hold a single file,
// which left the other worker idle. Each analysis reads what it would
// with the waves one after the other (look), so the results, returned by
// file, are the same. rulesOf is x.waveRules and analyse x.analyse
// (tests put others).
func (x *xstate) runWaves(ctx context.Context, waves [][]string, rulesOf func(string) map[string]bool,
	analyse func(context.Context, *worker, string, map[string]bool, xlook) *xresult) map[string]*xresult {
	d := &xdag{wave: map[string]int{}, done: map[string]bool{}, sums: map[string]map[string]map[string]*summary{}}
	for i, ps := range waves {
		for _, p := range ps {
			d.wave[p] = i
		}
	}
	x.dag = d
	defer func() { x.dag = nil }()
	wait := map[string]int{}       // file -> callees not done yet
	after := map[string][]string{} // file -> files waiting for it
	ready := &xready{wave: d.wave}
	for _, ps := range waves {
		for _, p := range ps {
			for t := range x.edges[p] {
				if wt, ok := d.wave[t]; ok && wt < d.wave[p] {
					wait[p]++
					after[t] = append(after[t], p)
				}
			}
			if wait[p] == 0 {
				heap.Push(ready, p)
			}
		}
	}
	type job struct {
		p     string
		rules map[string]bool
	}
	type result struct {
		p      string
		r      *xresult
		missed []string
	}
	nw := max(1, x.s.opts.Workers)
	for len(x.workers) < nw {
		x.workers = append(x.workers, newWorker())
	}
	jobs, results := make(chan job, nw), make(chan result, nw)
	var wg sync.WaitGroup
	for i := 0; i < nw; i++ {
		wg.Add(1)
		go func(w *worker) {
			defer wg.Done()
			for j := range jobs {
				var missed []string
				var r *xresult
				if ctx.Err() == nil {
					r = analyse(ctx, w, j.p, j.rules, x.look(j.p, &missed))
				}
				results <- result{j.p, r, missed}
			}
		}(x.workers[i])
	}
	defer func() {
		close(jobs)
		wg.Wait()
	}()
	out := map[string]*xresult{}
	finish := func(p string, r *xresult) {
		var sums map[string]map[string]*summary
		if r != nil {
			out[p] = r
			for id, xr := range r.rules {
				if sums == nil {
					sums = map[string]map[string]*summary{}
				}
				sums[id] = xr.sums
			}
		}
		d.mu.Lock()
		d.done[p] = true
		if sums != nil {
			d.sums[p] = sums
		}
		d.mu.Unlock()
		for _, c := range after[p] {
			if wait[c]--; wait[c] == 0 {
				heap.Push(ready, c)
			}
		}
	}
	rules := map[string]map[string]bool{}
	busy := 0
	for {
		for ready.Len() > 0 && busy < nw && ctx.Err() == nil {
			p := heap.Pop(ready).(string)
			rs, ok := rules[p]
			if !ok {
				rs = rulesOf(p)
				rules[p] = rs
			}
			if len(rs) == 0 {
				finish(p, nil)
				continue
			}
			jobs <- job{p, rs}
			busy++
		}
		if busy == 0 {
			break
		}
		res := <-results
		busy--
		if len(res.missed) == 0 {
			finish(res.p, res.r)
			continue
		}
		// the analysis reached a file not done yet: wait for it and
		// analyse again (d.done is only written here)
		xDagAgain.Add(1)
		for _, t := range res.missed {
			if !d.done[t] {
				wait[res.p]++
				after[t] = append(after[t], res.p)
			}
		}
		if wait[res.p] == 0 {
			heap.Push(ready, res.p)
		}
	}
	return out
}

// stale reports whether a file's latest analysis for a rule may come out
// differently now: it looked up another file's summary that has changed
// since (or there is no such analysis to judge by).
func (x *xstate) stale(l *xresult, id string) bool {
	if l == nil || l.rules[id] == nil {
		return true
	}
	for t, seen := range l.rules[id].deps {
		if x.sums[t.file][id][t.fn] != seen {
			return true
		}
	}
	return false
}

// pruneKept drops what the files no later round can analyse keep (see
// xkept): a round analyses the files pending, and the next one only
// callers of files the round before analysed, so the files pending and
// their callers, transitively, are all that later rounds can reach. On
// sqlalchemy the waves keep 249 files and the rounds reuse 135 of them.
func (x *xstate) pruneKept(pending map[string]map[string]bool) {
	reach := map[string]bool{}
	var up func(p string)
	up = func(p string) {
		if reach[p] {
			return
		}
		reach[p] = true
		for _, c := range x.callers[p] {
			up(c)
		}
	}
	for p := range pending {
		up(p)
	}
	x.keptMu.Lock()
	defer x.keptMu.Unlock()
	for p, k := range x.kept {
		if !reach[p] {
			delete(x.kept, p)
			x.keptBytes -= len(k.src)
		}
	}
}

// reanalysable returns the files a round after the waves may analyse
// again: a file is queued again only when the summaries of a file it calls
// change after its own analysis, that is when it calls into a file of its
// own wave or a later one (an edge closing a cycle), or into a file that
// may itself be analysed again.
func (x *xstate) reanalysable() map[string]bool {
	wave := map[string]int{}
	for i, ps := range x.waves() {
		for _, p := range ps {
			wave[p] = i
		}
	}
	out := map[string]bool{}
	var mark func(p string)
	mark = func(p string) {
		if out[p] {
			return
		}
		out[p] = true
		for _, c := range x.callers[p] {
			mark(c)
		}
	}
	for p, ts := range x.edges {
		for t := range ts {
			if wave[t] >= wave[p] {
				mark(p)
				break
			}
		}
	}
	return out
}

// callerRules returns the rules for which the files a file calls into have
// summaries that can change its analysis.
func (x *xstate) callerRules(p string) map[string]bool {
	out := map[string]bool{}
	look := x.look(p, nil)
	for t := range x.edges[p] {
		for id, fs := range look(t) {
			if out[id] {
				continue
			}
			if _, strong := factsOf(fs); strong > 0 || x.found[p][id] && len(fs) > 0 {
				out[id] = true
			}
		}
	}
	return out
}

// waves orders the files of the call graph callees first: wave i holds the
// files whose longest chain of calls into other files has length i. An
// edge closing a cycle is ignored for the order.
func (x *xstate) waves() [][]string {
	depth := map[string]int{}
	const visiting = -1
	var visit func(p string) int
	visit = func(p string) int {
		if d, ok := depth[p]; ok {
			if d == visiting {
				return -1 // a cycle: this edge does not order anything
			}
			return d
		}
		depth[p] = visiting
		d := 0
		ts := make([]string, 0, len(x.edges[p]))
		for t := range x.edges[p] {
			ts = append(ts, t)
		}
		sort.Strings(ts) // the same order, so the same cycle edges cut, on every run
		for _, t := range ts {
			if td := visit(t); td+1 > d {
				d = td + 1
			}
		}
		depth[p] = d
		return d
	}
	set := map[string]bool{}
	for p := range x.edges {
		set[p] = true
	}
	for p := range x.callers {
		set[p] = true
	}
	all := make([]string, 0, len(set))
	for p := range set {
		all = append(all, p)
	}
	sort.Strings(all)
	var out [][]string
	for _, p := range all {
		d := visit(p)
		for len(out) <= d {
			out = append(out, nil)
		}
		out[d] = append(out[d], p)
	}
	return out
}

// demand returns the rules a file called from other files must be analysed
// with so its callers get the summaries they may need.
func (x *xstate) demand(t string) map[string]bool {
	info := x.files[t]
	cl, err := x.s.engine.lang(info.lang)
	if err != nil || cl == nil {
		return nil
	}
	out := map[string]bool{}
	for _, r := range cl.taint {
		st, known := info.rules[r.ID]
		need := !known || st&xFacts != 0
		for _, c := range x.callers[t] {
			if need {
				break
			}
			cs, cknown := x.files[c].rules[r.ID]
			switch {
			case x.found[c][r.ID]:
				// the file's summary may show the caller's finding is not one
				need = true
			case st&xNoSource != 0 && (!cknown || cs&xNoSource == 0):
				// the file may pass the caller's source data to a sink
				need = true
			case st&xNoSink != 0 && (!cknown || cs&(xRan|xNoSource) != 0):
				// the file may return source data into the caller's sink
				need = true
			}
		}
		if need {
			out[r.ID] = true
		}
	}
	return out
}

// buildResolvers resolves every file's imports against the scanned files.
func (x *xstate) buildResolvers() {
	byBase := map[string][]string{} // Java: file name -> paths
	javaDirs := map[string][]string{}
	goDefs := map[string]map[string]string{}    // dir -> function -> file
	goMethods := map[string]map[string]string{} // dir -> method -> file ("" when several files declare it)
	// In path order, so that when two files of a Go package define the
	// same function (build-tagged variants: a_dev.go, a_prod.go) the same
	// one wins on every run, and Java's per-name lists keep one order.
	for _, p := range slices.Sorted(maps.Keys(x.files)) {
		info := x.files[p]
		switch info.lang {
		case "java":
			byBase[path.Base(p)] = append(byBase[path.Base(p)], p)
			javaDirs[path.Dir(p)] = append(javaDirs[path.Dir(p)], p)
		case "go":
			d := path.Dir(p)
			for _, m := range info.goMethods {
				if goMethods[d] == nil {
					goMethods[d] = map[string]string{}
				}
				if f, dup := goMethods[d][m]; dup && f != p {
					goMethods[d][m] = ""
				} else {
					goMethods[d][m] = p
				}
			}
			for _, fn := range info.defs {
				if goDefs[d] == nil {
					goDefs[d] = map[string]string{}
				}
				if _, dup := goDefs[d][fn]; !dup {
					goDefs[d][fn] = p
				}
			}
		}
	}
	php := phpClassIndex(x.files)
	rb := rubyClassIndex(x.files)
	rbHelpers := rubyHelperIndex(x.files)
	goMods := map[string]string{} // directory of a go.mod -> module path
	for _, f := range x.s.files {
		if path.Base(f.Path) != "go.mod" {
			continue
		}
		if data, err := fs.ReadFile(x.s.fsys, f.Path); err == nil {
			if m := goModuleRe.FindSubmatch(data); m != nil {
				goMods[path.Dir(f.Path)] = string(m[1])
			}
		}
	}
	exists := func(p, lang string) bool {
		info := x.files[p]
		return info != nil && (info.lang == lang || jsFamily(info.lang) && jsFamily(lang))
	}
	edges := map[string]map[string]bool{}
	x.all = map[string]*xresolver{}
	x.defs = map[string]map[string]bool{}
	for p, info := range x.files {
		if jsFamily(info.lang) || info.lang == "python" {
			x.defs[p] = map[string]bool{}
			for _, d := range info.defs {
				x.defs[p][d] = true
			}
		}
		r := &xresolver{self: p, exact: map[string]xtarget{}, prefix: map[string]string{}}
		for _, spec := range info.stars {
			for _, c := range x.candidates(p, info.lang, spec, byBase) {
				if c != p && exists(c, info.lang) {
					r.stars = append(r.stars, c)
					break
				}
			}
		}
		for _, im := range info.imports {
			var file string
			for _, c := range x.candidates(p, info.lang, im.spec, byBase) {
				if c != p && exists(c, info.lang) {
					file = c
					break
				}
			}
			if file == "" {
				continue
			}
			if im.prefix {
				r.prefix[im.local] = file
			} else {
				r.exact[im.local] = xtarget{file, im.name}
			}
		}
		if info.lang == "java" {
			for _, o := range javaDirs[path.Dir(p)] {
				if o != p {
					cls := strings.TrimSuffix(path.Base(o), ".java") + "."
					if _, ok := r.prefix[cls]; !ok {
						r.prefix[cls] = o
					}
				}
			}
		}
		bindVars(r, info.vars)
		switch info.lang {
		case "php":
			x.phpResolver(r, info, php)
		case "ruby":
			rubyResolver(r, info, rb, x.files)
			rubyHelperCalls(r, info, rbHelpers)
		}
		if info.lang == "go" {
			r.goDir, r.goDefs, r.goPkgs, r.goMethods, r.goImps = path.Dir(p), goDefs, map[string]string{}, goMethods, info.goImports
			if modDir, mod := nearestGoMod(p, goMods); mod != "" {
				for alias, ip := range info.goImports {
					if rest, ok := strings.CutPrefix(ip, mod+"/"); ok {
						r.goPkgs[alias+"."] = path.Join(modDir, rest)
					}
				}
			}
		}
		x.all[p] = r
	}
	for p, info := range x.files {
		if info.lang == "python" && len(info.factoryOut) > 0 {
			x.pyFactoryVars(x.all[p], info)
		}
	}
	for p, info := range x.files {
		r := x.all[p]
		// the files this one calls into (Go and Java: only those named in
		// a call; Python and JavaScript: every imported module)
		targets := map[string]bool{}
		want := func(file, fn string) {
			targets[file] = true
			if x.wanted[file] == nil {
				x.wanted[file] = map[string]bool{}
			}
			x.wanted[file][fn] = true
		}
		for _, t := range r.exact {
			t = x.follow(t)
			want(t.file, t.fn)
		}
		if info.lang == "python" || jsFamily(info.lang) {
			for _, f := range r.prefix {
				want(f, "*") // module.f(): any function of the module
			}
		}
		for _, c := range info.calls {
			if t, ok := r.resolve(c); ok {
				t = x.follow(t)
				want(t.file, t.fn)
			}
		}
		if len(targets) == 0 {
			continue
		}
		x.res[p] = r
		edges[p] = targets
	}
	x.edges = edges
	for caller, ts := range edges {
		for t := range ts {
			x.callers[t] = append(x.callers[t], caller)
		}
	}
}

// phpClasses locates PHP classes: by qualified name (lower case: PHP
// class names ignore case) and by namespace and short name; "" marks a
// name two files declare.
type phpClasses struct {
	fqn  map[string]string
	inNS map[string]map[string]string // namespace -> short name -> file
}

func phpClassIndex(files map[string]*xfileInfo) *phpClasses {
	pc := &phpClasses{fqn: map[string]string{}, inNS: map[string]map[string]string{}}
	add := func(m map[string]string, k, file string) {
		if f, dup := m[k]; dup && f != file {
			m[k] = ""
		} else {
			m[k] = file
		}
	}
	for p, info := range files {
		if info.lang != "php" {
			continue
		}
		for _, c := range info.classes {
			add(pc.fqn, strings.ToLower(c), p)
			if pc.inNS[info.ns] == nil {
				pc.inNS[info.ns] = map[string]string{}
			}
			add(pc.inNS[info.ns], c[strings.LastIndexByte(c, '\\')+1:], p)
		}
	}
	return pc
}

// phpResolver binds a PHP file's calls: functions of the files it
// includes, static calls on classes it imports (`use`), declares in its
// namespace or includes, and method calls on variables and properties
// typed with or constructed from those classes.
func (x *xstate) phpResolver(r *xresolver, info *xfileInfo, pc *phpClasses) {
	r.heads = map[string]string{}
	dir := path.Dir(r.self)
	// cls resolves a class name as written in the file to its file
	cls := func(name string) string {
		if strings.Contains(name, "\\") {
			if f := pc.fqn[strings.ToLower(strings.TrimPrefix(name, "\\"))]; f != "" {
				return f
			}
			head, rest, _ := strings.Cut(name, "\\")
			if q, ok := info.uses[head]; ok {
				return pc.fqn[strings.ToLower(q+"\\"+rest)]
			}
			if info.ns != "" {
				return pc.fqn[strings.ToLower(info.ns+"\\"+name)]
			}
			return ""
		}
		if q, ok := info.uses[name]; ok {
			return pc.fqn[strings.ToLower(q)]
		}
		return pc.inNS[info.ns][name]
	}
	for _, inc := range info.includes {
		file := ""
		for d := dir; ; d = path.Dir(d) {
			if c := path.Join(d, inc); c != r.self && x.files[c] != nil && x.files[c].lang == "php" {
				file = c
				break
			}
			if d == "." || d == "/" {
				break
			}
		}
		if file == "" {
			continue
		}
		x.phpBindInclude(r, inc, file)
		inf := x.files[file]
		for _, fn := range inf.defs {
			if _, ok := r.exact[fn]; !ok {
				r.exact[fn] = xtarget{file, fn}
			}
		}
		if inf.ns == "" {
			for _, c := range inf.classes {
				r.heads[c] = file
			}
		}
	}
	for _, c := range info.calls {
		h, _, ok := splitHead(c)
		if !ok || strings.HasPrefix(h, "$") || r.heads[h] != "" {
			continue
		}
		if f := cls(h); f != "" {
			r.heads[h] = f
		}
	}
	for v, c := range info.vars {
		if c == "" {
			continue
		}
		f := r.heads[c]
		if f == "" {
			f = cls(c)
		}
		if f != "" {
			r.heads[v] = f
		}
	}
}

// rubyClassIndex maps Ruby class and module names (as declared, and by
// their last segment) to the one file declaring them; "" marks a name
// several files declare (a reopened class: no single summary).
func rubyClassIndex(files map[string]*xfileInfo) map[string]string {
	out := map[string]string{}
	add := func(k, file string) {
		if f, dup := out[k]; dup && f != file {
			out[k] = ""
		} else {
			out[k] = file
		}
	}
	for p, info := range files {
		if info.lang != "ruby" {
			continue
		}
		seen := map[string]bool{}
		for _, c := range info.classes {
			for _, k := range []string{c, c[strings.LastIndex(c, ":")+1:]} {
				if !seen[k] {
					seen[k] = true
					add(k, p)
				}
			}
		}
	}
	return out
}

// rubyHelperIndex maps the methods of a Rails app's helper modules (a
// module named *Helper in an app/helpers folder) to the one file defining
// them; "" marks a name several helpers define.
func rubyHelperIndex(files map[string]*xfileInfo) map[string]string {
	out := map[string]string{}
	for p, info := range files {
		if info.lang != "ruby" || !strings.Contains("/"+p, "/app/helpers/") {
			continue
		}
		helper := false
		for _, c := range info.classes {
			if strings.HasSuffix(c, "Helper") {
				helper = true
			}
		}
		if !helper {
			continue
		}
		for _, d := range info.defs {
			if f, dup := out[d]; dup && f != p {
				out[d] = ""
			} else {
				out[d] = p
			}
		}
	}
	return out
}

// rubyHelperCalls binds a Rails controller's `helpers.m(x)` and
// `view_context.m(x)` (also `ApplicationController.helpers.m(x)`): the
// view's helper methods, every helper module being mixed into the view.
func rubyHelperCalls(r *xresolver, info *xfileInfo, helpers map[string]string) {
	if len(helpers) == 0 {
		return
	}
	for _, c := range info.calls {
		h, m, ok := splitHead(c)
		if !ok || h != "helpers" && h != "view_context" && !strings.HasSuffix(h, ".helpers") {
			continue
		}
		if f := helpers[m]; f != "" && f != r.self {
			if _, taken := r.exact[c]; !taken {
				r.exact[c] = xtarget{f, m}
			}
		}
	}
}

// rbNewHeadRe is the head of a call on a new object: Cls.new, Cls.new(args).
var rbNewHeadRe = regexp.MustCompile(`^((?:::)?[A-Z][\w:]*)\.new(?:\(.*\))?$`)

// rubyResolver binds a Ruby file's calls: Cls.m(x) on a class or module
// one other file declares (Rails and Zeitwerk load constants without a
// require), obj.m(x) / @obj.m(x) on a variable assigned Cls.new, and the
// bare calls of methods mixed in with include/extend.
func rubyResolver(r *xresolver, info *xfileInfo, classes map[string]string, files map[string]*xfileInfo) {
	r.heads = map[string]string{}
	r.rubyJobs = true
	cls := func(name string) string {
		name = strings.TrimPrefix(name, "::")
		if f, ok := classes[name]; ok {
			return f
		}
		return classes[name[strings.LastIndex(name, ":")+1:]]
	}
	for _, c := range info.calls {
		h, _, ok := splitHead(c)
		if b := strings.TrimPrefix(h, "::"); !ok || b == "" || b[0] < 'A' || b[0] > 'Z' {
			continue
		}
		if f := cls(h); f != "" {
			r.heads[h] = f
		} else if m := rbNewHeadRe.FindStringSubmatch(h); m != nil {
			// Cls.new(...).m(x): an instance method of the class, called
			// on a new object without a variable (a service object)
			if f := cls(m[1]); f != "" {
				r.heads[m[1]+".new"] = f
			}
		} else if c := rbRelationClass(h); c != "" {
			// Cls.where(...).m(x), Cls.published.m(x): a scope or class
			// method called on a relation of the class (Active Record
			// delegates both to the model); resolve finds the class
			if f := cls(c); f != "" {
				r.heads[c] = f
			}
		}
	}
	for v, c := range info.vars {
		if c == "" {
			continue
		}
		if f := cls(c); f != "" {
			r.heads[v] = f
		}
	}
	own := map[string]bool{}
	for _, d := range info.defs {
		own[d] = true
	}
	for _, m := range info.includes {
		f := cls(m)
		if f == "" || f == r.self {
			continue
		}
		for _, d := range files[f].defs {
			if _, ok := r.exact[d]; !ok && !own[d] {
				r.exact[d] = xtarget{f, d}
			}
		}
	}
}

// bindVars binds calls on variables and fields of a class another file
// declares (`Repo repo; repo.find(x)`, `this.repo.find(x)`) to that file:
// the method resolves by name among the class file's summaries.
func bindVars(r *xresolver, vars map[string]string) {
	for v, cls := range vars {
		if cls == "" {
			continue
		}
		file, ok := r.prefix[cls+"."]
		if !ok || file == r.self {
			continue
		}
		for _, p := range []string{v + ".", "this." + v + "."} {
			if _, taken := r.prefix[p]; !taken {
				r.prefix[p] = file
			}
		}
	}
}

// pyFactoryVars binds calls on a Python name assigned a factory's result
// (`repo = get_repo()`, get_repo imported or the file's own, returning
// `Repo(...)`) to the module of the class the factory returns: the
// factory's module when it defines the class, else the module it (or this
// file) imports the class from. `repo.find(x)` then resolves as for
// `repo = Repo(...)`.
func (x *xstate) pyFactoryVars(r *xresolver, info *xfileInfo) {
	for v, fn := range info.factoryOut {
		if fn == "" {
			continue
		}
		var file, cls string
		if t, ok := r.exact[fn]; ok {
			t = x.follow(t)
			fi := x.files[t.file]
			if fi == nil || fi.lang != "python" || fi.returns[t.fn] == "" {
				continue
			}
			cls = fi.returns[t.fn]
			if x.defs[t.file][cls] {
				file = t.file
			} else if fr := x.all[t.file]; fr != nil {
				if ct, ok := fr.exact[cls]; ok {
					file = x.follow(ct).file
				}
			}
		} else if cls = info.returns[fn]; cls != "" {
			if ct, ok := r.exact[cls]; ok {
				file = x.follow(ct).file
			}
		}
		if file == "" || file == r.self {
			continue
		}
		if _, taken := r.prefix[v+"."]; !taken {
			r.prefix[v+"."] = file
		}
	}
}

// follow resolves a function of a module that only re-exports it (`export
// { f } from './a'`, `export * from './a'`, `from .a import f` in a
// package's __init__.py) to the module that defines it, over a few hops.
func (x *xstate) follow(t xtarget) xtarget {
	for hop := 0; hop < 4; hop++ {
		r := x.all[t.file]
		if r == nil || x.defs[t.file][t.fn] {
			return t
		}
		if n, ok := r.exact[t.fn]; ok && n.file != t.file {
			t = n
			continue
		}
		moved := false
		for _, f := range r.stars {
			if x.defs[f][t.fn] || x.all[f] != nil && x.all[f].exact[t.fn].file != "" {
				t, moved = xtarget{f, t.fn}, true
				break
			}
		}
		if !moved {
			return t
		}
	}
	return t
}

func jsFamily(l string) bool { return l == "javascript" || l == "typescript" || l == "tsx" }

// nearestGoMod returns the directory and module path of the go.mod closest
// above a file.
func nearestGoMod(p string, mods map[string]string) (string, string) {
	for d := path.Dir(p); ; d = path.Dir(d) {
		if m, ok := mods[d]; ok {
			return d, m
		}
		if d == "." || d == "/" {
			return "", ""
		}
	}
}

// candidates lists the files a module spec may name, most likely first.
func (x *xstate) candidates(from, lang, spec string, javaByBase map[string][]string) []string {
	switch lang {
	case "python":
		dots := len(spec) - len(strings.TrimLeft(spec, "."))
		rel := strings.ReplaceAll(spec[dots:], ".", "/")
		var bases []string
		if dots > 0 {
			b := path.Dir(from)
			for i := 1; i < dots; i++ {
				b = path.Dir(b)
			}
			bases = []string{b}
		} else {
			// absolute imports: the package may live under any enclosing
			// directory (a source root); the nearest one wins
			for d := path.Dir(from); ; d = path.Dir(d) {
				bases = append(bases, d)
				if d == "." || d == "/" {
					break
				}
			}
		}
		var out []string
		for _, b := range bases {
			if rel == "" {
				out = append(out, path.Join(b, "__init__.py"))
				continue
			}
			out = append(out, path.Join(b, rel+".py"), path.Join(b, rel, "__init__.py"))
		}
		return out
	case "javascript", "typescript", "tsx":
		b := path.Join(path.Dir(from), spec)
		out := []string{b}
		for _, e := range []string{".js", ".ts", ".tsx", ".jsx", ".mjs", ".cjs"} {
			out = append(out, b+e)
		}
		for _, e := range []string{".ts", ".tsx"} {
			if s, ok := strings.CutSuffix(b, ".js"); ok {
				out = append(out, s+e)
			}
		}
		for _, e := range []string{"/index.js", "/index.ts", "/index.tsx"} {
			out = append(out, b+e)
		}
		return out
	case "java":
		var out []string
		for _, p := range javaByBase[path.Base(spec)] {
			if p == spec || strings.HasSuffix(p, "/"+spec) {
				out = append(out, p)
			}
		}
		sort.Strings(out)
		return out
	}
	return nil
}

// updateSums stores a file's new summaries and returns the rules whose
// summaries changed, each with true when parameters reaching a sink or
// returned source data were added.
func (x *xstate) updateSums(r *xresult) map[string]bool {
	cur := x.sums[r.path]
	var changed map[string]bool
	for id, xr := range r.rules {
		if cur == nil {
			cur = map[string]map[string]*summary{}
			x.sums[r.path] = cur
		}
		old, seen := cur[id]
		for name, s := range xr.sums {
			// the same summary keeps its identity (see xrule.deps)
			if o := old[name]; o != nil && sameSummary(o, s) {
				xr.sums[name] = o
			}
		}
		of, os := factsOf(old)
		nf, ns := factsOf(xr.sums)
		if !seen && len(xr.sums) > 0 || of != nf {
			if changed == nil {
				changed = map[string]bool{}
			}
			changed[id] = ns > os
		}
		cur[id] = xr.sums
	}
	return changed
}

// sameSummary reports whether two summaries say the same, traces included.
func sameSummary(a, b *summary) bool {
	if !sameTraces(a.recvSink, b.recvSink) || !sameTraces(a.recvRet, b.recvRet) || len(a.fieldStore) != len(b.fieldStore) || len(a.paramInto) != len(b.paramInto) {
		return false
	}
	for k, x := range a.fieldStore {
		if !sameTraces(x, b.fieldStore[k]) {
			return false
		}
	}
	for i, w := range a.paramInto {
		u := b.paramInto[i]
		if w.param != u.param || !slices.Equal(w.path, u.path) || w.at != u.at || !sameTraces(w.params, u.params) || !sameTraces(w.fields, u.fields) {
			return false
		}
	}
	return (a.retSrc == nil) == (b.retSrc == nil) && slices.Equal(a.retSrc, b.retSrc) &&
		sameTraces(a.paramRet, b.paramRet) && sameTraces(a.paramSink, b.paramSink)
}

// sameTraces reports whether two maps of traces hold the same traces under
// the same keys.
func sameTraces[K comparable](x, y map[K][]TraceStep) bool {
	if len(x) != len(y) {
		return false
	}
	for k, t := range x {
		if u, ok := y[k]; !ok || !slices.Equal(t, u) {
			return false
		}
	}
	return true
}

// factsOf counts the facts a rule's summaries hold, and among them those
// of parameters reaching a sink or returned source data. Facts are only
// ever added between rounds, so an unchanged count means unchanged summaries.
func factsOf(fs map[string]*summary) (all, strong int) {
	for _, s := range fs {
		all += s.size()
		strong += len(s.paramSink) + len(s.recvSink) + len(s.paramInto)
		if s.retSrc != nil {
			strong++
		}
	}
	return all, strong
}

// runRound analyses files in parallel with the summaries known so far.
func (x *xstate) runRound(ctx context.Context, work map[string]map[string]bool) []*xresult {
	paths := make([]string, 0, len(work))
	for p := range work {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	ch := make(chan string)
	out := make([]*xresult, 0, len(work))
	var mu sync.Mutex
	var wg sync.WaitGroup
	for len(x.workers) < min(x.s.opts.Workers, len(work)) {
		x.workers = append(x.workers, newWorker())
	}
	for i := 0; i < min(x.s.opts.Workers, len(work)); i++ {
		wg.Add(1)
		go func(w *worker) {
			defer wg.Done()
			for p := range ch {
				if ctx.Err() != nil {
					continue
				}
				if r := x.analyse(ctx, w, p, work[p], x.look(p, nil)); r != nil {
					mu.Lock()
					out = append(out, r)
					mu.Unlock()
				}
			}
		}(x.workers[i])
	}
	for _, p := range paths {
		ch <- p
	}
	close(ch)
	wg.Wait()
	sort.Slice(out, func(i, j int) bool { return out[i].path < out[j].path })
	return out
}

// ext returns the cross-file callee resolver of one file for one rule; it
// records in deps (when not nil) each function it looked up and what it found.
func (x *xstate) ext(p, ruleID string, deps map[xtarget]*summary, look xlook) func(string) *summary {
	r := x.res[p]
	if r == nil {
		return nil
	}
	return func(callee string) *summary {
		t, ok := r.resolve(callee)
		if !ok {
			return nil
		}
		t = x.follow(t)
		s := look(t.file)[ruleID][t.fn]
		if deps != nil {
			deps[t] = s
		}
		if s != nil && t.fn == phpTopLevel {
			return x.phpIncludeSummary(callee, t.file, s)
		}
		return s
	}
}

// analyse parses one file again and runs its language's taint rules with
// the cross-file summaries; nil when the file cannot be analysed.
func (x *xstate) analyse(ctx context.Context, w *worker, p string, rules map[string]bool, look xlook) (res *xresult) {
	s := x.s
	info := x.files[p]
	cl, err := s.engine.lang(info.lang)
	if err != nil || cl == nil || len(cl.taint) == 0 {
		return nil
	}
	res = &xresult{path: p, rules: map[string]*xrule{}}
	defer func() {
		if r := recover(); r != nil {
			res.errs = append(res.errs, FileError{Path: p, Message: fmt.Sprintf("cross-file taint analysis crashed: %v", r)})
		}
	}()
	fctx, cancel := context.WithTimeout(ctx, s.opts.FileTimeout)
	defer cancel()
	fctx = budget.With(fctx, budget.New(s.opts.WorkBudget))
	x.keptMu.Lock()
	k := x.kept[p]
	x.keptMu.Unlock()
	if k != nil {
		xKeptReused.Add(1)
	} else {
		src, err := fs.ReadFile(s.fsys, p)
		if err != nil {
			return nil
		}
		parser := w.parser(cl)
		parser.SetOperationLimit(max(int(s.opts.FileTimeout.Microseconds()), 1))
		tree, err := parser.ParseCtx(context.Background(), nil, src)
		if err != nil || tree == nil {
			parser.Reset()
			return res
		}
		root, _, release := copyTreePooled(tree.RootNode(), cl.lang, src, cl.ts, w.symbols(cl.lang.name))
		tree.Close()
		calls := callees(root, src)
		k = &xkept{src: src}
		// the copied tree is this analysis's alone (the IR, the callees
		// and the findings hold none of its nodes): its nodes go back to
		// the pool when the analysis is done, after the deferred keeping
		// below has dropped it
		defer func(tf **taintFile) {
			if *tf != nil {
				(*tf).root = nil
			}
			release()
		}(&k.tf)
		if xr := x.res[p]; xr != nil {
			for c := range calls {
				if t, ok := xr.resolve(c); ok {
					k.resolved = append(k.resolved, x.follow(t))
				}
			}
		}
		k.tf = &taintFile{lang: cl.lang, root: root, src: src, path: p, models: s.models}
		x.phpIncludeParams(p, k.tf)
		k.sinks = s.sinkMemo(cl).file(calls, k.tf)
		defer func() {
			// kept once lowered (the IR is all the dataflow engine
			// reads); a panic above leaves nothing half made behind
			if xKeep && k.tf.mod != nil && engineV2[cl.lang.name] && x.again[p] {
				k.tf.root = nil
				x.keptMu.Lock()
				if x.keptBytes+len(k.src) <= xKeepMaxBytes && xKeepRoom() {
					x.kept[p] = k
					x.keptBytes += len(k.src)
				}
				x.keptMu.Unlock()
			}
		}()
	}
	src, tf, sinks, resolved := k.src, k.tf, k.sinks, k.resolved
	tf.exported = x.wanted[p]
	meter := budget.From(fctx)
	for ri, r := range cl.taint {
		sink := sinks.mayV1(ri, r) || cl.lang.name == "javascript" && fieldClientHint(src) && sinks.may(ri, r)
		if !rules[r.ID] || !x.needed(p, r, src, sink, resolved, look) {
			continue
		}
		if meter.Exhausted() {
			res.errs = append(res.errs, FileError{Path: p, Message: s.stopped("cross-file taint analysis", fctx, budget.ErrExhausted)})
			break
		}
		if engineV2[cl.lang.name] {
			if k.idle == nil {
				k.idle = x.newIdle(p, tf)
			}
			if k.idle.skip(r, func() bool { return sinks.may(ri, r) }, look) {
				continue
			}
		}
		deps := map[xtarget]*summary{}
		out, err := runTaintExt(fctx, r, tf, x.ext(p, r.ID, deps, look), true)
		if err != nil {
			if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, budget.ErrExhausted) {
				res.errs = append(res.errs, FileError{Path: p, Message: s.stopped("cross-file taint analysis", fctx, err)})
			}
			break
		}
		if w := x.wanted[p]; !w["*"] {
			for name := range out.sums {
				if !w[name] {
					delete(out.sums, name)
				}
			}
		}
		res.rules[r.ID] = &xrule{raws: out.raws, sums: out.sums, usedExt: out.usedExt, deps: deps}
	}
	return res
}

// xidle tells, for one file of the dataflow engine, the rules whose
// cross-file analysis cannot change anything: the file's summaries are
// wanted by no other file (no caller, or none of its functions is one they
// call), and either no call of the file reaches a summary of another file
// (the result would equal the per-file pass's, which the merge keeps) or
// no finding can come of it (none of the file's own, no sink among its
// calls, no summary it reaches passes a parameter to a sink).
type xidle struct {
	x       *xstate
	p       string
	wanted  bool      // another file calls one of the file's functions
	targets []xtarget // what the file's calls (as the engine asks) resolve to
}

func (x *xstate) newIdle(p string, tf *taintFile) *xidle {
	d := &xidle{x: x, p: p}
	m := tf.module()
	if w := x.wanted[p]; len(w) > 0 && len(x.callers[p]) > 0 {
		for _, f := range m.Funcs {
			// the engine summarises every named function but the top level
			if (f != m.Top || len(f.Params) > 0) && f.Name != "" && (w["*"] || w[f.Name]) {
				d.wanted = true
				break
			}
		}
	}
	if r := x.res[p]; r != nil && !d.wanted {
		seen := map[xtarget]bool{}
		for _, k := range tf.callees() {
			if t, ok := r.resolve(k[0]); ok {
				if t = x.follow(t); !seen[t] {
					seen[t] = true
					d.targets = append(d.targets, t)
				}
			}
		}
	}
	return d
}

// skip reports whether analysing the file for r can change nothing;
// sink reports whether the file may call one of r's sinks.
func (d *xidle) skip(r *Rule, sink func() bool, look xlook) bool {
	if d.wanted {
		return false
	}
	ext, extSink := false, false
	for _, t := range d.targets {
		if s := look(t.file)[r.ID][t.fn]; s != nil {
			ext = true
			extSink = extSink || len(s.paramSink) > 0 || len(s.recvSink) > 0 || len(s.paramInto) > 0
		}
	}
	return !ext || !extSink && !d.x.found[d.p][r.ID] && !sink()
}

// fieldClientHint says whether a JavaScript file may keep an HTTP or LDAP
// client in a field of a class (`this.http = axios.create()`): its calls
// on the client (`this.http.get(url)`) are sinks only by their canonical
// name, which the callees as written (mayV1) do not show.
func fieldClientHint(src []byte) bool {
	if !bytes.Contains(src, []byte("this.")) {
		return false
	}
	for _, k := range []string{".create(", ".extend(", "createClient(", "new Client("} {
		if bytes.Contains(src, []byte(k)) {
			return true
		}
	}
	return false
}

// needed reports whether a rule can change anything when run on a file in
// the cross-file pass: the file calls one of the rule's sinks (findings,
// parameters reaching a sink) or holds one of its sources (functions that
// return source data), a caller's own finding of the rule may be cleared by
// this file's summaries, or a function it calls in another file has a
// summary for the rule. Otherwise the file's summaries for the rule could
// only say that parameters flow to return values, which callers already
// assume of functions without a summary.
// sink is mayHaveSink's answer for the rule and the file's callees.
func (x *xstate) needed(p string, r *Rule, src []byte, sink bool, resolved []xtarget, look xlook) bool {
	if sink || x.wanted[p][phpTopLevel] && bytes.Contains(src, []byte("<?=")) {
		// (an included PHP file: `<?= $x ?>` is an echo no keyword names)
		return true
	}
	kws := taintKeywords(r)
	if kws == nil {
		return true
	}
	for _, k := range kws {
		if bytes.Contains(src, []byte(k)) {
			return true
		}
	}
	for _, c := range x.callers[p] {
		if x.found[c][r.ID] {
			return true
		}
	}
	for _, t := range resolved {
		// an empty summary (the function cleans or drops its arguments)
		// matters only where the file's own analysis reported the rule
		if s, ok := look(t.file)[r.ID][t.fn]; ok && (s.size() > 0 || x.found[p][r.ID]) {
			return true
		}
	}
	return false
}

// merge replaces, for each file and rule analysed with another file's
// summary, the file's own taint findings with the cross-file ones.
func (x *xstate) merge(latest map[string]*xresult) {
	s := x.s
	type key struct{ path, rule string }
	replace := map[key]bool{}
	byPath := map[string][]rawFinding{}
	paths := make([]string, 0, len(latest))
	for p := range latest {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		r := latest[p]
		s.res.ParseErrors = append(s.res.ParseErrors, r.errs...)
		for id, xr := range r.rules {
			if !xr.usedExt {
				continue
			}
			replace[key{p, id}] = true
			for _, f := range xr.raws {
				at := p
				if f.interSink != nil {
					at = f.interSink.Path
				}
				byPath[at] = append(byPath[at], f)
			}
		}
	}
	if len(replace) == 0 {
		return
	}
	kept := s.res.Findings[:0]
	for _, f := range s.res.Findings {
		if f.Kind == KindTaint && replace[key{f.Location.Path, f.RuleID}] {
			continue
		}
		kept = append(kept, f)
	}
	s.res.Findings = kept
	for at, raws := range byPath {
		src, err := fs.ReadFile(s.fsys, at)
		if err != nil {
			continue
		}
		s.res.Findings = append(s.res.Findings, s.toFindings(dedupRaws(raws), at, src)...)
	}
}

// dedupRaws drops repeated flows (the same sink reached from the same
// source through several files' analyses).
func dedupRaws(raws []rawFinding) []rawFinding {
	seen := map[string]bool{}
	out := raws[:0]
	for _, f := range raws {
		loc := Location{StartLine: int(f.sp.Row) + 1, StartColumn: int(f.sp.Column) + 1}
		if f.interSink != nil {
			loc = *f.interSink
		}
		src := f.trace[0].Location
		k := fmt.Sprintf("%s|%d:%d|%s:%d:%d", f.rule.ID, loc.StartLine, loc.StartColumn, src.Path, src.StartLine, src.StartColumn)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, f)
	}
	return out
}
