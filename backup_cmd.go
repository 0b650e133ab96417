package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"vigil/platform/backup"
)

// newAdminBackupCmd is `vigil admin backup FILE`.
func newAdminBackupCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "backup FILE",
		Short: "Copy the whole database to FILE (online: the server may keep running)",
		Long: `Copy the whole configured database to FILE, which must not exist.

SQLite: SQLite's online backup API, a consistent copy taken while the
server keeps serving. PostgreSQL: pg_dump ` + fmt.Sprint(backup.PgDumpArgs) + `
(pg_dump must be on PATH, of the server's major version or newer).
The file is written under a temporary name and renamed when complete, with
mode 0600: it holds password hashes and sealed secrets. Restore it with
"vigil admin restore FILE".`,
		Args: exactlyOne,
		RunE: func(cmd *cobra.Command, args []string) error {
			return e.withDB(cmd, func(ctx context.Context, t backup.Target) error {
				start := time.Now()
				if err := backup.Backup(ctx, t, args[0]); err != nil {
					return err
				}
				_, err := fmt.Fprintf(e.stdout, "backup of the %s database written to %s in %s\n", t.DB.Dialect(), args[0], time.Since(start).Round(time.Millisecond))
				return err
			})
		},
	}
}

// newAdminRestoreCmd is `vigil admin restore FILE [--replace]`.
func newAdminRestoreCmd(e *env) *cobra.Command {
	var replace bool
	cmd := &cobra.Command{
		Use:   "restore FILE [--replace]",
		Short: "Replace the database's content with a backup (stop every server first)",
		Long: `Load a backup made by "vigil admin backup" into the configured database.

Stop every Vigil process using the database first. A database that already
has tables is refused unless --replace is given; then its content is
dropped (PostgreSQL: the public schema) or overwritten (SQLite) before the
backup is loaded. PostgreSQL: pg_restore ` + fmt.Sprint(backup.PgRestoreArgs) + `.
Restore into the same Vigil version that made the backup, then start it
(or a newer one: serve applies newer migrations by itself).`,
		Args: exactlyOne,
		RunE: func(cmd *cobra.Command, args []string) error {
			return e.withDB(cmd, func(ctx context.Context, t backup.Target) error {
				start := time.Now()
				if err := backup.Restore(ctx, t, args[0], replace); err != nil {
					return err
				}
				_, err := fmt.Fprintf(e.stdout, "restored %s into the %s database in %s\n", args[0], t.DB.Dialect(), time.Since(start).Round(time.Millisecond))
				return err
			})
		},
	}
	cmd.Flags().BoolVar(&replace, "replace", false, "overwrite a database that already has tables")
	return cmd
}

// withDB opens the configured database (without migrating it) for fn.
func (e *env) withDB(cmd *cobra.Command, fn func(context.Context, backup.Target) error) error {
	ctx := cmd.Context()
	if ctx == nil {
		ctx = context.Background()
	}
	a, err := e.openApp(ctx, nil)
	if err != nil {
		return err
	}
	defer a.close()
	return fn(ctx, backup.Target{DB: a.db, URL: a.cfg.Database.URL})
}

// exactlyOne wants one positional argument, as a usage error otherwise.
func exactlyOne(cmd *cobra.Command, args []string) error {
	if len(args) != 1 {
		return usageError{fmt.Errorf("want exactly one FILE argument\nRun '%s --help' for usage", cmd.CommandPath())}
	}
	return nil
}
