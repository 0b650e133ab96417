package dataflow

import "vigil/modules/analysis/scanner/ir"

// Sink says which inputs of a matched call must not receive tainted data.
type Sink struct {
	Args   []int    // positional arguments (0-based)
	Kwargs []string // keyword arguments
	All    bool     // every argument (and keyword argument)
	// Props narrows a positional argument to some of its properties: where
	// the argument is an object (a literal, a variable holding one), only
	// the data at these property paths reaches the sink; data of the value
	// as a whole (a tainted string, a source object) always does.
	// `{url: FIXED, data: tainted}` passed to axios is no SSRF.
	Props map[int][][]string
	// SkipObjects: the sink renders only strings; an argument known to be
	// an object or array (built by a literal) is serialised instead
	// (Express's res.send sends it as JSON).
	SkipObjects bool
	Recv        bool   // the receiver of a method call (str.html_safe, name.constantize)
	Desc        string // how traces and messages name it: "os.system()"
}

// PropKind is how a modelled call moves data besides its default (the
// result carries the taint of the receiver and every argument).
type PropKind uint8

const (
	// PropNone: the default.
	PropNone PropKind = iota
	// PropIntoReceiver: the arguments flow into the receiver's elements
	// (list.append, dict.update, StringBuilder.append, Map.put's value).
	PropIntoReceiver
	// PropFromReceiverKey: the result is the receiver's element at the
	// constant key given as first argument (dict.get, Map.get), or any
	// element when the key is not constant; a second argument (default)
	// flows too.
	PropFromReceiverKey
	// PropPutKey: the second argument is stored in the receiver at the
	// constant key given as first argument (Map.put, dict.setdefault).
	PropPutKey
)

// Spec is what the engine needs to know about one kind of flow: rule
// sources, sinks and sanitisers plus the model packs. Callees are given
// both as written (Instr.Text) and resolved (Instr.Callee).
type Spec interface {
	// SourcePlace reports whether reading a place (key as written, and
	// canonical with imports resolved) yields untrusted data.
	SourcePlace(key, canonical string) bool
	// SourceCall reports whether a call's result is untrusted data.
	SourceCall(in *ir.Instr) bool
	// Sanitizer reports whether a call's result is clean for this flow.
	Sanitizer(in *ir.Instr) bool
	// Sinks returns the sinks a call in function f matches (nil: none).
	Sinks(f *ir.Func, in *ir.Instr) []Sink
	// AssignSink reports whether assigning to this place is a sink
	// (el.innerHTML = x), with its description.
	AssignSink(key string) (string, bool)
	// ParamSource reports whether parameter i of f is untrusted on entry
	// (annotated framework parameters, route path variables).
	ParamSource(f *ir.Func, i int) bool
	// Propagator says how a call moves data when it is not a source,
	// sanitiser or analysed function.
	Propagator(in *ir.Instr) PropKind
	// External returns the summary of a function of another file the call
	// resolves to, or nil.
	External(in *ir.Instr) *Summary
}

// AssignSanitizer is an optional part of a Spec: assignments to a part of
// a value that store nothing the flow cares about (`u.search = q` leaves
// where the URL u points unchanged).
type AssignSanitizer interface {
	// CleanAssign reports whether storing to the place (its text, x.f) is
	// clean for the flow.
	CleanAssign(key string) bool
}

// ReceiverSanitizer is an optional part of a Spec: calls that make the
// object they are called on clean for the flow from then on (a parser
// factory's hardening setter before it makes a parser).
type ReceiverSanitizer interface {
	// CleansReceiver reports whether the call cleans its receiver.
	CleansReceiver(in *ir.Instr) bool
}

// AssignSinkAt is an optional part of a Spec: AssignSink that also sees
// where the assignment is (a sink that needs the assignment's text to
// match, `el.innerHTML = "<b>" + name`). When a Spec has it, it replaces
// AssignSink.
type AssignSinkAt interface {
	AssignSinkAt(key string, at ir.Span) (string, bool)
}

// HostCheck is an optional part of a Spec: when HostChecks is true, a
// check of a URL's host (membership, equality) validates the whole URL:
// the flow is about where the URL points (SSRF, redirects).
type HostCheck interface {
	HostChecks() bool
}

// StringSafe is an optional part of a Spec: when StringsSafe is true, a
// value checked to be a string (`typeof x === "string"`) is clean for the
// flow (NoSQL operator injection needs an object).
type StringSafe interface {
	StringsSafe() bool
}

// DotSafe is an optional part of a Spec: when DotsSafe is true, a dot is
// an ordinary character for the flow (not a path's parent step), so a
// full-match check allowing dots (`^[\w.-]+$`) validates.
type DotSafe interface {
	DotsSafe() bool
}

// FixedPrefix is an optional part of a Spec: a string built from a
// constant start (concatenation, interpolation) whose start already decides
// what the flow cares about is clean ("https://api.example.com/users/" + id
// cannot change the host a request goes to).
type FixedPrefix interface {
	// CleanPrefix reports whether text built to start with prefix is clean.
	CleanPrefix(prefix string) bool
}

// Validator is an optional part of a Spec: calls that, as a branch
// condition, prove one argument clean for the flow on one edge (a path's
// prefix or locality check). Specs without it know only the engine's
// built-in checks (comparison with a constant, membership, ...).
type Validator interface {
	// Validates returns the argument a call checks (RecvArg: its
	// receiver) and whether it passed where the call returned true (else
	// where it returned false).
	Validates(in *ir.Instr) (arg int, onTrue bool, ok bool)
}

// RecvArg is the argument a Validator returns when a call checks its
// receiver; a receiver made by calls without arguments in the same block
// (`f.getCanonicalPath().startsWith(base)`) checks what they were called on.
const RecvArg = -1

// Evaluator is an optional part of a Spec: calls that run, query, fetch or
// open what some of their arguments say (an interpreter's Run(code), an
// XPath or SQL query, a command, a URL, a file path). Their result is what
// that work yields (the program's value, the rows or nodes found, the
// output, the page, the file's bytes), not the argument's text, so for a
// flow about the text itself (XSS) it carries none of those arguments'
// taint; the receiver and the other arguments still flow into it.
type Evaluator interface {
	// Evaluates returns the argument positions a call evaluates (all:
	// every argument) and whether it is such a call at all.
	Evaluates(in *ir.Instr) (args []int, all bool, ok bool)
}

// ResultProps is an optional part of a Spec: calls whose result holds
// only what some property paths of one argument hold (a template the
// program holds, rendered: it prints those values raw and escapes the
// rest), besides the receiver. No props: the argument as a whole.
type ResultProps interface {
	ResultProps(in *ir.Instr) (arg int, props [][]string, ok bool)
}

// CallCheck is an optional part of a Spec: when CallsCheck is true, any
// call used as a branch condition checks the tainted variable it is given
// on its true edge (`if !members.IsMember(userID, tenantID) { return }`
// proves tenantID on the way on), unless it compares two tainted values
// for equality (comparing one request value with another verifies
// neither). For flows about trusting unverified
// values (the trust boundary) the program's own membership or permission
// check is the verification, whatever it is called.
type CallCheck interface {
	CallsCheck() bool
}
