package cortex

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

// Tier is a class of model: fast (cheap, for triage and summaries) or
// strong (for review, fixes and adversarial re-checks).
type Tier string

// Tiers, as written in the configuration.
const (
	TierFast   Tier = "fast"
	TierStrong Tier = "strong"
)

// ModelInfo is one configured model with its prices (USD per million tokens)
// and context window (tokens).
type ModelInfo struct {
	Provider    string  `json:"provider"`
	Name        string  `json:"name"`
	Tier        Tier    `json:"tier"`
	InputPrice  float64 `json:"input_price"`
	OutputPrice float64 `json:"output_price"`
	Context     int     `json:"context"`
}

// Cost is the price of a call with the given token counts.
func (m ModelInfo) Cost(inputTokens, outputTokens int) float64 {
	return (float64(inputTokens)*m.InputPrice + float64(outputTokens)*m.OutputPrice) / 1e6
}

// Token estimates. Prompts are measured before any call: typical uses the
// common ~4 bytes per token of BPE tokenizers (quotes, routing), upper uses
// one token per byte plus per-message framing, a bound no BPE tokenizer
// exceeds, so a budget reservation made with it is never too small.
func typicalTokens(bytes int) int { return bytes/4 + 1 }

// fitTokens is the estimate used to decide whether a prompt fits a model's
// context window: three bytes per token, between typical English prose and
// dense code, so a window is neither wasted nor overrun in practice.
func fitTokens(msgs []Message) int { return promptBytes(msgs)/3 + 16 }

func upperTokens(msgs []Message) int {
	n := 16
	for _, m := range msgs {
		n += len(m.Content) + 8
	}
	return n
}

func promptBytes(msgs []Message) int {
	n := 0
	for _, m := range msgs {
		n += len(m.Content)
	}
	return n
}

// CallRecord is the accounting line of one model call (or cache hit).
type CallRecord struct {
	Task         string        `json:"task"`
	Provider     string        `json:"provider"`
	Model        string        `json:"model"`
	InputTokens  int           `json:"input_tokens"`
	OutputTokens int           `json:"output_tokens"`
	Latency      time.Duration `json:"latency_ns"`
	CostUSD      float64       `json:"cost_usd"`
	Cached       bool          `json:"cached"`
	Error        string        `json:"error,omitempty"`
	At           time.Time     `json:"at"`
}

// ErrBudgetExceeded is matched (errors.Is) by every *BudgetError.
var ErrBudgetExceeded = errors.New("cortex: analysis budget exhausted")

// BudgetError says a call was refused because it could cost more than what
// is left of the analysis budget. Nothing was sent.
type BudgetError struct {
	LimitUSD  float64
	SpentUSD  float64
	NeededUSD float64
}

func (e *BudgetError) Error() string {
	return fmt.Sprintf("cortex: analysis budget exhausted: limit $%.6f, spent $%.6f, next call could cost up to $%.6f",
		e.LimitUSD, e.SpentUSD, e.NeededUSD)
}

// Is makes errors.Is(err, ErrBudgetExceeded) true.
func (e *BudgetError) Is(target error) bool { return target == ErrBudgetExceeded }

// Budget is the hard spending cap of one analysis. Before each call the
// worst-case cost (upper-bound input tokens, the full output allowance) is
// reserved; the reservation is replaced by the real cost afterwards. The sum
// of real costs therefore never exceeds the limit, even with concurrent calls.
type Budget struct {
	mu       sync.Mutex
	limit    float64
	spent    float64
	reserved float64
	records  []CallRecord
}

// NewBudget returns a budget of limitUSD. A limit <= 0 allows no paid call
// (cache hits still work).
func NewBudget(limitUSD float64) *Budget { return &Budget{limit: limitUSD} }

func (b *Budget) reserve(amount float64) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.spent+b.reserved+amount > b.limit+1e-12 {
		return &BudgetError{LimitUSD: b.limit, SpentUSD: b.spent, NeededUSD: amount}
	}
	b.reserved += amount
	return nil
}

func (b *Budget) settle(reserved, actual float64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.reserved -= reserved
	if b.reserved < 0 {
		b.reserved = 0
	}
	b.spent += actual
}

func (b *Budget) record(r CallRecord) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.records = append(b.records, r)
}

// Spent is the real cost of the calls made so far.
func (b *Budget) Spent() float64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.spent
}

// Limit is the cap this budget was created with.
func (b *Budget) Limit() float64 { return b.limit }

// Records returns a copy of every call made against this budget.
func (b *Budget) Records() []CallRecord {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]CallRecord(nil), b.records...)
}

// Usage sums the records: tokens, cost, calls and cache hits.
type Usage struct {
	Calls        int     `json:"calls"`
	CacheHits    int     `json:"cache_hits"`
	Failures     int     `json:"failures"`
	InputTokens  int     `json:"input_tokens"`
	OutputTokens int     `json:"output_tokens"`
	CostUSD      float64 `json:"cost_usd"`
}

// Usage totals the records.
func (b *Budget) Usage() Usage {
	var u Usage
	for _, r := range b.Records() {
		switch {
		case r.Cached:
			u.CacheHits++
		case r.Error != "":
			u.Failures++
		default:
			u.Calls++
		}
		u.InputTokens += r.InputTokens
		u.OutputTokens += r.OutputTokens
		u.CostUSD += r.CostUSD
	}
	return u
}
