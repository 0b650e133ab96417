// Package cli holds the cobra commands of the offline scanner: `vigil scan`
// and `vigil rules`. main.go mounts them; they need nothing but the scanner.
package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"vigil/modules/analysis/scanner"
	"vigil/modules/analysis/scanner/isolate"
	"vigil/modules/analysis/scanner/report"
)

// Exit codes of `vigil scan` (a contract used by CI scripts).
const (
	ExitClean    = 0
	ExitFindings = 1
	ExitError    = 2
)

// ExitCodeError carries the process exit code; main exits with ExitCode().
type ExitCodeError struct {
	Code int
	Err  error
}

func (e *ExitCodeError) Error() string { return e.Err.Error() }
func (e *ExitCodeError) Unwrap() error { return e.Err }

// ExitCode is the status the process should exit with.
func (e *ExitCodeError) ExitCode() int { return e.Code }

func usage(format string, a ...any) error {
	return &ExitCodeError{Code: ExitError, Err: fmt.Errorf(format, a...)}
}

func runtimeErr(err error) error {
	var ce *ExitCodeError
	if errors.As(err, &ce) {
		return err
	}
	return &ExitCodeError{Code: ExitError, Err: err}
}

// Options configure `vigil scan` for the binary that embeds it.
type Options struct {
	// Version is reported in JSON and SARIF output; empty means "dev".
	Version string
	// Isolation, when set, returns the options of the worker processes
	// `vigil scan` parses in (main.go puts the dependency pass's settings
	// in their environment; the worker builds the passes). nil means the
	// defaults.
	Isolation func() isolate.Options
}

func (o Options) version() string {
	if o.Version == "" {
		return "dev"
	}
	return o.Version
}

type scanFlags struct {
	format, output, failOn, baseline, config, rules string
	models                                          []string
	verbose, noColor, includeTests, quality         bool
	workers                                         int
	remote                                          remoteFlags
	opts                                            Options
}

// NewScanCommand builds `vigil scan PATH` with the embedding binary's options.
func NewScanCommand(opts Options) *cobra.Command {
	f := &scanFlags{opts: opts}
	cmd := &cobra.Command{
		Use:   "scan PATH",
		Short: "Scan a directory or file for security problems (offline)",
		Long: `Scan walks PATH (honouring .gitignore and .vigil.yml), runs Vigil's rules, taint
tracking, secret detection and dependency checks, and prints the findings.
Findings in tests, examples, docs, benchmarks and vendored code are lowered
to info and left out of the report unless --include-tests is given.

With --server URL and an API key (--api-key or VIGIL_API_KEY), the same
files are zipped and analysed by that Vigil server instead: the upload's
quote and the live progress go to standard error, and the report is
printed in the same formats with the same exit status. The analysis stays
in the server's history.

Exit status: 0 no finding at or above --fail-on, 1 findings at or above it,
2 usage or runtime error (including a failed or canceled remote analysis).

Model packs tell the dataflow engine which calls and values of your own
libraries are sources of untrusted data, sinks (by kind: sql, command,
xss, ...), sanitisers and propagators. --models DIR adds the *.yml packs
of DIR (repeatable); a .vigil.yml can list directories of the repository
the same way (models: [security/models]), and a server analysis reads
that list from the uploaded repository's own .vigil.yml. A pack that does
not load stops the scan with exit status 2, naming its file and line.`,
		Example: `  vigil scan ./src
  vigil scan ./...                       # Go's pattern: the same as vigil scan .
  vigil scan . --include-tests           # also list findings in tests and examples
  vigil scan . --format sarif -o vigil.sarif --fail-on high
  vigil scan . --models ./security/models   # add your own sources, sinks and sanitisers
  VIGIL_API_KEY=vigil_... vigil scan --server https://vigil.example.com --tier standard .`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usage("scan takes exactly one PATH argument, got %d", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error { return runScan(cmd, args[0], f) },
	}
	fl := cmd.Flags()
	fl.StringVar(&f.format, "format", "text", "output format: text, json or sarif")
	fl.StringVarP(&f.output, "output", "o", "", "write the report to FILE instead of standard output")
	fl.StringVar(&f.failOn, "fail-on", "info", "exit 1 when a finding has at least this severity (critical, high, medium, low, info, none)")
	fl.StringVar(&f.baseline, "baseline", "", "previous JSON or SARIF report: only report findings not in it")
	fl.StringVar(&f.config, "config", "", "configuration file (default: PATH/.vigil.yml when present)")
	fl.StringVar(&f.rules, "rules", "", "directory of extra rules (rules/<language>/*.yml format)")
	fl.StringArrayVar(&f.models, "models", nil, "directory of extra model packs for the dataflow engine (sources, sinks, sanitisers; repeatable; format in the scanner's models/packs/README.md)")
	fl.BoolVarP(&f.verbose, "verbose", "v", false, "list every skipped file and parse problem")
	fl.BoolVar(&f.noColor, "no-color", false, "never colour the text output")
	fl.BoolVar(&f.includeTests, "include-tests", false, "also report findings in tests, examples, docs, benchmarks and vendored code (lowered to info)")
	fl.BoolVar(&f.quality, "quality", false, "also run code-quality rules (not security findings; off by default)")
	fl.IntVar(&f.workers, "workers", 0, "parallel workers (default: all cores)")
	f.remote.register(fl)
	cmd.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usage("%v", err) })
	return cmd
}

