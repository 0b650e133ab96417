package cli

import (
	"archive/zip"
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"vigil/modules/analysis/scanner"
	"vigil/modules/analysis/scanner/report"
	"vigil/platform/clock"
)

// remoteFlags are the flags of `vigil scan --server`.
type remoteFlags struct {
	server, apiKey, tier, project, name string
	timeout                             time.Duration
	allowHTTP                           bool
}

func (r *remoteFlags) register(fl *pflag.FlagSet) {
	fl.StringVar(&r.server, "server", "", "analyse on this Vigil server (e.g. https://vigil.example.com) instead of locally")
	fl.StringVar(&r.apiKey, "api-key", "", "API key for --server with the analyze scope (default $VIGIL_API_KEY)")
	fl.StringVar(&r.tier, "tier", "static", "with --server: static, standard or deep")
	fl.StringVar(&r.project, "project", "", "with --server: project key, so triage and comparisons follow it (default: the directory name)")
	fl.StringVar(&r.name, "name", "", "with --server: analysis name shown in the history (default: the directory name)")
	fl.DurationVar(&r.timeout, "timeout", 30*time.Minute, "with --server: give up waiting after this long")
	fl.BoolVar(&r.allowHTTP, "allow-http", false, "with --server: allow plain http:// to a host other than localhost (sends the API key unencrypted)")
}

// remote is one `vigil scan --server` run.
type remote struct {
	base   *url.URL
	key    string
	client *http.Client
	stderr io.Writer
	// retryDelay is the pause before reconnecting to a broken progress
	// stream (0: one second).
	retryDelay time.Duration
}

// problem is the RFC 9457 error body the server answers with.
type problem struct {
	Title  string `json:"title"`
	Status int    `json:"status"`
	Detail string `json:"detail"`
	Errors []struct {
		Field   string `json:"field"`
		Message string `json:"message"`
	} `json:"errors"`
}

// apiError is a non-2xx answer.
type apiError struct {
	status int
	p      problem
	body   string
}

func (e *apiError) Error() string {
	msg := e.p.Detail
	if msg == "" {
		msg = e.p.Title
	}
	if msg == "" {
		msg = strings.TrimSpace(e.body)
		if len(msg) > 300 {
			msg = msg[:300] + "…"
		}
	}
	for _, fe := range e.p.Errors {
		msg += fmt.Sprintf("; %s: %s", fe.Field, fe.Message)
	}
	return fmt.Sprintf("server answered %d: %s", e.status, msg)
}

func checkServer(raw string, allowHTTP bool) (*url.URL, error) {
	u, err := url.Parse(strings.TrimRight(raw, "/"))
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, usage("--server must be an http(s) URL such as https://vigil.example.com, not %q", raw)
	}
	if u.Scheme == "http" && !allowHTTP {
		host := u.Hostname()
		ip := net.ParseIP(host)
		if host != "localhost" && (ip == nil || !ip.IsLoopback()) {
			return nil, usage("--server %s is plain http: the API key would travel unencrypted; use https or pass --allow-http", raw)
		}
	}
	return u, nil
}

