// Package secrets is the scanner pass that finds hard-coded credentials. It
// runs gitleaks' detector (its maintained rule catalogue of a few hundred
// provider token formats, keywords, entropy thresholds and allowlists) as a
// library over the files the engine walked, then locates, masks and
// fingerprints each secret itself: no finding, snippet or message ever holds
// a secret in full.
package secrets

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/viper"
	"github.com/zricethezav/gitleaks/v8/config"
	"github.com/zricethezav/gitleaks/v8/logging"
	"github.com/zricethezav/gitleaks/v8/report"

	"vigil/modules/analysis/scanner"
)

// PassName names the pass in notes.
const PassName = "secrets"

// RulePrefix starts the rule id of every secret finding; the rest is the
// gitleaks rule id in upper case (VGL-SECRET-AWS-ACCESS-TOKEN).
const RulePrefix = "VGL-SECRET-"

// DefaultMaxFileSize bounds the files searched for secrets.
const DefaultMaxFileSize = scanner.DefaultMaxFileSize

// Options tune the pass. The zero value is usable.
type Options struct {
	// MaxFileSize skips larger files (counted in a note); 0 means
	// DefaultMaxFileSize.
	MaxFileSize int64
	// Workers bounds concurrent files; 0 means GOMAXPROCS.
	Workers int
	// CheckExamples also searches files named as examples, samples or
	// templates (.env.example, config.sample.yml), which are skipped by
	// default because they hold placeholders by design.
	CheckExamples bool
	// FileTimeout bounds the search of one file; 0 means
	// scanner.DefaultFileTimeout. A file that runs out is reported in a
	// note with the findings made so far.
	FileTimeout time.Duration
}

// Pass implements scanner.Pass with gitleaks' default rules.
type Pass struct {
	opts Options
	eng  *engine
	// whole searches every file whole with all rules (the way the pass
	// worked before window.go), for tests and benchmarks to compare.
	whole bool
}

var (
	cfgOnce sync.Once
	cfg     config.Config
	cfgErr  error
)

// defaultConfig translates gitleaks' embedded default configuration once.
// It uses a private viper instance: detect.NewDetectorDefaultConfig reads
// and overwrites viper's global instance, which the host program may use.
func defaultConfig() (config.Config, error) {
	cfgOnce.Do(func() {
		// gitleaks logs through a package-level zerolog logger to stderr;
		// the pass reports through notes instead.
		logging.Logger = zerolog.Nop()
		v := viper.New()
		v.SetConfigType("toml")
		if err := v.ReadConfig(strings.NewReader(config.DefaultConfig)); err != nil {
			cfgErr = fmt.Errorf("secrets: read gitleaks default config: %w", err)
			return
		}
		var vc config.ViperConfig
		if err := v.Unmarshal(&vc); err != nil {
			cfgErr = fmt.Errorf("secrets: decode gitleaks default config: %w", err)
			return
		}
		c, err := vc.Translate()
		if err != nil {
			cfgErr = fmt.Errorf("secrets: gitleaks default config: %w", err)
			return
		}
		// Translate fills Path from the global viper instance; it must not
		// make the detector skip one of our files.
		c.Path = ""
		cfg = c
	})
	return cfg, cfgErr
}

// New builds the pass. The detectors are compiled once per process.
func New(opts Options) (*Pass, error) {
	e, err := defaultEngine()
	if err != nil {
		return nil, err
	}
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = DefaultMaxFileSize
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	if opts.FileTimeout <= 0 {
		opts.FileTimeout = scanner.DefaultFileTimeout
	}
	return &Pass{opts: opts, eng: e}, nil
}

// Name implements scanner.Pass.
func (p *Pass) Name() string { return PassName }

// Run implements scanner.Pass.
func (p *Pass) Run(ctx context.Context, files []scanner.File) ([]scanner.Finding, []scanner.Note, error) {
	type result struct {
		findings []scanner.Finding
		err      string
	}
	results := make([]result, len(files))
	var tooLarge, examples []string
	idx := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < p.opts.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				if ctx.Err() != nil {
					continue
				}
				data, err := files[i].ReadFile()
				if err != nil {
					results[i].err = fmt.Sprintf("%s: %v", files[i].Path, err)
					continue
				}
				fctx, cancel := context.WithTimeout(ctx, p.opts.FileTimeout)
				results[i].findings = p.scanFile(fctx, files[i].Path, string(data))
				if fctx.Err() != nil && ctx.Err() == nil {
					results[i].err = fmt.Sprintf("%s: search exceeded the %s time budget, results partial", files[i].Path, p.opts.FileTimeout)
				}
				cancel()
			}
		}()
	}
	var order []int
	for i, f := range files {
		switch {
		case f.Size > p.opts.MaxFileSize:
			tooLarge = append(tooLarge, f.Path)
			continue
		case !p.opts.CheckExamples && IsExampleFile(f.Path):
			examples = append(examples, f.Path)
			continue
		}
		order = append(order, i)
	}
	// largest files first: a large bundle handed out last would be
	// searched by one worker while the others have nothing left to do
	// (results go to their file's slot, so the order does not matter)
	sort.SliceStable(order, func(a, b int) bool { return files[order[a]].Size > files[order[b]].Size })
	for _, i := range order {
		select {
		case idx <- i:
		case <-ctx.Done():
		}
	}
	close(idx)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	var out []scanner.Finding
	var notes []scanner.Note
	for _, r := range results {
		out = append(out, r.findings...)
		if r.err != "" {
			notes = append(notes, scanner.Note{Pass: PassName, Level: "warning", Message: "not fully searched for secrets: " + r.err})
		}
	}
	if len(tooLarge) > 0 {
		notes = append(notes, scanner.Note{Pass: PassName, Level: "info",
			Message: fmt.Sprintf("%s larger than %d bytes not searched for secrets: %s", scanner.Count(len(tooLarge), "file", "files"), p.opts.MaxFileSize, listSome(tooLarge))})
	}
	if len(examples) > 0 {
		notes = append(notes, scanner.Note{Pass: PassName, Level: "info",
			Message: fmt.Sprintf("%s not searched for secrets: %s", scanner.Count(len(examples), "example/sample/template file", "example/sample/template files"), listSome(examples))})
	}
	return out, notes, nil
}

func listSome(paths []string) string {
	if len(paths) <= 5 {
		return strings.Join(paths, ", ")
	}
	return strings.Join(paths[:5], ", ") + fmt.Sprintf(" and %d more", len(paths)-5)
}

// scanFile runs the detectors on one file and converts their findings.
func (p *Pass) scanFile(ctx context.Context, path, text string) []scanner.Finding {
	lineStarts := lineOffsets(text)
	var calls []call
	if p.whole {
		calls = detectChunks(ctx, p.eng.all, path, text, lineStarts, map[int]bool{})
	} else {
		calls = p.eng.detectNear(ctx, path, text, lineStarts)
	}
	drop := shadowed(calls)
	var hits []hit
	claimed := map[[2]string]bool{} // {rule, offset}: a secret seen in two overlapping chunks
	for _, f := range inOrder(calls) {
		c, r := calls[f.call], calls[f.call].raw[f.raw]
		if drop[f] || r.Secret == "" || IsPlaceholder(r.Secret) || (r.RuleID == "generic-api-key" && (LooksLikeCode(r.Secret) || NamesACode(r.Match))) {
			continue // shadowed by a specific rule, a path-only rule, an obvious placeholder value, or code
		}
		from := c.lo
		if l := c.line + r.StartLine; r.StartLine >= 0 && l < len(lineStarts) && lineStarts[l] <= c.hi {
			from = max(c.lo, lineStarts[l])
		}
		start := locate(text, c.lo, c.hi, from, r.Secret, c.taken)
		if start < 0 {
			continue // not in the raw text: nothing we can point at or mask
		}
		if strings.HasPrefix(r.RuleID, "curl-auth") && LocalCIServiceCredential(path, lineAt(text, start)) {
			continue // a CI job's own throwaway service on localhost
		}
		c.used[start] = true
		k := [2]string{r.RuleID, strconv.Itoa(start)}
		if claimed[k] {
			continue
		}
		claimed[k] = true
		hits = append(hits, hit{f: r, start: start, end: start + len(r.Secret)})
	}
	if len(hits) == 0 {
		return nil
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].start < hits[j].start })
	masked, newStarts := maskText(text, hits)
	maskedLines := strings.Split(masked, "\n")
	maskedStarts := lineOffsets(masked)
	seen := map[string]int{}
	out := make([]scanner.Finding, 0, len(hits))
	for i, h := range hits {
		sl, sc := position(lineStarts, h.start)
		el, ec := position(lineStarts, h.end)
		ml, _ := position(maskedStarts, newStarts[i])
		snip := ""
		if ml >= 1 && ml <= len(maskedLines) {
			snip = strings.TrimRight(maskedLines[ml-1], "\r")
			if len(snip) > 400 {
				snip = snip[:400] + "…"
			}
			snip = strings.ToValidUTF8(snip, "\uFFFD")
		}
		out = append(out, toFinding(path, h, snip, scanner.Location{Path: path, StartLine: sl, StartColumn: sc, EndLine: el, EndColumn: ec}, seen))
	}
	return out
}