// absPaths makes directories absolute (the worker runs elsewhere).
func absPaths(dirs []string) []string {
	var out []string
	for _, d := range dirs {
		if a, err := filepath.Abs(d); err == nil {
			d = a
		}
		out = append(out, d)
	}
	return out
}

func loadRules(dir string) ([]*scanner.Rule, error) {
	rules, err := scanner.BuiltinRules()
	if err != nil {
		return nil, err
	}
	if dir == "" {
		return rules, nil
	}
	extra, err := scanner.LoadRulesDir(dir)
	if err != nil {
		return nil, err
	}
	return scanner.MergeRules(rules, extra), nil
}

// checkOutputFlags validates --format and --fail-on and returns the
// severity rank at or above which findings fail the run (-1: never).
func checkOutputFlags(f *scanFlags) (int, error) {
	switch f.format {
	case "text", "json", "sarif":
	default:
		return 0, usage("--format must be text, json or sarif, not %q", f.format)
	}
	threshold := -1
	if f.failOn != "none" && f.failOn != "never" {
		threshold = scanner.Severity(f.failOn).Rank()
		if threshold < 0 {
			return 0, usage("--fail-on must be critical, high, medium, low, info or none, not %q", f.failOn)
		}
	}
	return threshold, nil
}

// goPattern turns Go's package pattern (`./...`, `dir/...`, `...`) into
// the directory it starts from: a scan is always recursive, and Go users
// type the pattern out of habit.
func goPattern(p string) string {
	if p == "..." {
		return "."
	}
	if rest, ok := strings.CutSuffix(p, "/..."); ok {
		if rest == "" {
			return "/"
		}
		return rest
	}
	return p
}

func runScan(cmd *cobra.Command, path string, f *scanFlags) error {
	path = goPattern(path)
	threshold, err := checkOutputFlags(f)
	if err != nil {
		return err
	}
	if _, err := os.Stat(path); err != nil {
		return usage("scan: %v", err)
	}
	if f.remote.server != "" {
		if len(f.models) > 0 {
			return usage("--models applies to local scans: a server analysis reads the models: list of the repository's .vigil.yml")
		}
		return runRemote(cmd, path, f, threshold)
	}
	// the worker loads the rules and models again; a bad directory is a
	// usage error (the built-in rules and packs alone are not loaded here:
	// their tests check them, and loading them took a tenth of the CPU of
	// a small scan)
	if f.rules != "" {
		if _, err := scanner.LoadRulesDir(f.rules); err != nil {
			return usage("%v", err)
		}
	}
	if len(f.models) > 0 {
		if err := scanner.CheckModels(f.models); err != nil {
			return usage("%v", err)
		}
	}
	var base report.Baseline
	if f.baseline != "" {
		if base, err = report.LoadBaseline(f.baseline); err != nil {
			return usage("%v", err)
		}
	}
	// The files are parsed in a confined worker process: a file that
	// crashes or stalls the parser is reported as skipped and the run
	// finishes (isolate.Runner).
	var iso isolate.Options
	if f.opts.Isolation != nil {
		iso = f.opts.Isolation()
	}
	runner, err := isolate.New(iso)
	if err != nil {
		return runtimeErr(fmt.Errorf("scan: %w", err))
	}
	res, err := runner.Scan(cmd.Context(), isolate.Request{Root: path, ConfigPath: f.config, RulesDir: f.rules, Models: absPaths(f.models), Workers: f.workers, Quality: f.quality}, nil)
	if err != nil {
		return runtimeErr(fmt.Errorf("scan: %w", err))
	}
	if base != nil {
		base.Apply(res)
	}
	return writeResult(cmd, res, f, threshold)
}

// writeResult prints res in the chosen format (to -o FILE when given) and
// turns findings at or above threshold into exit status 1.
func writeResult(cmd *cobra.Command, res *scanner.Result, f *scanFlags, threshold int) error {
	if !f.includeTests {
		scanner.HideNonProduction(res)
	}
	var err error
	var out io.Writer = cmd.OutOrStdout()
	var buf bytes.Buffer
	if f.output != "" {
		out = &buf
	}
	switch f.format {
	case "json":
		err = report.WriteJSON(out, res, f.opts.version())
	case "sarif":
		err = report.WriteSARIF(out, res, f.opts.version())
	default:
		err = report.WriteText(out, res, report.TextOptions{Color: !f.noColor && f.output == "" && isTerminal(out), Verbose: f.verbose})
	}
	if err != nil {
		return runtimeErr(err)
	}
	if f.output != "" {
		if err := os.WriteFile(f.output, buf.Bytes(), 0o644); err != nil {
			return runtimeErr(err)
		}
	}
	if threshold >= 0 {
		n := 0
		for _, fd := range res.Findings {
			if fd.Suppression == nil && fd.Severity.Rank() >= threshold {
				n++
			}
		}
		if n > 0 {
			return &ExitCodeError{Code: ExitFindings, Err: fmt.Errorf("%s at or above severity %s", scanner.Count(n, "finding", "findings"), f.failOn)}
		}
	}
	return nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0 && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb"
}