// runRemote zips the files a local scan would read, submits them to the
// server, waits for the analysis and prints its report like a local scan.
func runRemote(cmd *cobra.Command, path string, f *scanFlags, threshold int) error {
	rf := f.remote
	base, err := checkServer(rf.server, rf.allowHTTP)
	if err != nil {
		return err
	}
	if rf.apiKey == "" {
		rf.apiKey = os.Getenv("VIGIL_API_KEY")
	}
	if rf.apiKey == "" {
		return usage("--server needs an API key: --api-key vigil_... or VIGIL_API_KEY (create one under Settings → API keys, scope analyze)")
	}
	switch rf.tier {
	case "static", "standard", "deep":
	default:
		return usage("--tier must be static, standard or deep, not %q", rf.tier)
	}
	if f.rules != "" {
		return usage("--rules applies to local scans only: the server runs its own rules")
	}
	var base0 report.Baseline
	if f.baseline != "" {
		if base0, err = report.LoadBaseline(f.baseline); err != nil {
			return usage("%v", err)
		}
	}
	ctx, cancel := context.WithTimeout(cmd.Context(), rf.timeout)
	defer cancel()
	r := &remote{base: base, key: rf.apiKey, client: &http.Client{}, stderr: cmd.ErrOrStderr()}

	list, err := scanner.ListFiles(ctx, path, scanner.Options{ConfigPath: f.config})
	if err != nil {
		return runtimeErr(fmt.Errorf("scan: %w", err))
	}
	if len(list.Files) == 0 {
		return runtimeErr(fmt.Errorf("scan: no files to upload under %s (%d skipped)", path, len(list.Skipped)))
	}
	archive, err := zipFiles(list)
	if err != nil {
		return runtimeErr(fmt.Errorf("scan: %w", err))
	}
	dirName := filepath.Base(list.Root)
	if st, err := os.Stat(path); err == nil && !st.IsDir() {
		dirName = filepath.Base(path)
	}
	name, project := rf.name, rf.project
	if name == "" {
		name = dirName
	}
	if project == "" {
		project = dirName
	}
	fmt.Fprintf(r.stderr, "Uploading %d files (%s zipped, %d skipped) to %s\n", len(list.Files), byteSize(len(archive)), len(list.Skipped), base.Redacted())
	created, err := r.create(ctx, archive, dirName+".zip", rf.tier, name, project)
	if err != nil {
		return runtimeErr(err)
	}
	q := created.Quote
	fmt.Fprintf(r.stderr, "Analysis %s queued: %d files, %d lines, tier %s; quote %d–%d credits (held, settled to the actual cost)\n",
		created.ID, q.Files, q.Lines, q.Tier, q.MinCredits, q.MaxCredits)
	for _, n := range q.Notes {
		fmt.Fprintf(r.stderr, "  note: %s\n", n)
	}
	a, err := r.wait(ctx, created.ID)
	if err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return runtimeErr(fmt.Errorf("scan: gave up after %s; the analysis %s continues on the server", rf.timeout, created.ID))
		}
		return runtimeErr(err)
	}
	switch a.Status {
	case "completed":
	case "failed":
		return runtimeErr(fmt.Errorf("scan: the analysis %s failed: %s", a.ID, a.FailureReason))
	default:
		return runtimeErr(fmt.Errorf("scan: the analysis %s was %s", a.ID, a.Status))
	}
	res, err := r.result(ctx, a.ID)
	if err != nil {
		return runtimeErr(err)
	}
	fmt.Fprintf(r.stderr, "Completed: %d findings, score %s, %d credits charged\n", len(res.Findings), scoreText(a), a.CostCredits)
	if base0 != nil {
		base0.Apply(res)
	}
	return writeResult(cmd, res, f, threshold)
}

func scoreText(a *remoteAnalysis) string {
	if a.Score == nil {
		return "n/a"
	}
	return fmt.Sprintf("%d (%s)", *a.Score, a.Grade)
}

