package store

import (
	"context"
	"sort"

	"gorm.io/gorm"
)

// Bucket is one group of a breakdown: a key and how many findings it holds.
type Bucket struct {
	Key   string `json:"key"`
	Count int    `json:"count"`
}

// Breakdown is the top buckets of one dimension. Other is the sum of the
// buckets left out, Distinct the number of keys in all. A finding with no
// value (no CWE, say) counts under "(none)"; a finding with several values
// counts once under each.
type Breakdown struct {
	Buckets  []Bucket `json:"buckets"`
	Other    int      `json:"other"`
	Distinct int      `json:"distinct"`
}

// Summary aggregates every finding of an analysis in scope.
type Summary struct {
	Findings int `json:"findings"`
	// BySeverity counts findings per severity, every severity present
	// (0 when none), never null.
	BySeverity map[string]int `json:"by_severity" openapi:"nonnull"`
	ByCWE      Breakdown      `json:"by_cwe"`
	ByOWASP    Breakdown      `json:"by_owasp"`
	ByRule     Breakdown      `json:"by_rule"`
	ByFile     Breakdown      `json:"by_file"`
}

// NoValue is the bucket key of findings without a value for a dimension.
const NoValue = "(none)"

// openFindings keeps the findings the score counts: not suppressed in code
// and not triaged away (f: findings, t: the project's triage joined on the
// fingerprint). Counts and Summarize share it so they never disagree.
const openFindings = "f.suppression_kind = '' AND COALESCE(t.state, 'open') = 'open'"

// Summarize counts a's findings by severity, CWE, OWASP category, rule and
// file with GROUP BY queries, keeping the top buckets of each. openOnly
// keeps what the score counts: findings neither suppressed nor triaged;
// fileKind keeps one kind of file as the findings list does ("" or "all":
// every file).
//
// CWE and OWASP are stored as ",A,B," lists, so they are grouped by the
// whole list (few distinct lists: they come from rules) and the lists are
// split here; each list holds distinct values, so the sums are exact.
func (s *Store) Summarize(ctx context.Context, a *Analysis, openOnly bool, fileKind string, top int) (*Summary, error) {
	base := func() *gorm.DB {
		q := whereFileKind(s.findingsQuery(ctx, a), fileKind)
		if openOnly {
			q = q.Where(openFindings)
		}
		return q
	}
	type row struct {
		K string
		N int
	}
	group := func(col string) ([]row, error) {
		var rows []row
		err := base().Select(col + " AS k, COUNT(*) AS n").Group(col).Scan(&rows).Error
		return rows, wrap("summary", err)
	}
	out := &Summary{BySeverity: map[string]int{"critical": 0, "high": 0, "medium": 0, "low": 0, "info": 0}}
	sev, err := group("f.severity")
	if err != nil {
		return nil, err
	}
	for _, r := range sev {
		out.BySeverity[r.K] += r.N
		out.Findings += r.N
	}
	for _, d := range []struct {
		col  string
		into *Breakdown
	}{{"f.cwe", &out.ByCWE}, {"f.owasp", &out.ByOWASP}} {
		rows, err := group(d.col)
		if err != nil {
			return nil, err
		}
		counts := make(map[string]int, len(rows))
		for _, r := range rows {
			keys := splitList(r.K)
			if len(keys) == 0 {
				keys = []string{NoValue}
			}
			for _, k := range keys {
				counts[k] += r.N
			}
		}
		*d.into = breakdown(counts, top)
	}
	// One rule and one file per finding: the top buckets come from SQL.
	for _, d := range []struct {
		col  string
		into *Breakdown
	}{{"f.rule_id", &out.ByRule}, {"f.path", &out.ByFile}} {
		var rows []row
		err := base().Select(d.col + " AS k, COUNT(*) AS n").Group(d.col).Order("n DESC, k ASC").Limit(top).Scan(&rows).Error
		if err != nil {
			return nil, wrap("summary", err)
		}
		var distinct int64
		if err := base().Select("COUNT(DISTINCT " + d.col + ")").Scan(&distinct).Error; err != nil {
			return nil, wrap("summary", err)
		}
		b := Breakdown{Buckets: make([]Bucket, 0, len(rows)), Distinct: int(distinct), Other: out.Findings}
		for _, r := range rows {
			b.Buckets = append(b.Buckets, Bucket{Key: r.K, Count: r.N})
			b.Other -= r.N
		}
		*d.into = b
	}
	return out, nil
}

// breakdown keeps the top n buckets by count (ties by key).
func breakdown(counts map[string]int, n int) Breakdown {
	all := make([]Bucket, 0, len(counts))
	for k, c := range counts {
		all = append(all, Bucket{Key: k, Count: c})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Count != all[j].Count {
			return all[i].Count > all[j].Count
		}
		return all[i].Key < all[j].Key
	})
	b := Breakdown{Buckets: all, Distinct: len(all)}
	if len(all) > n {
		b.Buckets = all[:n]
		for _, x := range all[n:] {
			b.Other += x.Count
		}
	}
	return b
}
