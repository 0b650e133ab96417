package github

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/base64"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// MaxSARIFBytes is GitHub's limit on an uploaded SARIF file, compressed.
const MaxSARIFBytes = 10 << 20

// SARIFUpload is GitHub's answer to a SARIF upload.
type SARIFUpload struct {
	ID  string `json:"id"`
	URL string `json:"url"`
}

// UploadSARIF sends a SARIF log to code scanning for commitSHA on ref
// (refs/heads/…): gzip-compressed, then base64-encoded, as GitHub asks
// (POST /repos/{owner}/{repo}/code-scanning/sarifs).
func (a *App) UploadSARIF(ctx context.Context, installationID int64, fullName, commitSHA, ref string, sarif []byte) (*SARIFUpload, error) {
	rp, err := repoPath(fullName)
	if err != nil {
		return nil, err
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	if _, err := zw.Write(sarif); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	if gz.Len() > MaxSARIFBytes {
		return nil, fmt.Errorf("github: SARIF is %d bytes compressed, over GitHub's %d", gz.Len(), MaxSARIFBytes)
	}
	body := map[string]string{"commit_sha": commitSHA, "ref": ref, "sarif": base64.StdEncoding.EncodeToString(gz.Bytes()), "tool_name": "Vigil"}
	res, err := a.asInstallation(ctx, installationID, request{method: http.MethodPost, path: rp + "/code-scanning/sarifs", body: body})
	if err != nil {
		return nil, err
	}
	var out SARIFUpload
	if err := decode(res, &out); err != nil {
		return nil, err
	}
	if out.ID == "" {
		return nil, fmt.Errorf("github: SARIF upload: no id in the answer")
	}
	return &out, nil
}

// SARIFStatus is an upload's processing status: pending, complete or
// failed (with GitHub's errors).
type SARIFStatus struct {
	ProcessingStatus string   `json:"processing_status"`
	AnalysesURL      string   `json:"analyses_url"`
	Errors           []string `json:"errors"`
}

// SARIFUploadStatus reads an upload's status
// (GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}).
func (a *App) SARIFUploadStatus(ctx context.Context, installationID int64, fullName, id string) (*SARIFStatus, error) {
	rp, err := repoPath(fullName)
	if err != nil {
		return nil, err
	}
	res, err := a.asInstallation(ctx, installationID, request{method: http.MethodGet, path: rp + "/code-scanning/sarifs/" + url.PathEscape(id)})
	if err != nil {
		return nil, err
	}
	var out SARIFStatus
	if err := decode(res, &out); err != nil {
		return nil, err
	}
	out.ProcessingStatus = strings.ToLower(out.ProcessingStatus)
	return &out, nil
}