func byteSize(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// zipFiles packs the listed files, with their relative paths, into a zip.
func zipFiles(list *scanner.FileList) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	root, err := os.OpenRoot(list.Root)
	if err != nil {
		return nil, err
	}
	defer root.Close()
	for _, rel := range list.Files {
		if err := addFile(zw, root, rel); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func addFile(zw *zip.Writer, root *os.Root, rel string) error {
	src, err := root.Open(filepath.FromSlash(rel))
	if err != nil {
		return err
	}
	defer src.Close()
	st, err := src.Stat()
	if err != nil {
		return err
	}
	w, err := zw.CreateHeader(&zip.FileHeader{Name: rel, Method: zip.Deflate, Modified: st.ModTime()})
	if err != nil {
		return err
	}
	_, err = io.Copy(w, src)
	return err
}

// remoteQuote and remoteCreated mirror POST /api/v1/analyses.
type remoteQuote struct {
	Tier       string   `json:"tier"`
	MinCredits int64    `json:"min_credits"`
	MaxCredits int64    `json:"max_credits"`
	Files      int      `json:"files"`
	Lines      int64    `json:"lines"`
	Notes      []string `json:"notes"`
}

type remoteCreated struct {
	ID     string      `json:"id"`
	Status string      `json:"status"`
	Quote  remoteQuote `json:"quote"`
}

// remoteAnalysis mirrors GET /api/v1/analyses/{id}.
type remoteAnalysis struct {
	ID            string     `json:"id"`
	Status        string     `json:"status"`
	Phase         string     `json:"phase"`
	FailureReason string     `json:"failure_reason"`
	FilesScanned  int        `json:"files_scanned"`
	FilesTotal    int        `json:"files_total"`
	LinesScanned  int        `json:"lines_scanned"`
	CostCredits   int64      `json:"cost_credits"`
	Score         *int       `json:"score"`
	Grade         string     `json:"grade"`
	Notes         []string   `json:"notes"`
	StartedAt     *time.Time `json:"started_at"`
	FinishedAt    *time.Time `json:"finished_at"`
}

// remoteProgress is one SSE progress event.
type remoteProgress struct {
	Phase        string `json:"phase"`
	Status       string `json:"status"`
	FilesScanned int    `json:"files_scanned"`
	FilesTotal   int    `json:"files_total"`
	Findings     int    `json:"findings"`
	CostCredits  int64  `json:"cost_credits"`
	Message      string `json:"message"`
}

func (r *remote) url(p string) string { return r.base.String() + p }

func (r *remote) do(ctx context.Context, method, p, contentType string, body io.Reader, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, r.url(p), body)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+r.key)
	req.Header.Set("Accept", "application/json")
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	res, err := r.client.Do(req)
	if err != nil {
		return fmt.Errorf("scan: %s %s: %w", method, p, err)
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		return fmt.Errorf("scan: %s %s: %w", method, p, err)
	}
	if res.StatusCode/100 != 2 {
		e := &apiError{status: res.StatusCode, body: string(data)}
		_ = json.Unmarshal(data, &e.p)
		return fmt.Errorf("scan: %s %s: %w", method, p, e)
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(data, out); err != nil {
		return fmt.Errorf("scan: %s %s: unexpected answer: %w", method, p, err)
	}
	return nil
}

func (r *remote) create(ctx context.Context, archive []byte, filename, tier, name, project string) (*remoteCreated, error) {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	// Local scans include test code; so does the remote one.
	fields := [][2]string{{"tier", tier}, {"name", name}, {"project", project}, {"options", `{"include_tests":true}`}}
	for _, kv := range fields {
		if err := mw.WriteField(kv[0], kv[1]); err != nil {
			return nil, err
		}
	}
	w, err := mw.CreateFormFile("files", filename)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(archive); err != nil {
		return nil, err
	}
	if err := mw.Close(); err != nil {
		return nil, err
	}
	var out remoteCreated
	if err := r.do(ctx, http.MethodPost, "/api/v1/analyses", mw.FormDataContentType(), &body, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

func (r *remote) get(ctx context.Context, id string) (*remoteAnalysis, error) {
	var a remoteAnalysis
	if err := r.do(ctx, http.MethodGet, "/api/v1/analyses/"+url.PathEscape(id), "", nil, &a); err != nil {
		return nil, err
	}
	return &a, nil
}

func terminal(status string) bool {
	return status == "completed" || status == "failed" || status == "canceled"
}

// wait follows the analysis' progress events until it finishes,
// reconnecting with Last-Event-ID when the stream breaks and polling the
// analysis when the stream cannot be opened, then returns its final state.
func (r *remote) wait(ctx context.Context, id string) (*remoteAnalysis, error) {
	var last int64
	pr := &progressPrinter{w: r.stderr}
	failures := 0
	for {
		before := last
		done, err := r.stream(ctx, id, &last, pr)
		if last != before {
			failures = 0 // the stream made progress: only consecutive failures count
		}
		if done {
			return r.get(ctx, id)
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		var ae *apiError
		if errors.As(err, &ae) && ae.status != http.StatusServiceUnavailable && ae.status != http.StatusTooManyRequests && ae.status < 500 {
			return nil, err // 401, 403, 404: retrying cannot help
		}
		// The stream broke or could not open: check the status (the
		// analysis may have finished meanwhile), then resume.
		a, gerr := r.get(ctx, id)
		if gerr == nil && terminal(a.Status) {
			pr.print(remoteProgress{Phase: a.Status, Status: a.Status, FilesScanned: a.FilesScanned, FilesTotal: a.FilesTotal})
			return a, nil
		}
		if failures++; failures > 30 { // ~30 s without a single event
			return nil, fmt.Errorf("scan: lost contact with the server: %w", errors.Join(err, gerr))
		}
		if err := clock.Sleep(ctx, cmp.Or(r.retryDelay, time.Second)); err != nil {
			return nil, err
		}
	}
}

// stream reads GET /events until a terminal event (done = true) or the
// stream ends.
func (r *remote) stream(ctx context.Context, id string, last *int64, pr *progressPrinter) (bool, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, r.url("/api/v1/analyses/"+url.PathEscape(id)+"/events"), nil)
	if err != nil {
		return false, err
	}
	req.Header.Set("Authorization", "Bearer "+r.key)
	req.Header.Set("Accept", "text/event-stream")
	if *last > 0 {
		req.Header.Set("Last-Event-ID", strconv.FormatInt(*last, 10))
	}
	res, err := r.client.Do(req)
	if err != nil {
		return false, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		data, _ := io.ReadAll(io.LimitReader(res.Body, 1<<16))
		e := &apiError{status: res.StatusCode, body: string(data)}
		_ = json.Unmarshal(data, &e.p)
		return false, e
	}
	sc := bufio.NewScanner(res.Body)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	var evID, data string
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			if data != "" {
				var p remoteProgress
				if json.Unmarshal([]byte(data), &p) == nil {
					if n, err := strconv.ParseInt(evID, 10, 64); err == nil {
						*last = n
					}
					pr.print(p)
					if terminal(p.Phase) {
						return true, nil
					}
				}
			}
			evID, data = "", ""
		case strings.HasPrefix(line, "id:"):
			evID = strings.TrimSpace(strings.TrimPrefix(line, "id:"))
		case strings.HasPrefix(line, "data:"):
			data += strings.TrimPrefix(strings.TrimPrefix(line, "data:"), " ")
		}
	}
	if err := sc.Err(); err != nil {
		return false, err
	}
	return false, io.ErrUnexpectedEOF
}

// progressPrinter writes a line per phase and at most one per second
// while files are being counted.
type progressPrinter struct {
	w         io.Writer
	lastPhase string
	lastFiles int
	lastAt    time.Time
}

func (p *progressPrinter) print(e remoteProgress) {
	if e.Phase == p.lastPhase && (e.FilesScanned == p.lastFiles || time.Since(p.lastAt) < time.Second) {
		return
	}
	p.lastPhase, p.lastFiles, p.lastAt = e.Phase, e.FilesScanned, time.Now()
	line := fmt.Sprintf("  %-10s %d/%d files, %d findings", e.Phase, e.FilesScanned, e.FilesTotal, e.Findings)
	if e.CostCredits > 0 {
		line += fmt.Sprintf(", %d credits", e.CostCredits)
	}
	if e.Message != "" {
		line += " — " + e.Message
	}
	fmt.Fprintln(p.w, line)
}

// remoteFinding is a finding of report.json: the scanner's contract plus
// the triage decision in force.
type remoteFinding struct {
	scanner.Finding
	Triage struct {
		State  string `json:"state"`
		Reason string `json:"reason"`
	} `json:"triage"`
}

// result downloads the completed report and rebuilds the scanner result
// the local writers print: triaged findings become suppressed ones, as in
// the server's own SARIF export.
func (r *remote) result(ctx context.Context, id string) (*scanner.Result, error) {
	var rep struct {
		Analysis remoteAnalysis  `json:"analysis"`
		Findings []remoteFinding `json:"findings"`
	}
	if err := r.do(ctx, http.MethodGet, "/api/v1/analyses/"+url.PathEscape(id)+"/report.json", "", nil, &rep); err != nil {
		return nil, err
	}
	a := rep.Analysis
	res := &scanner.Result{Findings: make([]scanner.Finding, 0, len(rep.Findings)), Skipped: []scanner.Skip{}, ParseErrors: []scanner.FileError{}, Notes: []scanner.Note{},
		Stats: scanner.Stats{FilesSeen: a.FilesTotal, FilesScanned: a.FilesScanned, Lines: a.LinesScanned, Languages: map[string]scanner.LangStats{},
			SkippedBy: map[string]int{}, BySeverity: map[string]int{}}}
	if a.StartedAt != nil && a.FinishedAt != nil {
		res.Stats.DurationMS = a.FinishedAt.Sub(*a.StartedAt).Milliseconds()
	}
	builtin, err := scanner.BuiltinRules()
	if err != nil {
		return nil, err
	}
	res.Stats.RulesRun = len(builtin)
	byID := make(map[string]*scanner.Rule, len(builtin))
	for _, rule := range builtin {
		byID[rule.ID] = rule
	}
	seen := map[string]bool{}
	for _, rf := range rep.Findings {
		f := rf.Finding
		if st := rf.Triage.State; st != "" && st != "open" && f.Suppression == nil {
			f.Suppression = &scanner.Suppression{Kind: "triage", Justification: st + ": " + rf.Triage.Reason}
		}
		if f.Suppression != nil {
			res.Stats.Suppressed++
		} else {
			res.Stats.BySeverity[string(f.Severity)]++
		}
		if rule := byID[f.RuleID]; rule != nil && !seen[f.RuleID] {
			seen[f.RuleID] = true
			res.Rules = append(res.Rules, rule)
		}
		res.Findings = append(res.Findings, f)
	}
	for _, n := range a.Notes {
		res.Notes = append(res.Notes, scanner.Note{Pass: "server", Level: "info", Message: n})
	}
	return res, nil
}
