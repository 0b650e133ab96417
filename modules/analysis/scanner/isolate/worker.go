package isolate

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"syscall"

	"gopkg.in/yaml.v3"

	"vigil/modules/analysis/scanner"
)

// Command is the subcommand of the vigil binary that runs a worker.
const Command = "scan-worker"

// Environment variables between the worker's two stages (internal).
const (
	envStage   = "VIGIL_SCAN_WORKER_STAGE"
	envSandbox = "VIGIL_SCAN_WORKER_SANDBOX"
)

// protoFD is the descriptor of the protocol pipe in the worker (the
// parent's ExtraFiles[0]); standard output and error stay free for
// anything else, such as a runtime crash report.
const protoFD = 3

// WorkerOptions configure the worker side of the isolation.
type WorkerOptions struct {
	// Passes builds the passes run after the rules (secrets and
	// dependencies in vigil); nil runs none.
	Passes func() []scanner.Pass
	// BeforeFile, when set, runs before each file is parsed (tests use it
	// to crash or stall a worker on purpose).
	BeforeFile func(rel string)
}

// Main runs `vigil scan-worker FLAGS`: it confines itself (limits, no new
// privileges, Landlock; then, re-executed, a seccomp filter), reads one
// Request on stdin, scans and writes the protocol on descriptor 3. It
// returns the process exit status. The parent (Runner) builds the flags.
func Main(args []string, stdin io.Reader, stderr io.Writer, o WorkerOptions) int {
	fl := flag.NewFlagSet(Command, flag.ContinueOnError)
	fl.SetOutput(stderr)
	var reads multiFlag
	fl.Var(&reads, "read", "path the worker may read (repeatable)")
	var lists multiFlag
	fl.Var(&lists, "list", "directory whose names (not contents) the worker may list (repeatable)")
	cpu := fl.Duration("cpu", DefaultCPU, "CPU time limit")
	mem := fl.Int64("mem", DefaultMemory, "address-space limit in bytes")
	files := fl.Int("files", DefaultFiles, "open-file limit")
	network := fl.Bool("network", false, "allow network sockets (dependency checks against an OSV server)")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	sb := &Sandbox{}
	switch {
	case runtime.GOOS != "linux":
		// no stage one: nothing to confine before a re-exec
		_, sb.Unavailable, _ = restrictProcess(Limits{}, nil, nil, "", false)
	case os.Getenv(envStage) != "2":
		return stageOne(Limits{CPU: *cpu, Memory: *mem, Files: *files}, reads, lists, *network, stderr)
	default:
		_ = json.Unmarshal([]byte(os.Getenv(envSandbox)), sb)
	}
	if err := denySyscalls(*network); err != nil {
		sb.Unavailable = append(sb.Unavailable, "seccomp: "+err.Error())
	} else {
		sb.Applied = append(sb.Applied, "seccomp")
	}
	proto := os.NewFile(protoFD, "protocol")
	if proto == nil {
		fmt.Fprintln(stderr, "scan-worker: no protocol pipe on descriptor 3")
		return 2
	}
	w := &writer{enc: json.NewEncoder(proto)}
	w.send(message{Sandbox: sb})
	var req Request
	if err := json.NewDecoder(stdin).Decode(&req); err != nil {
		w.send(message{Error: "scan-worker: read request: " + err.Error()})
		return 0
	}
	res, ids, err := serve(context.Background(), req, o, w)
	if err != nil {
		w.send(message{Error: err.Error()})
		return 0
	}
	w.send(message{Result: res, RuleIDs: ids})
	if err := proto.Close(); err != nil {
		fmt.Fprintln(stderr, "scan-worker:", err)
		return 2
	}
	return 0
}

// stageOne confines the process and execs the worker again as stage two.
func stageOne(l Limits, reads, lists []string, network bool, stderr io.Writer) int {
	exe, err := os.Executable()
	if err != nil {
		fmt.Fprintln(stderr, "scan-worker:", err)
		return 2
	}
	applied, unavailable, err := restrictProcess(l, reads, lists, exe, network)
	if err != nil {
		fmt.Fprintln(stderr, "scan-worker:", err)
		return 2
	}
	sb, _ := json.Marshal(Sandbox{Applied: applied, Unavailable: unavailable})
	env := append(os.Environ(), envStage+"=2", envSandbox+"="+string(sb))
	err = syscall.Exec(exe, os.Args, env)
	fmt.Fprintln(stderr, "scan-worker: exec:", err) // only reached on failure
	return 2
}

// serve runs the scan a Request asks for, reporting each file's start and
// end and the progress on w.
func serve(ctx context.Context, req Request, o WorkerOptions, w *writer) (*scanner.Result, []string, error) {
	rules, err := LoadRules(req.RulesDir)
	if err != nil {
		return nil, nil, err
	}
	opts := scanner.Options{
		Rules: rules, ConfigPath: req.ConfigPath, Models: req.Models, Workers: req.Workers, MaxFileSize: req.MaxFileSize, NoGitignore: req.NoGitignore, Quality: req.Quality,
		Progress: func(p scanner.Progress) { w.send(message{Progress: &p}) },
		FileStart: func(rel string) string {
			if why, ok := req.Skip[rel]; ok {
				return why
			}
			w.send(message{Start: rel})
			if o.BeforeFile != nil {
				o.BeforeFile(rel)
			}
			return ""
		},
		FileDone: func(rel string) { w.send(message{Done: rel}) },
	}
	if req.Config != nil {
		// through YAML so the configuration's globs are compiled exactly
		// as a .vigil.yml file's are
		y, err := yaml.Marshal(req.Config)
		if err != nil {
			return nil, nil, fmt.Errorf("scan-worker: config: %w", err)
		}
		if opts.Config, err = scanner.ParseConfig(y); err != nil {
			return nil, nil, err
		}
	}
	if o.Passes != nil {
		opts.Passes = o.Passes()
	}
	res, err := scanner.Scan(ctx, req.Root, opts)
	if err != nil {
		return nil, nil, err
	}
	ids := make([]string, len(res.Rules))
	for i, r := range res.Rules {
		ids[i] = r.ID
	}
	return res, ids, nil
}

// LoadRules returns the built-in rules plus those under dir ("" for none),
// as `vigil scan --rules` loads them.
func LoadRules(dir string) ([]*scanner.Rule, error) {
	rules, err := scanner.BuiltinRules()
	if err != nil || dir == "" {
		return rules, err
	}
	extra, err := scanner.LoadRulesDir(dir)
	if err != nil {
		return nil, err
	}
	return scanner.MergeRules(rules, extra), nil
}

// writer serialises protocol messages from the scan's workers.
type writer struct {
	mu   sync.Mutex
	enc  *json.Encoder
	dead bool
}

func (w *writer) send(m message) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.dead {
		return
	}
	if err := w.enc.Encode(m); err != nil && errors.Is(err, syscall.EPIPE) {
		w.dead = true // the parent went away; the scan ends unread
	}
}

// multiFlag is a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }
