package deps

import (
	"archive/zip"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// DefaultExportURL is where OSV publishes its per-ecosystem exports.
const DefaultExportURL = "https://osv-vulnerabilities.storage.googleapis.com"

// SyncEcosystems are the exports `vigil osv sync` fetches by default: the
// ecosystems whose manifests the pass reads.
var SyncEcosystems = []string{EcosystemGo, EcosystemNPM, EcosystemPyPI, EcosystemRubyGems, EcosystemPackagist, EcosystemMaven, EcosystemCrates}

// maxExport bounds one downloaded export (npm's is about 200 MB).
const maxExport = 2 << 30

// SyncOptions say what to download and where.
type SyncOptions struct {
	// BaseURL is the export root; <BaseURL>/<ecosystem>/all.zip is fetched.
	BaseURL string
	// Dir receives one <ecosystem>.zip per ecosystem; point
	// osv.database_file at it.
	Dir string
	// Ecosystems to fetch; nil means SyncEcosystems.
	Ecosystems []string
	// HTTP is the client; nil means one with a 30 min timeout.
	HTTP *http.Client
}

// Synced describes one export written by Sync.
type Synced struct {
	Ecosystem  string
	Path       string
	Bytes      int64
	Advisories int
}

// Sync downloads the OSV ecosystem exports for offline use. Each export
// is written beside its final name and renamed into place only once it
// reads as a zip, so a scan reading Dir meanwhile, or an interrupted sync,
// never sees half a file: the previous export stays until the new one is
// whole. It stops at the first failure, keeping what it already wrote.
func Sync(ctx context.Context, o SyncOptions) ([]Synced, error) {
	if o.Dir == "" {
		return nil, fmt.Errorf("osv sync: no directory given")
	}
	base := strings.TrimRight(o.BaseURL, "/")
	if base == "" {
		base = DefaultExportURL
	}
	ecos := o.Ecosystems
	if len(ecos) == 0 {
		ecos = SyncEcosystems
	}
	client := o.HTTP
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Minute}
	}
	if err := os.MkdirAll(o.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("osv sync: %w", err)
	}
	var out []Synced
	for _, eco := range ecos {
		s, err := syncOne(ctx, client, base, o.Dir, eco)
		if err != nil {
			return out, fmt.Errorf("osv sync: %s: %w", eco, err)
		}
		out = append(out, s)
	}
	return out, nil
}

func syncOne(ctx context.Context, client *http.Client, base, dir, eco string) (Synced, error) {
	if eco == "" || strings.ContainsAny(eco, `/\`) || eco == "." || eco == ".." {
		return Synced{}, fmt.Errorf("not an ecosystem name")
	}
	u := base + "/" + url.PathEscape(eco) + "/all.zip"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return Synced{}, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return Synced{}, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return Synced{}, fmt.Errorf("GET %s: %s", u, resp.Status)
	}
	final := filepath.Join(dir, eco+".zip")
	tmp, err := os.CreateTemp(dir, "."+eco+"-*.part")
	if err != nil {
		return Synced{}, err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	n, err := io.Copy(tmp, io.LimitReader(resp.Body, maxExport+1))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return Synced{}, fmt.Errorf("download: %w", err)
	}
	if n > maxExport {
		return Synced{}, fmt.Errorf("export larger than %d bytes", int64(maxExport))
	}
	zr, err := zip.OpenReader(tmp.Name())
	if err != nil {
		return Synced{}, fmt.Errorf("not a zip export: %w", err)
	}
	count := 0
	for _, f := range zr.File {
		if strings.HasSuffix(strings.ToLower(f.Name), ".json") {
			count++
		}
	}
	zr.Close()
	if err := os.Rename(tmp.Name(), final); err != nil {
		return Synced{}, err
	}
	return Synced{Ecosystem: eco, Path: final, Bytes: n, Advisories: count}, nil
}
