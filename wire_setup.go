package main

import (
	"vigil/modules/analysis"
	"vigil/platform/config"
)

// setupChecks is the instance checklist the dashboard shows workspace
// admins, from the configuration (the AI provider item is the analysis
// module's own). Each names the setting that turns it on; links lead
// to the page where it is set, or are empty when only the server's
// configuration can set it (the detail then names the variables; `vigil
// config` lists every setting).
func setupChecks(cfg config.Config) []analysis.SetupCheck {
	// osv.url has a default; osv.offline turns it off (APIURL says which).
	osv := cfg.OSV.APIURL() != "" || cfg.OSV.DatabaseFile != ""
	mail := cfg.SMTP.Host != ""
	gh := cfg.GitHubApp.Enabled()
	billing := cfg.BillingEnabled()
	pick := func(ok bool, yes, no string) string {
		if ok {
			return yes
		}
		return no
	}
	return []analysis.SetupCheck{
		{ID: "vulnerability_database", Label: "Vulnerability database", Done: osv,
			Detail: pick(osv, "Dependency manifests are checked against OSV.", "Dependency checks are skipped: VIGIL_OSV_OFFLINE is set and no offline export is named. Unset it to use the OSV API, or run `vigil osv sync` and set VIGIL_OSV_DATABASE_FILE.")},
		{ID: "email", Label: "Email", Done: mail,
			Detail: pick(mail, "Invitations, confirmations and reset links are emailed.", "No email is sent: inviters and admins hand out links themselves. Set VIGIL_SMTP_HOST and VIGIL_SMTP_FROM.")},
		{ID: "github_app", Label: "GitHub App", Done: gh,
			Detail: pick(gh, "Repositories can be connected through the GitHub App.", "Not configured: set VIGIL_GITHUB_APP_APP_ID and VIGIL_GITHUB_APP_PRIVATE_KEY.")},
		{ID: "billing", Label: "Billing", Done: billing, Link: "/billing",
			Detail: pick(billing, "Credits are sold through Stripe Checkout.", "Billing is off: analyses never wait for credits. Set VIGIL_STRIPE_SECRET_KEY and VIGIL_STRIPE_WEBHOOK_SECRET to sell credits.")},
	}
}
