package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"vigil/platform/audit"
)

// newAdminAuditCmd is `vigil admin audit verify|export`: the operator's
// proof that the hash-chained audit log was not edited, and a copy of it
// to keep elsewhere.
func newAdminAuditCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "audit",
		Short: "Verify or export the hash-chained audit log",
		Args:  noArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newAdminAuditVerifyCmd(e), newAdminAuditExportCmd(e))
	return cmd
}

func newAdminAuditVerifyCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "verify",
		Short: "Check every entry's hash chain; exit 1 naming the first broken entry",
		Long: `Walk the audit log in order and recompute each entry's hash. Exit 0 when
the chain is intact; exit 1 and name the first entry that was edited,
removed or inserted when it is not. Only reads the database.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return e.withAudit(cmd, func(ctx context.Context, l *audit.Log) error {
				n, err := l.VerifyCount(ctx)
				var te *audit.TamperError
				if errors.As(err, &te) {
					fmt.Fprintf(e.stdout, "audit log TAMPERED: %d entries intact before entry %d\n", n, te.Seq)
					fmt.Fprintf(e.stdout, "first broken entry: seq %d", te.Seq)
					if te.ID != "" {
						fmt.Fprintf(e.stdout, " id %s action %q at %s", te.ID, te.Action, te.At.UTC().Format(time.RFC3339Nano))
					}
					fmt.Fprintf(e.stdout, ": %s\n", te.Reason)
					return err
				}
				if err != nil {
					return err
				}
				_, err = fmt.Fprintf(e.stdout, "audit log intact: %d entries\n", n)
				return err
			})
		},
	}
}

func newAdminAuditExportCmd(e *env) *cobra.Command {
	var since string
	cmd := &cobra.Command{
		Use:   "export [--since TIME]",
		Short: "Write the audit log as JSON lines on standard output",
		Long: `Write audit entries, oldest first, one JSON object per line, with their
hashes. --since takes an RFC 3339 time (2026-12-01T00:00:00Z), a date
(2026-12-01, UTC) or a duration back from now (72h).`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			from, err := parseSince(since, time.Now())
			if err != nil {
				return usageError{err}
			}
			return e.withAudit(cmd, func(ctx context.Context, l *audit.Log) error {
				w := bufio.NewWriter(e.stdout)
				enc := json.NewEncoder(w)
				if _, err := l.Export(ctx, from, func(x audit.Exported) error { return enc.Encode(x) }); err != nil {
					return err
				}
				return w.Flush()
			})
		},
	}
	cmd.Flags().StringVar(&since, "since", "", "only entries at or after this time (RFC 3339, YYYY-MM-DD or a duration such as 24h)")
	return cmd
}

// parseSince reads --since: empty is the beginning of the log.
func parseSince(s string, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	if d, err := time.ParseDuration(s); err == nil && d >= 0 {
		return now.Add(-d), nil
	}
	return time.Time{}, fmt.Errorf("--since %q: want an RFC 3339 time, a date YYYY-MM-DD or a duration such as 24h", s)
}

// withAudit opens the configured database (read only use: no migration)
// and hands fn the audit log on it.
func (e *env) withAudit(cmd *cobra.Command, fn func(context.Context, *audit.Log) error) error {
	ctx := cmd.Context()
	if ctx == nil {
		ctx = context.Background()
	}
	a, err := e.openApp(ctx, nil)
	if err != nil {
		return err
	}
	defer a.close()
	l, err := audit.New(a.db)
	if err != nil {
		return err
	}
	return fn(ctx, l)
}