// NewRulesCommand builds `vigil rules list|show ID`.
func NewRulesCommand() *cobra.Command {
	var dir, format string
	cmd := &cobra.Command{
		Use:           "rules",
		Short:         "Show the scanner's rule catalogue",
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return usage("rules needs a subcommand: list or show ID")
		},
	}
	cmd.PersistentFlags().StringVar(&dir, "rules", "", "directory of extra rules to include")
	list := &cobra.Command{
		Use:   "list",
		Short: "List all rules",
		Args:  func(cmd *cobra.Command, args []string) error { return noArgs(args) },
		RunE: func(cmd *cobra.Command, args []string) error {
			rules, err := loadRules(dir)
			if err != nil {
				return usage("%v", err)
			}
			if format == "json" {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(rules)
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tSEVERITY\tKIND\tLANGUAGES\tCWE\tTITLE")
			for _, r := range rules {
				kind := "match"
				if r.Taint != nil {
					kind = "taint"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", r.ID, r.Severity, kind, strings.Join(r.Languages, ","), strings.Join(r.CWE, ","), r.Title)
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			counts := map[string]int{}
			for _, r := range rules {
				counts[r.Languages[0]]++
			}
			keys := make([]string, 0, len(counts))
			for k := range counts {
				keys = append(keys, fmt.Sprintf("%s %d", k, counts[k]))
			}
			sort.Strings(keys)
			fmt.Fprintf(cmd.OutOrStdout(), "\n%d rules (%s)\n", len(rules), strings.Join(keys, ", "))
			return nil
		},
	}
	list.Flags().StringVar(&format, "format", "text", "text or json")
	show := &cobra.Command{
		Use:   "show ID",
		Short: "Show one rule in full",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usage("rules show takes exactly one rule ID")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			rules, err := loadRules(dir)
			if err != nil {
				return usage("%v", err)
			}
			for _, r := range rules {
				if strings.EqualFold(r.ID, args[0]) {
					return printRule(cmd.OutOrStdout(), r)
				}
			}
			return usage("no rule %q (see `vigil rules list`)", args[0])
		},
	}
	cmd.AddCommand(list, show)
	for _, c := range []*cobra.Command{cmd, list, show} {
		c.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usage("%v", err) })
		c.SilenceUsage, c.SilenceErrors = true, true
	}
	return cmd
}

func noArgs(args []string) error {
	if len(args) != 0 {
		return usage("unexpected arguments: %v", args)
	}
	return nil
}

func printRule(w io.Writer, r *scanner.Rule) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s  %s\n\n", r.ID, r.Title)
	fmt.Fprintf(&b, "Severity:   %s (confidence %s)\n", r.Severity, r.Confidence)
	fmt.Fprintf(&b, "Languages:  %s\n", strings.Join(r.Languages, ", "))
	fmt.Fprintf(&b, "CWE:        %s\n", strings.Join(r.CWE, ", "))
	owasp := make([]string, len(r.OWASP))
	for i, o := range r.OWASP {
		owasp[i] = scanner.OWASPName(o)
	}
	fmt.Fprintf(&b, "OWASP:      %s\n", strings.Join(owasp, ", "))
	kind := "structural (tree-sitter query)"
	if r.Taint != nil {
		kind = "taint (data flow from sources to sinks)"
	}
	fmt.Fprintf(&b, "Kind:       %s\n", kind)
	fmt.Fprintf(&b, "Defined in: %s\n\n", r.Source)
	fmt.Fprintf(&b, "Description:\n  %s\n\nRemediation:\n  %s\n", strings.TrimSpace(r.Description), strings.TrimSpace(r.Remediation))
	if len(r.References) > 0 {
		b.WriteString("\nReferences:\n")
		for _, ref := range r.References {
			fmt.Fprintf(&b, "  - %s\n", ref)
		}
	}
	if r.Taint != nil {
		b.WriteString("\nSources:\n")
		for _, s := range r.Taint.Sources {
			fmt.Fprintf(&b, "  - %s%s\n", s.Expr, s.Call)
		}
		b.WriteString("Sinks:\n")
		for _, s := range r.Taint.Sinks {
			fmt.Fprintf(&b, "  - %s%s args=%v\n", s.Call, s.Assign, s.Args)
		}
		if len(r.Taint.Sanitizers) > 0 {
			b.WriteString("Sanitizers:\n")
			for _, s := range r.Taint.Sanitizers {
				fmt.Fprintf(&b, "  - %s\n", s.Call)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
