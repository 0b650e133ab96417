// Package isolate runs the scanner in a child process of the same binary,
// so that hostile source (parsed by tree-sitter's C code, which Go cannot
// recover from) costs one child at worst: a crash, a stall, a memory or
// CPU limit or a cancel kills that process only. The server's analyses and
// `vigil scan` both scan through a Runner.
//
// The child (`vigil scan-worker`, see Main) confines itself before it
// reads any source: resource limits, no new privileges, a Landlock domain
// that may read only the tree being scanned (and run the binary), and a
// seccomp filter refusing exec, ptrace, io_uring and network sockets.
// Where Landlock or seccomp are missing (old kernels, other systems) the
// worker says so in its first message and the Runner logs it: the process
// boundary and the limits still hold. The child reads a Request as JSON on
// stdin and streams JSON lines back on descriptor 3: which file it starts
// and finishes, progress, then the scanner.Result.
//
// When a worker dies, the files it was parsing are the suspects: one
// suspect is skipped ("crashed the parser: …") and the scan runs again
// without it; several are narrowed down by scanning again with one
// worker thread. A file still in flight after the per-file budget is
// killed and skipped the same way, which makes the budget hold even inside
// a C call.
package isolate

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"vigil/modules/analysis/scanner"
)

// Options configure a Runner.
type Options struct {
	// Executable is the vigil binary; "" means this process's own
	// (os.Executable), which is right in production and in tests whose
	// TestMain serves Command.
	Executable string
	// Env is the worker's whole environment. Nothing else is passed on, so
	// the server's secrets never reach a process that parses hostile input.
	Env []string
	// Limits bound each worker process.
	Limits Limits
	// FileBudget is how long one file may stay in flight before the worker
	// is killed and the file skipped; 0 means scanner.DefaultFileTimeout
	// plus a minute (the scanner's own wall-clock safety net, checked
	// between query matches and data-flow steps, normally ends a runaway
	// file first, and its work budget a merely slow one).
	FileBudget time.Duration
	// Network lets the worker open network sockets (the dependency pass
	// querying an OSV server); without it the sandbox refuses them.
	Network bool
	// Read lists paths, besides the scanned tree, the worker may read (an
	// offline OSV database, say).
	Read []string
	// MaxRestarts bounds how often one scan starts a new worker after a
	// crash; 0 means 8.
	MaxRestarts int
	Logger      *slog.Logger
	// Started, when set, is told each worker's process id (tests watch it).
	Started func(pid int)
}

// Runner scans trees in worker processes. It is safe for concurrent use.
type Runner struct {
	o             Options
	sandboxLogged sync.Once
}

