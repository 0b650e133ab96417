// Package cortex is Vigil's AI layer: a pure library inside the analysis
// module that uses large language models to triage the scanner's findings,
// review the riskiest files for flaws rules cannot see, write fixes as
// unified diffs, try to disprove every AI-raised finding and write the
// executive summary.
//
// It is built to be cheap (tiered routing, a response cache shared by all
// replicas through the database, with a workspace's own providers' answers
// kept to that workspace, a hard budget per analysis), robust to
// provider failure (retries with backoff honouring Retry-After, a circuit
// breaker and a concurrency limit per provider, fallback along a chain) and
// safe against the code it reads (untrusted code is delimited and declared
// data, secrets are masked before any byte leaves the process, outputs are
// strict JSON validated against a schema, and a finding is only accepted
// when the lines it cites exist and match).
//
// Nothing in this package executes analysed code.
//
// Wiring (main.go / the analysis service):
//
//	ai, err := cortex.New(cortex.Deps{
//		AI:     cfg.AI,              // providers, breaker, call timeout, retries
//		DB:     db.Gorm(),           // ai_cache, migration 00035
//		Mask:   secrets.Mask,        // the scanner's masker (optional)
//		Logger: logger,
//	})
//	for _, c := range ai.Collectors() { registry.MustRegister(c) }
//
// Per analysis:
//
//	lo, hi := ai.QuoteAnalysis(cortex.Input{Source: fsys, Findings: findings})
//	report := ai.Analyze(ctx, cortex.Input{Source: fsys, Findings: findings, Budget: cortex.NewBudget(hi)})
//
// A workspace's own keys: ws, err := ai.ForWorkspace(providers, ssrfGuardedClient).
package cortex
