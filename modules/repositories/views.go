package repositories

import (
	"time"

	"vigil/modules/repositories/internal/store"
)

// Repository is a connected repository as the API shows it. The access
// token is never returned: has_token and token_last4 say whether one is set.
type Repository struct {
	ID             string `json:"id"`
	Provider       string `json:"provider"`
	URL            string `json:"url"`
	Name           string `json:"name"`
	FullName       string `json:"full_name,omitempty"`
	InstallationID int64  `json:"installation_id,omitempty"`
	DefaultBranch  string `json:"default_branch"`
	HasToken       bool   `json:"has_token"`
	TokenLast4     string `json:"token_last4,omitempty"`
	Watched        bool   `json:"watched"`
	Tier           string `json:"tier"`
	MonthlyBudget  int64  `json:"monthly_budget"`
	Schedule       string `json:"schedule"`
	// ReviewThreshold is the least severity that fails a check run (pull
	// requests and default-branch pushes).
	ReviewThreshold string `json:"review_threshold"`
	// SARIFUpload uploads the SARIF of default-branch pushes, manual and
	// scheduled scans to GitHub code scanning (GitHub repositories only).
	SARIFUpload bool      `json:"sarif_upload"`
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
}

// Scan is one scan of a repository and what triggered it.
type Scan struct {
	ID          string `json:"id"`
	AnalysisID  string `json:"analysis_id,omitempty"`
	Ref         string `json:"ref"`
	Commit      string `json:"commit,omitempty"`
	Trigger     string `json:"trigger"`
	PRNumber    int    `json:"pr_number,omitempty"`
	TriggeredBy string `json:"triggered_by,omitempty"`
	Status      string `json:"status"`
	Error       string `json:"error,omitempty"`
	// SARIFID and SARIFStatus are the scan's code-scanning upload: its id
	// on GitHub and uploading, pending, complete or failed (with why).
	SARIFID     string `json:"sarif_id,omitempty"`
	SARIFStatus string `json:"sarif_status,omitempty"`
	// AnalysisStatus is the started analysis' status; Counts its open
	// findings by severity once it completed.
	AnalysisStatus string          `json:"analysis_status,omitempty"`
	Counts         *SeverityCounts `json:"counts,omitempty"`
	CreatedAt      time.Time       `json:"created_at"`
}

// SeverityCounts are open findings by severity.
type SeverityCounts struct {
	Critical int `json:"critical"`
	High     int `json:"high"`
	Medium   int `json:"medium"`
	Low      int `json:"low"`
	Info     int `json:"info"`
}

// RepositoryDetail is one repository with its latest scans, newest first.
type RepositoryDetail struct {
	Repository
	Scans []Scan `json:"scans"`
}

// RepositoryList is GET /api/v1/repositories.
type RepositoryList struct {
	Repositories []Repository `json:"repositories"`
}

func viewOf(r *store.Repository) Repository {
	return Repository{
		ID: r.ID, Provider: r.Provider, URL: r.URL, Name: r.Name, FullName: r.FullName, InstallationID: r.InstallationID,
		DefaultBranch: r.DefaultBranch, HasToken: r.TokenSealed != "", TokenLast4: r.TokenLast4, Watched: r.Watched,
		Tier: r.Tier, MonthlyBudget: r.MonthlyBudget, Schedule: r.Schedule, ReviewThreshold: r.ReviewThreshold, SARIFUpload: r.SARIFUpload, CreatedAt: r.CreatedAt, UpdatedAt: r.UpdatedAt,
	}
}

func scanOf(s *store.Scan) Scan {
	return Scan{
		ID: s.ID, AnalysisID: s.AnalysisID, Ref: s.Ref, Commit: s.CommitSHA, Trigger: s.Trigger, PRNumber: s.PRNumber,
		TriggeredBy: s.TriggeredBy, Status: s.Status, Error: s.Error, SARIFID: s.SARIFID, SARIFStatus: s.SARIFStatus, CreatedAt: s.CreatedAt,
	}
}