// Chunking: gitleaks runs every rule whose keyword occurs anywhere in
// the text it is given, over all of that text, so a large file with a few
// common keywords costs every rule a full pass (seconds for 2 MiB). Files
// are handed over in pieces of about chunkSize bytes, cut after a newline
// where one is near, each extended by chunkOverlap bytes so a secret
// crossing a cut (a PEM key block is ~3 KiB) is whole in one piece; the
// keyword filter then works per piece, and the time budget is checked
// between pieces. Since window.go most rules run on a few lines around
// their keywords instead; chunks serve the rules it cannot window and the
// files it cannot search that way.
const (
	chunkSize    = 64 << 10
	chunkOverlap = 8 << 10
)

type span struct{ start, end int }

func chunks(text string) []span {
	if len(text) <= chunkSize+chunkOverlap {
		return []span{{0, len(text)}}
	}
	var out []span
	for start := 0; start < len(text); {
		cut := min(start+chunkSize, len(text))
		if cut < len(text) {
			if i := strings.LastIndexByte(text[start+chunkSize/2:cut], '\n'); i >= 0 {
				cut = start + chunkSize/2 + i + 1
			}
		}
		out = append(out, span{start, min(cut+chunkOverlap, len(text))})
		start = cut
	}
	return out
}

type hit struct {
	f          report.Finding
	start, end int // byte offsets of the secret in the file
}

// locate finds the byte offset of secret in text[lo:hi]. gitleaks reports
// the 0-based line of the match (which may start before the secret) and
// columns that are not reliable, so the secret is searched for from the
// start of that line (from) on, then anywhere in text[lo:hi]; offsets
// already given to another finding (taken) are passed over.
func locate(text string, lo, hi, from int, secret string, taken func(int) bool) int {
	for _, base := range []int{from, lo} {
		off := base
		for {
			i := strings.Index(text[off:hi], secret)
			if i < 0 {
				break
			}
			if !taken(off + i) {
				return off + i
			}
			off += i + 1
		}
	}
	return -1
}

func lineOffsets(text string) []int {
	offs := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			offs = append(offs, i+1)
		}
	}
	return offs
}

// position converts a byte offset to a 1-based line and column (EndColumn
// semantics: a column just past the last byte is valid).
func position(lineStarts []int, off int) (line, col int) {
	i := sort.Search(len(lineStarts), func(i int) bool { return lineStarts[i] > off }) - 1
	if i < 0 {
		i = 0
	}
	return i + 1, off - lineStarts[i] + 1
}

// maskText replaces every secret in text with its mask, returning the new
// text and the offset of each mask in it. Overlapping hits are merged into
// the earlier one's mask.
func maskText(text string, hits []hit) (string, []int) {
	var b strings.Builder
	starts := make([]int, len(hits))
	pos := 0
	for i, h := range hits {
		if h.start < pos { // overlaps the previous secret, already masked
			starts[i] = starts[i-1]
			if h.end > pos {
				pos = h.end
			}
			continue
		}
		b.WriteString(text[pos:h.start])
		starts[i] = b.Len()
		b.WriteString(Mask(text[h.start:h.end]))
		pos = h.end
	}
	b.WriteString(text[pos:])
	return b.String(), starts
}

// lineAt is the line of text that holds byte offset off, without its newline.
func lineAt(text string, off int) string {
	start := strings.LastIndexByte(text[:off], '\n') + 1
	end := strings.IndexByte(text[off:], '\n')
	if end < 0 {
		return text[start:]
	}
	return text[start : off+end]
}
