package main

import (
	"context"
	"time"

	"vigil/modules/admin"
	"vigil/modules/analysis"
	"vigil/modules/auth"
	"vigil/modules/credits"
	"vigil/platform/httpserver"
)

// wireAdmin builds the instance administrators' overview (audit log
// viewer, KPIs) on each module's read model, when this process serves
// HTTP; its routes sit behind auth's RequireInstanceAdmin.
func wireAdmin(a *application, srv *httpserver.Server, authSvc *auth.Service, creditsSvc *credits.Service, analysisSvc *analysis.Service) error {
	if srv == nil {
		return nil
	}
	svc, err := admin.New(admin.Deps{
		Users:         adminUsers{authSvc},
		Analyses:      adminAnalyses{analysisSvc},
		Credits:       adminCredits{creditsSvc},
		Audit:         a.audit,
		InstanceAdmin: authSvc.RequireInstanceAdmin,
		Logger:        a.log.With("module", "admin"),
	})
	if err != nil {
		return err
	}
	srv.Mount(svc.Routes()...)
	return nil
}

// adminUsers hands auth's account statistics to the overview.
type adminUsers struct{ *auth.Service }

func (u adminUsers) UserStats(ctx context.Context, from time.Time) (admin.UserStats, error) {
	st, err := u.InstanceUserStats(ctx, from)
	return admin.UserStats{Users: st.Users, Admins: st.Admins, Disabled: st.Disabled, SignUps: st.SignUps, SignedIn: st.SignedIn, Active: st.Active}, err
}

// adminAnalyses hands the analysis module's statistics to the overview.
type adminAnalyses struct{ svc *analysis.Service }

func (x adminAnalyses) AnalysisStats(ctx context.Context, from time.Time) ([]admin.AnalysisDay, error) {
	rows, err := x.svc.InstanceAnalysisStats(ctx, from)
	out := make([]admin.AnalysisDay, 0, len(rows))
	for _, r := range rows {
		out = append(out, admin.AnalysisDay{Day: r.Day, Tier: r.Tier, Outcome: r.Outcome, Count: r.Count, AICostUSD: r.AICostUSD})
	}
	return out, err
}

// adminCredits hands the ledger's statistics to the overview.
type adminCredits struct{ svc *credits.Service }

func (x adminCredits) CreditStats(ctx context.Context, from time.Time) (admin.CreditStats, error) {
	st, err := x.svc.InstanceCreditStats(ctx, from)
	return admin.CreditStats{Sold: st.Sold, Spent: st.Spent, Granted: st.Granted, Refunded: st.Refunded}, err
}