// New returns a Runner.
func New(o Options) (*Runner, error) {
	if o.Executable == "" {
		exe, err := os.Executable()
		if err != nil {
			return nil, fmt.Errorf("isolate: find the vigil binary: %w", err)
		}
		o.Executable = exe
	}
	if o.FileBudget <= 0 {
		o.FileBudget = scanner.DefaultFileTimeout + time.Minute
	}
	if o.MaxRestarts <= 0 {
		o.MaxRestarts = 8
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	o.Limits = o.Limits.withDefaults()
	return &Runner{o: o}, nil
}

// CrashedReason prefixes the skip reason of a file that killed a worker.
const CrashedReason = "crashed the parser"

// StalledReason prefixes the skip reason of a file that outlived the budget.
const StalledReason = "stalled the parser"

// Scan scans req.Root in worker processes and returns the scanner's
// result, with files that crashed or stalled a worker listed as skipped.
// progress (may be nil) receives the scan's progress as it streams in.
func (r *Runner) Scan(ctx context.Context, req Request, progress func(scanner.Progress)) (*scanner.Result, error) {
	skip := map[string]string{}
	for k, v := range req.Skip {
		skip[k] = v
	}
	for restarts := 0; ; restarts++ {
		req.Skip = skip
		res, c, err := r.once(ctx, req, progress)
		if err == nil {
			return res, nil
		}
		if cerr := context.Cause(ctx); cerr != nil && ctx.Err() != nil {
			return nil, cerr
		}
		if c == nil {
			return nil, err
		}
		r.o.Logger.Warn("scan worker died", "root", req.Root, "reason", c.reason, "in_flight", c.inFlight, "stalled", c.stalled, "stderr", c.stderr)
		if restarts >= r.o.MaxRestarts {
			return nil, fmt.Errorf("isolate: the scanner crashed %d times, last: %s", restarts+1, c.reason)
		}
		switch {
		case c.stalled != "":
			skip[c.stalled] = fmt.Sprintf("%s: still parsing after %s", StalledReason, r.o.FileBudget)
		case len(c.inFlight) == 1:
			skip[c.inFlight[0]] = CrashedReason + ": " + c.reason
		case len(c.inFlight) > 1 && req.Workers != 1:
			req.Workers = 1 // one file at a time names the culprit
		default:
			return nil, fmt.Errorf("isolate: the scanner crashed outside any file: %s", c.reason)
		}
	}
}

// crash describes a worker that died without a result.
type crash struct {
	reason   string
	inFlight []string
	stalled  string
	stderr   string
}

// once runs one worker to the end: a result, a reported error, or a crash.
func (r *Runner) once(ctx context.Context, req Request, progress func(scanner.Progress)) (*scanner.Result, *crash, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return nil, nil, fmt.Errorf("isolate: %w", err)
	}
	reads := []string{req.Root}
	optional := append([]string{}, r.o.Read...)
	if r.o.Network {
		optional = append(optional, networkReadPaths...)
	}
	for _, p := range append(append(optional, req.ConfigPath, req.RulesDir), req.Models...) {
		if _, err := os.Stat(p); err == nil && p != "" {
			reads = append(reads, p) // a missing one fails in the scan itself
		}
	}
	args := []string{Command, "--cpu", r.o.Limits.CPU.String(), "--mem", strconv.FormatInt(r.o.Limits.Memory, 10), "--files", strconv.Itoa(r.o.Limits.Files)}
	if r.o.Network {
		args = append(args, "--network")
	}
	for _, p := range reads {
		args = append(args, "--read", p)
	}
	if st, err := os.Stat(req.Root); err == nil && !st.IsDir() {
		// a one-file scan walks the file's directory: it may list it
		// (names only), and read nothing in it but the file
		args = append(args, "--list", filepath.Dir(req.Root))
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, nil, fmt.Errorf("isolate: %w", err)
	}
	defer pr.Close()
	cmd := exec.Command(r.o.Executable, args...)
	cmd.Env = append([]string{}, r.o.Env...)
	if !slices.ContainsFunc(cmd.Env, func(kv string) bool { return strings.HasPrefix(kv, "GOMAXPROCS=") }) {
		// the worker cannot read the cgroup files Go sizes itself from:
		// it gets this process's (quota-aware) figure instead
		cmd.Env = append(cmd.Env, "GOMAXPROCS="+strconv.Itoa(runtime.GOMAXPROCS(0)))
	}
	cmd.Stdin = strings.NewReader(string(body))
	stderr := &headBuffer{max: 16 << 10}
	cmd.Stdout, cmd.Stderr = stderr, stderr
	cmd.ExtraFiles = []*os.File{pw}
	cmd.SysProcAttr = workerProcAttr()
	if err := cmd.Start(); err != nil {
		pw.Close()
		return nil, nil, fmt.Errorf("isolate: start the scan worker: %w", err)
	}
	pw.Close()
	pid := cmd.Process.Pid
	if r.o.Started != nil {
		r.o.Started(pid)
	}
	kill := func() { killWorker(cmd.Process) }

	var mu sync.Mutex
	inFlight := map[string]time.Time{}
	stalled := ""
	stop := make(chan struct{})
	watchDone := make(chan struct{})
	go func() { // cancel and per-file budget
		defer close(watchDone)
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-ctx.Done():
				kill()
				return
			case now := <-t.C:
				mu.Lock()
				for p, since := range inFlight {
					if now.Sub(since) > r.o.FileBudget {
						stalled = p
					}
				}
				s := stalled
				mu.Unlock()
				if s != "" {
					kill()
					return
				}
			}
		}
	}()

	var res *scanner.Result
	var ruleIDs []string
	var werr string
	dec := json.NewDecoder(pr)
	for {
		var m message
		if err := dec.Decode(&m); err != nil {
			break // EOF when the worker exits; garbage when it died mid-line
		}
		switch {
		case m.Sandbox != nil:
			r.logSandbox(m.Sandbox)
		case m.Start != "":
			mu.Lock()
			inFlight[m.Start] = time.Now()
			mu.Unlock()
		case m.Done != "":
			mu.Lock()
			delete(inFlight, m.Done)
			mu.Unlock()
		case m.Progress != nil:
			if progress != nil {
				progress(*m.Progress)
			}
		case m.Result != nil:
			res, ruleIDs = m.Result, m.RuleIDs
		case m.Error != "":
			werr = m.Error
		}
	}
	_, _ = io.Copy(io.Discard, pr)
	waitErr := cmd.Wait()
	close(stop)
	<-watchDone
	kill() // nothing of the group may outlive the scan

	if res != nil && waitErr == nil {
		if err := r.attachRules(res, ruleIDs, req.RulesDir); err != nil {
			return nil, nil, err
		}
		return res, nil, nil
	}
	if ctx.Err() != nil {
		return nil, nil, ctx.Err()
	}
	if werr != "" && waitErr == nil {
		return nil, nil, errors.New(werr)
	}
	mu.Lock()
	defer mu.Unlock()
	c := &crash{reason: describe(waitErr, stderr.String()), stalled: stalled, stderr: stderr.String()}
	for p := range inFlight {
		c.inFlight = append(c.inFlight, p)
	}
	sort.Strings(c.inFlight)
	return nil, c, fmt.Errorf("isolate: scan worker died: %s", c.reason)
}

