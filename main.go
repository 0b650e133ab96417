// Command vigil is the single Vigil binary: the web server and job workers
// (serve), schema migrations (migrate), instance administration (admin)
// and the offline scanner. This file is the composition root: it parses
// the command line and wires platform packages and modules together; no
// business logic lives here.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"vigil/platform/httpserver"
)

// Set at build time: go build -ldflags "-X main.version=1.2.3 -X main.commit=abc -X main.date=2026-11-23".
var (
	version = "dev"
	commit  = "none"
	date    = "unknown"
)

func main() {
	// SIGINT/SIGTERM cancel ctx: serve then stops taking requests, drains
	// the in-flight ones, stops the job workers and closes the database.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		// After the first signal, restore the default handling: a second
		// one kills the process instead of waiting for the drain.
		<-ctx.Done()
		stop()
	}()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "vigil:", err)
		os.Exit(exitCode(err))
	}
}

// run executes one command line; it is main without the process: tests
// call it with their own context, arguments and writers.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return runWith(ctx, args, stdout, stderr, hooks{})
}

// hooks let tests observe or extend a running server without globals.
type hooks struct {
	// beforeSPA runs after modules registered their routes, before the SPA
	// catch-all is mounted.
	beforeSPA func(*httpserver.Server) error
}

func runWith(ctx context.Context, args []string, stdout, stderr io.Writer, h hooks) error {
	root := newRootCmd(&env{stdout: stdout, stderr: stderr, hooks: h})
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err != nil && strings.HasPrefix(err.Error(), "unknown command") {
		return usageError{err}
	}
	return err
}

// usageError marks command-line mistakes (exit status 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// exitCode is the code an error carries (an ExitCode() int method, as the
// scan command's errors have), 2 for usage errors and 1 for everything else.
func exitCode(err error) int {
	var coded interface{ ExitCode() int }
	if errors.As(err, &coded) {
		return coded.ExitCode()
	}
	var ue usageError
	if errors.As(err, &ue) {
		return 2
	}
	return 1
}
