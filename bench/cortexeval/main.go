// Command cortexeval measures cortex's triage against a labelled set of
// true and false positives: precision and recall of the verdicts, tokens
// and cost per finding. It drives the real cortex code path (prompts,
// schema validation, repair, routing) against any OpenAI-compatible
// endpoint:
//
//	CORTEX_EVAL_URL=https://api.openai.com/v1 CORTEX_EVAL_MODEL=gpt-4o-mini \
//	CORTEX_EVAL_KEY=sk-... bench/cortex-eval.sh
//
// CORTEX_EVAL_INPUT_PRICE / CORTEX_EVAL_OUTPUT_PRICE (USD per million
// tokens) price the run; CORTEX_EVAL_CASES points at another cases.json.
// With no URL it runs against a built-in scripted fake and says loudly that
// the numbers are not a real model's.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing/fstest"
	"time"

	"github.com/ncruces/go-sqlite3/gormlite"
	_ "github.com/ncruces/go-sqlite3/vfs/memdb"
	"github.com/pressly/goose/v3"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"vigil/modules/analysis/cortex"
	"vigil/modules/analysis/scanner"
	"vigil/platform/config"
)

type evalCase struct {
	ID      string `json:"id"`
	Label   string `json:"label"`
	File    string `json:"file"`
	Code    string `json:"code"`
	Finding struct {
		RuleID    string   `json:"rule_id"`
		Title     string   `json:"title"`
		Message   string   `json:"message"`
		Severity  string   `json:"severity"`
		CWE       []string `json:"cwe"`
		StartLine int      `json:"start_line"`
		EndLine   int      `json:"end_line"`
		Snippet   string   `json:"snippet"`
	} `json:"finding"`
}

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "cortex-eval:", err)
		os.Exit(2)
	}
}

func envFloat(name string, def float64) (float64, error) {
	v := os.Getenv(name)
	if v == "" {
		return def, nil
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", name, err)
	}
	return f, nil
}

