package main

import (
	"text/tabwriter"

	"github.com/spf13/cobra"

	"vigil/platform/config"
)

func newConfigCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration (secrets hidden)",
		Long: `Print every configuration key, its environment variable and the value this
process would run with after defaults, the config file and VIGIL_* variables
are applied. Secret values are shown as "(set)". Invalid values are
reported, all at once, instead.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := e.loadConfig(nil)
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
			if _, err := tw.Write([]byte("KEY\tENVIRONMENT\tVALUE\n")); err != nil {
				return err
			}
			for _, s := range config.Describe(*cfg) {
				if _, err := tw.Write([]byte(s.Key + "\t" + s.Env + "\t" + s.Value + "\n")); err != nil {
					return err
				}
			}
			return tw.Flush()
		},
	}
}
