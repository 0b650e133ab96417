package main

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"vigil/modules/analysis/scanner/deps"
)

// newOSVCmd groups the commands about the vulnerability database the
// dependency pass reads.
func newOSVCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "osv",
		Short: "Manage the OSV vulnerability data used by dependency checks",
		Args:  noArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newOSVSyncCmd(e))
	return cmd
}

// newOSVSyncCmd downloads OSV's per-ecosystem exports so an air-gapped
// site can check dependencies with osv.offline and osv.database_file.
func newOSVSyncCmd(e *env) *cobra.Command {
	var dir, from string
	var ecosystems []string
	cmd := &cobra.Command{
		Use:   "sync",
		Short: "Download the OSV ecosystem exports for offline dependency checks",
		Long: `Download OSV's per-ecosystem exports (<osv.export_url>/<ecosystem>/all.zip)
into a folder, one <ecosystem>.zip each. Each file replaces the previous one
only once it is complete, so scans may read the folder meanwhile.

Then set osv.database_file to the folder (VIGIL_OSV_DATABASE_FILE), and
osv.offline: true on a site without internet access.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := e.loadConfig(nil)
			if err != nil {
				return err
			}
			if dir == "" {
				dir = cfg.OSV.DatabaseFile
			}
			if dir == "" {
				dir = filepath.Join(cfg.DataDir, "osv")
			}
			if from == "" {
				from = cfg.OSV.ExportURL
			}
			got, err := deps.Sync(cmd.Context(), deps.SyncOptions{BaseURL: from, Dir: dir, Ecosystems: ecosystems})
			for _, s := range got {
				fmt.Fprintf(e.stdout, "%-10s %7d advisories  %6.1f MiB  %s\n", s.Ecosystem, s.Advisories, float64(s.Bytes)/(1<<20), s.Path)
			}
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(e.stdout, "Set osv.database_file (VIGIL_OSV_DATABASE_FILE) to %s\n", dir)
			return err
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "folder to write the exports to (default: osv.database_file, else <data_dir>/osv)")
	cmd.Flags().StringVar(&from, "url", "", "export root to download from (default: osv.export_url)")
	cmd.Flags().StringSliceVar(&ecosystems, "ecosystem", nil, fmt.Sprintf("ecosystems to fetch (default: %v)", deps.SyncEcosystems))
	return cmd
}