// logSandbox logs the worker's sandbox once per Runner: a missing protection is
// the operator's to know about, not every analysis's.
func (r *Runner) logSandbox(sb *Sandbox) {
	r.sandboxLogged.Do(func() {
		if len(sb.Unavailable) > 0 {
			r.o.Logger.Warn("scan worker sandbox incomplete", "applied", sb.Applied, "unavailable", sb.Unavailable)
			return
		}
		r.o.Logger.Info("scan worker sandbox", "applied", sb.Applied)
	})
}

// attachRules gives the result its active rules (Result does not carry
// them in JSON; reports such as SARIF describe them).
func (r *Runner) attachRules(res *scanner.Result, ids []string, rulesDir string) error {
	rules, err := LoadRules(rulesDir)
	if err != nil {
		return err
	}
	byID := make(map[string]*scanner.Rule, len(rules))
	for _, rl := range rules {
		byID[rl.ID] = rl
	}
	res.Rules = res.Rules[:0]
	for _, id := range ids {
		if rl := byID[id]; rl != nil {
			res.Rules = append(res.Rules, rl)
		}
	}
	return nil
}

// describe says how a worker ended, from its exit status and the last of
// its standard error (where the Go runtime reports a fatal signal).
func describe(waitErr error, stderr string) string {
	var ee *exec.ExitError
	if errors.As(waitErr, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			switch sig := ws.Signal(); sig {
			case syscall.SIGKILL:
				return "killed (SIGKILL: memory or CPU limit, or the out-of-memory killer)"
			case syscall.SIGXCPU:
				return "CPU time limit reached (SIGXCPU)"
			default:
				return "killed by " + sig.String()
			}
		}
	}
	for _, line := range strings.Split(stderr, "\n") {
		line = strings.TrimSpace(line)
		for _, p := range []string{"SIGSEGV", "SIGBUS", "SIGILL", "SIGFPE", "SIGABRT", "fatal error:", "panic:", "runtime: out of memory"} {
			if strings.HasPrefix(line, p) {
				return line
			}
		}
	}
	if waitErr == nil {
		return "the worker ended without a result"
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	return fmt.Sprintf("%v: %s", waitErr, lines[len(lines)-1])
}

// headBuffer keeps the first max bytes written to it (a Go crash report starts
// with the signal and the goroutine that faulted).
type headBuffer struct {
	mu  sync.Mutex
	max int
	b   []byte
}

func (t *headBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if room := t.max - len(t.b); room > 0 {
		t.b = append(t.b, p[:min(room, len(p))]...)
	}
	return len(p), nil
}

func (t *headBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.b)
}