func run(out io.Writer) error {
	casesPath := os.Getenv("CORTEX_EVAL_CASES")
	if casesPath == "" {
		casesPath = "modules/analysis/cortex/testdata/eval/cases.json"
	}
	raw, err := os.ReadFile(casesPath)
	if err != nil {
		return err
	}
	var cases []evalCase
	if err := json.Unmarshal(raw, &cases); err != nil {
		return fmt.Errorf("%s: %w", casesPath, err)
	}

	url, model, key := os.Getenv("CORTEX_EVAL_URL"), os.Getenv("CORTEX_EVAL_MODEL"), os.Getenv("CORTEX_EVAL_KEY")
	inPrice, err := envFloat("CORTEX_EVAL_INPUT_PRICE", 0)
	if err != nil {
		return err
	}
	outPrice, err := envFloat("CORTEX_EVAL_OUTPUT_PRICE", 0)
	if err != nil {
		return err
	}
	fake := url == ""
	if fake {
		srv := httptest.NewServer(http.HandlerFunc(scriptedFake))
		defer srv.Close()
		url, model, key = srv.URL+"/v1", "scripted-fake", "none"
		if inPrice == 0 && outPrice == 0 {
			inPrice, outPrice = 0.15, 0.60 // priced like a small hosted model so the cost columns are exercised
		}
		banner := strings.Repeat("!", 78)
		fmt.Fprintf(out, "%s\n!! NO CORTEX_EVAL_URL: running against a BUILT-IN SCRIPTED FAKE, NOT A REAL MODEL.\n"+
			"!! The precision/recall below measure a keyword script, not any LLM. Set\n"+
			"!! CORTEX_EVAL_URL, CORTEX_EVAL_MODEL and CORTEX_EVAL_KEY to measure a real model.\n%s\n", banner, banner)
	}
	if model == "" {
		return fmt.Errorf("CORTEX_EVAL_MODEL is required with CORTEX_EVAL_URL")
	}

	db, err := openCacheDB()
	if err != nil {
		return err
	}
	svc, err := cortex.New(cortex.Deps{DB: gormConn{db}, AI: config.AI{CallTimeout: 120 * time.Second, Providers: []config.AIProvider{{
		Name: "eval", Kind: "openai", BaseURL: url, APIKey: key,
		Models: []config.AIModel{{Name: model, Tier: "fast", InputPrice: inPrice, OutputPrice: outPrice}},
	}}}})
	if err != nil {
		return err
	}

	var tp, fp, fn, tn, unavailable int
	budget := cortex.NewBudget(1e9)
	start := time.Now()
	fmt.Fprintf(out, "model %s at %s, %d labelled findings\n\n%-28s %-15s %-15s %s\n", model, url, len(cases), "case", "label", "verdict", "reason")
	for _, c := range cases {
		f := scanner.Finding{RuleID: c.Finding.RuleID, Kind: scanner.KindRule, Title: c.Finding.Title, Message: c.Finding.Message,
			Severity: scanner.Severity(c.Finding.Severity), CWE: c.Finding.CWE, Snippet: c.Finding.Snippet, Fingerprint: c.ID,
			Location: scanner.Location{Path: c.File, StartLine: c.Finding.StartLine, EndLine: c.Finding.EndLine}}
		res := svc.Triage(context.Background(), budget, fstest.MapFS{c.File: {Data: []byte(c.Code)}}, f)
		verdict := res.Verdict
		if res.Status != cortex.StatusOK {
			verdict = res.Status
			unavailable++
		}
		switch {
		case res.Status != cortex.StatusOK:
		case c.Label == cortex.VerdictTruePositive && verdict == cortex.VerdictTruePositive:
			tp++
		case c.Label == cortex.VerdictFalsePositive && verdict == cortex.VerdictTruePositive:
			fp++
		case c.Label == cortex.VerdictTruePositive:
			fn++
		default:
			tn++
		}
		mark := " "
		if res.Status == cortex.StatusOK && verdict != c.Label {
			mark = "✗"
		}
		fmt.Fprintf(out, "%s %-26s %-15s %-15s %s\n", mark, c.ID, c.Label, verdict, truncate(firstLine(res.Reason+res.Note), 70))
	}
	u := budget.Usage()
	n := len(cases)
	precision, recall := ratio(tp, tp+fp), ratio(tp, tp+fn)
	fmt.Fprintf(out, "\nverdicts: tp=%d fp=%d fn=%d tn=%d unavailable=%d\n", tp, fp, fn, tn, unavailable)
	fmt.Fprintf(out, "precision %.3f  recall %.3f  (true_positive is the positive class)\n", precision, recall)
	fmt.Fprintf(out, "tokens: %d in, %d out; per finding %.0f in, %.0f out\n", u.InputTokens, u.OutputTokens,
		float64(u.InputTokens)/float64(n), float64(u.OutputTokens)/float64(n))
	fmt.Fprintf(out, "cost: $%.6f total, $%.6f per finding (at $%g/$%g per million in/out)\n", u.CostUSD, u.CostUSD/float64(n), inPrice, outPrice)
	fmt.Fprintf(out, "calls: %d ok, %d failed, wall time %s\n", u.Calls, u.Failures, time.Since(start).Round(time.Millisecond))
	if fake {
		fmt.Fprintln(out, "!! REMINDER: scripted fake, not a real model: these numbers say nothing about model quality.")
	}
	return nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// openCacheDB gives cortex a fresh in-memory ai_cache so every case is a
// real call (no answers from an earlier run).
// gormConn gives the bare in-memory *gorm.DB the Conn method cortex needs.
type gormConn struct{ db *gorm.DB }

func (g gormConn) Conn(ctx context.Context) *gorm.DB { return g.db.WithContext(ctx) }

func openCacheDB() (*gorm.DB, error) {
	db, err := gorm.Open(gormlite.Open(fmt.Sprintf("file:/cortexeval%d?vfs=memdb", time.Now().UnixNano())), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		return nil, err
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, err
	}
	mig, err := os.ReadFile("migrations/sqlite/00035_ai_cache.sql")
	if err != nil {
		return nil, err
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, sqlDB, fstest.MapFS{"00035_ai_cache.sql": {Data: mig}})
	if err != nil {
		return nil, err
	}
	if _, err := p.Up(context.Background()); err != nil {
		return nil, err
	}
	return db, nil
}

// safeSigns are what the scripted fake takes as evidence of a false
// positive. It is a keyword script standing in for a model, nothing more.
var safeSigns = regexp.MustCompile(`\?"|\$1"|prepareStatement|htmlspecialchars|SafeLoader|filepath\.Base|\["ping"|ETag|test_|= BANNER|const BANNER`)

// scriptedFake speaks OpenAI chat completions and answers triage with a
// keyword script over the code inside the prompt's data blocks.
func scriptedFake(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Messages []struct {
			Role    string `json:"role"`
			Content string `json:"content"`
		} `json:"messages"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, `{"error":{"message":"bad json"}}`, 400)
		return
	}
	var prompt strings.Builder
	for _, m := range req.Messages {
		prompt.WriteString(m.Content)
	}
	answer := `{"verdict":"true_positive","confidence":0.7,"reason":"scripted: no sign of sanitisation or parameterisation"}`
	if m := safeSigns.FindString(prompt.String()); m != "" {
		b, _ := json.Marshal(map[string]any{"verdict": "false_positive", "confidence": 0.7, "reason": "scripted: saw " + m})
		answer = string(b)
	}
	in := prompt.Len() / 4
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{
		"id": "eval", "object": "chat.completion", "created": time.Now().Unix(), "model": "scripted-fake",
		"choices": []any{map[string]any{"index": 0, "finish_reason": "stop", "message": map[string]any{"role": "assistant", "content": answer}}},
		"usage":   map[string]any{"prompt_tokens": in, "completion_tokens": len(answer) / 4, "total_tokens": in + len(answer)/4},
	})
}
