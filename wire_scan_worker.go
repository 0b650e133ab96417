package main

import (
	"errors"
	"log/slog"
	"os"

	"github.com/spf13/cobra"

	"vigil/modules/analysis/scanner"
	"vigil/modules/analysis/scanner/cli"
	"vigil/modules/analysis/scanner/deps"
	"vigil/modules/analysis/scanner/isolate"
	"vigil/platform/config"
)

// envOSVError carries to a scan worker why the dependency pass's settings
// are unusable (the worker cannot read the configuration files itself).
const envOSVError = "VIGIL_SCAN_WORKER_OSV_ERROR"

// newScanWorkerCmd is `vigil scan-worker`, the confined child process that
// parses hostile source for the server's analyses and for `vigil scan`
// (see isolate). It is started by isolate.Runner, never by hand.
func newScanWorkerCmd() *cobra.Command {
	return &cobra.Command{
		Use:                isolate.Command,
		Short:              "Scan one tree in a confined process (internal)",
		Hidden:             true,
		DisableFlagParsing: true,
		SilenceUsage:       true,
		SilenceErrors:      true,
		RunE: func(cmd *cobra.Command, args []string) error {
			cli.TuneGC() // the process does nothing but scan
			if code := isolate.Main(args, os.Stdin, os.Stderr, isolate.WorkerOptions{Passes: workerPasses}); code != 0 {
				return &cli.ExitCodeError{Code: code, Err: errors.New("scan worker failed")}
			}
			return nil
		},
	}
}

// workerIsolation is how analyses and `vigil scan` start scan workers: the
// dependency pass's settings (or why they are unusable) in an otherwise
// empty environment, read access to an offline OSV database, and network
// sockets only when an OSV server is to be queried (the default, api.osv.dev;
// none with osv.offline).
func workerIsolation(osv config.OSV, osvErr error, log *slog.Logger) isolate.Options {
	o := isolate.Options{Env: []string{}, Logger: log}
	if osvErr != nil {
		o.Env = append(o.Env, envOSVError+"="+osvErr.Error())
		return o
	}
	if osv.Offline {
		o.Env = append(o.Env, "VIGIL_OSV_OFFLINE=true")
	}
	if u := osv.APIURL(); u != "" {
		o.Env = append(o.Env, "VIGIL_OSV_URL="+u)
		o.Network = true
		for _, k := range []string{"HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY", "https_proxy", "http_proxy", "no_proxy"} {
			if v, ok := os.LookupEnv(k); ok {
				o.Env = append(o.Env, k+"="+v)
			}
		}
	}
	if osv.DatabaseFile != "" {
		o.Env = append(o.Env, "VIGIL_OSV_DATABASE_FILE="+osv.DatabaseFile)
		o.Read = append(o.Read, osv.DatabaseFile)
	}
	return o
}

// workerPasses builds a scan worker's passes from the environment
// workerIsolation gave it.
func workerPasses() []scanner.Pass {
	if msg := os.Getenv(envOSVError); msg != "" {
		p := scanPasses(config.OSV{})
		for i, x := range p {
			if x.Name() == deps.PassName {
				p[i] = scanner.BrokenPass(deps.PassName, errors.New(msg))
			}
		}
		return p
	}
	return scanPasses(config.OSV{URL: os.Getenv("VIGIL_OSV_URL"), DatabaseFile: os.Getenv("VIGIL_OSV_DATABASE_FILE"),
		Offline: os.Getenv("VIGIL_OSV_OFFLINE") == "true"})
}
