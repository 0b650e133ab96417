package analysis

import (
	"fmt"
	"strings"

	"vigil/platform/config"
)

// ValidateConfig checks the configuration sections the analysis module
// owns (ai.*, analysis.*), naming each bad key in full. The root passes it
// to config.Load.
func ValidateConfig(c config.Config) config.Problems {
	var p config.Problems
	// ai
	seenProv := map[string]bool{}
	for i, pr := range c.AI.Providers {
		pre := fmt.Sprintf("ai.providers[%d].", i)
		if strings.TrimSpace(pr.Name) == "" {
			p.Add(pre+"name", pr.Name, "is required")
		} else if seenProv[pr.Name] {
			p.Add(pre+"name", pr.Name, "is used by another provider (names must be unique)")
		}
		seenProv[pr.Name] = true
		p.OneOf(pre+"kind", pr.Kind, "openai", "anthropic", "ollama")
		p.HTTPURL(pre+"base_url", pr.BaseURL, false)
		p.AtLeast(pre+"concurrency", int64(pr.Concurrency), 0)
		if len(pr.Models) == 0 {
			p.Add(pre+"models", "[]", "must list at least one model")
		}
		for j, m := range pr.Models {
			mpre := fmt.Sprintf("%smodels[%d].", pre, j)
			if strings.TrimSpace(m.Name) == "" {
				p.Add(mpre+"name", m.Name, "is required")
			}
			p.OneOf(mpre+"tier", m.Tier, "fast", "strong")
			if m.InputPrice < 0 {
				p.Add(mpre+"input_price", m.InputPrice, "must not be negative")
			}
			if m.OutputPrice < 0 {
				p.Add(mpre+"output_price", m.OutputPrice, "must not be negative")
			}
			p.AtLeast(mpre+"context", int64(m.Context), 0)
		}
	}
	p.AtLeast("ai.breaker.failures", int64(c.AI.Breaker.Failures), 1)
	p.AtLeast("ai.breaker.successes", int64(c.AI.Breaker.Successes), 1)
	p.Positive("ai.breaker.cooldown", c.AI.Breaker.Cooldown)
	p.Positive("ai.call_timeout", c.AI.CallTimeout)
	p.AtLeast("ai.max_retries", int64(c.AI.MaxRetries), 0)
	if c.AI.BudgetUSD < 0 {
		p.Add("ai.budget_usd", c.AI.BudgetUSD, "must not be negative (0 = from the quote)")
	}

	// analysis
	p.AtLeast("analysis.max_upload_bytes", c.Analysis.MaxUploadBytes, 1)
	p.AtLeast("analysis.max_uncompressed_bytes", c.Analysis.MaxUncompressedBytes, 1)
	p.AtLeast("analysis.max_files", int64(c.Analysis.MaxFiles), 1)
	p.AtLeast("analysis.max_file_bytes", c.Analysis.MaxFileBytes, 1)
	p.AtLeast("analysis.retention_days", int64(c.Analysis.RetentionDays), 0)
	p.AtLeast("analysis.max_concurrent_intakes", int64(c.Analysis.MaxConcurrentIntakes), 1)
	p.Positive("analysis.intake_wait", c.Analysis.IntakeWait)
	if c.HTTP.WriteTimeout > 0 && c.Analysis.IntakeWait >= c.HTTP.WriteTimeout {
		p.Add("analysis.intake_wait", c.Analysis.IntakeWait, fmt.Sprintf("must be shorter than http.write_timeout (%s): a waiting upload must still have time to be answered", c.HTTP.WriteTimeout))
	}

	return p
}
