package deps

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"path"
	"slices"
	"sort"
	"strings"

	"vigil/modules/analysis/scanner"
)

// PassName names the pass in notes.
const PassName = "dependencies"

// RulePrefix starts the rule id of every dependency finding; the advisory
// id follows (VGL-DEP-GHSA-xxxx-xxxx-xxxx), so .vigil.yml can disable or
// suppress one advisory.
const RulePrefix = "VGL-DEP-"

// Options configure the pass (see config.OSV).
type Options struct {
	// URL is an OSV API server root (https://api.osv.dev); "" means none.
	URL string
	// DatabaseFile is an offline OSV export (zip, JSON or a directory of
	// them); used when URL is empty or the server cannot be reached.
	DatabaseFile string
	// HTTP is the client for URL; nil means a default with a timeout.
	HTTP *http.Client
	// Client, when set, replaces the client built from URL and HTTP
	// (tests tune its retries).
	Client *Client
	// Offline records that the site turned network lookups off
	// (osv.offline), so a missing database is explained as such.
	Offline bool
}

// Pass implements scanner.Pass.
type Pass struct{ opts Options }

// New builds the pass.
func New(opts Options) *Pass { return &Pass{opts: opts} }

// Name implements scanner.Pass.
func (p *Pass) Name() string { return PassName }

// Run implements scanner.Pass. It never fails the scan for lack of data:
// an unreachable server or unreadable database becomes a warning note.
func (p *Pass) Run(ctx context.Context, files []scanner.File) ([]scanner.Finding, []scanner.Note, error) {
	manifests := selectManifests(files)
	if len(manifests) == 0 {
		return nil, nil, nil
	}
	var notes []scanner.Note
	var pkgs []Package
	lines := map[string][]string{}
	for _, f := range manifests {
		parse := parserFor(f.Path)
		data, err := f.ReadFile()
		if err != nil {
			notes = append(notes, warn("%s could not be read: %v", f.Path, err))
			continue
		}
		got, err := parse(f.Path, data)
		if err != nil {
			notes = append(notes, warn("%s could not be parsed, its dependencies were not checked: %v", f.Path, err))
			continue
		}
		pkgs = append(pkgs, dedupe(got)...)
		lines[f.Path] = strings.Split(string(data), "\n")
	}
	if len(pkgs) == 0 {
		return nil, notes, nil
	}
	keys := uniqueKeys(pkgs)
	summary := count(len(keys), "package version", "package versions") + " from " + count(len(lines), "manifest", "manifests")
	if p.opts.URL == "" && p.opts.DatabaseFile == "" {
		why := "no OSV source configured (set osv.url, e.g. https://api.osv.dev, or osv.database_file to an OSV export)"
		if p.opts.Offline {
			why = "dependency checks are offline (osv.offline) and no osv.database_file is set (`vigil osv sync --dir DIR` downloads one; point osv.database_file at DIR)"
		}
		notes = append(notes, warn("%s not checked for known vulnerabilities: %s", summary, why))
		return nil, notes, nil
	}

	var vulns map[pkgKey][]*Vuln
	source := ""
	if p.opts.URL != "" {
		v, err := p.online(ctx, keys)
		switch {
		case ctx.Err() != nil:
			return nil, nil, ctx.Err()
		case err != nil:
			fallback := ""
			if p.opts.DatabaseFile != "" {
				fallback = "; falling back to the offline database"
			}
			notes = append(notes, warn("the OSV server could not be queried (%v)%s", err, fallback))
		default:
			vulns, source = v, "the OSV server at "+redactURL(p.opts.URL)
		}
	}
	if vulns == nil && p.opts.DatabaseFile != "" {
		v, n, err := p.offline(keys)
		if err != nil {
			notes = append(notes, warn("the offline OSV database could not be read (%v)", err))
		} else {
			vulns, source = v, "the offline OSV database ("+count(n, "advisory", "advisories")+")"
		}
	}
	if vulns == nil {
		notes = append(notes, warn("%s NOT checked for known vulnerabilities: no OSV source could be used", summary))
		return nil, notes, nil
	}

	var out []scanner.Finding
	seen := map[string]int{}
	vulnerable := 0
	for _, pkg := range pkgs {
		vs := vulns[pkg.key()]
		if len(vs) == 0 {
			continue
		}
		vulnerable++
		for _, g := range groupAliases(vs) {
			out = append(out, toFinding(pkg, g, lines[pkg.Path], seen))
		}
	}
	notes = append(notes, scanner.Note{Pass: PassName, Level: "info",
		Message: fmt.Sprintf("%s checked against %s: %d vulnerable", summary, source, vulnerable)})
	return out, notes, nil
}

// count says n with the singular or plural noun: "1 manifest", "2 manifests".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func warn(format string, a ...any) scanner.Note {
	return scanner.Note{Pass: PassName, Level: "warning", Message: fmt.Sprintf(format, a...)}
}

// selectManifests keeps the files a parser reads; a go.sum is read only
// when no go.mod sits beside it, a package.json only when no npm, yarn or
// pnpm lockfile covers its directory.
func selectManifests(files []scanner.File) []scanner.File {
	gomod, lockDirs := map[string]bool{}, map[string]bool{}
	for _, f := range files {
		switch base := path.Base(f.Path); {
		case base == "go.mod":
			gomod[path.Dir(f.Path)] = true
		case slices.Contains(npmLockfiles, base):
			lockDirs[path.Dir(f.Path)] = true
		}
	}
	var out []scanner.File
	for _, f := range files {
		base := path.Base(f.Path)
		if base == "package.json" {
			if !coveredByLockfile(f.Path, lockDirs) && !strings.Contains("/"+f.Path, "/node_modules/") {
				out = append(out, f)
			}
			continue
		}
		if !scanner.IsManifest(f.Path) || parserFor(f.Path) == nil {
			continue
		}
		if base == "go.sum" && gomod[path.Dir(f.Path)] {
			continue
		}
		out = append(out, f)
	}
	return out
}

// dedupe keeps the first declaration of each package version in a file
// (npm nests the same version under several parents).
func dedupe(pkgs []Package) []Package {
	seen := map[pkgKey]bool{}
	out := pkgs[:0]
	for _, p := range pkgs {
		if k := p.key(); !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	return out
}

func uniqueKeys(pkgs []Package) []pkgKey {
	seen := map[pkgKey]bool{}
	var out []pkgKey
	for _, p := range pkgs {
		if k := p.key(); !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// queryVersion is the version as OSV's API expects it (Go versions
// without their "v").
func queryVersion(k pkgKey) string {
	if k.Ecosystem == EcosystemGo {
		return strings.TrimPrefix(k.Version, "v")
	}
	return k.Version
}

func (p *Pass) online(ctx context.Context, keys []pkgKey) (map[pkgKey][]*Vuln, error) {
	c := p.opts.Client
	if c == nil {
		c = &Client{BaseURL: p.opts.URL, HTTP: p.opts.HTTP}
	}
	qs := make([]Query, len(keys))
	for i, k := range keys {
		qs[i] = Query{Package: QueryPackage{Name: k.Name, Ecosystem: k.Ecosystem}, Version: queryVersion(k)}
	}
	ids, err := c.QueryBatch(ctx, qs)
	if err != nil {
		return nil, err
	}
	uniq := map[string]bool{}
	var all []string
	for _, l := range ids {
		for _, id := range l {
			if !uniq[id] {
				uniq[id] = true
				all = append(all, id)
			}
		}
	}
	sort.Strings(all)
	details, err := c.Vulns(ctx, all)
	if err != nil {
		return nil, err
	}
	out := map[pkgKey][]*Vuln{}
	for i, k := range keys {
		for _, id := range ids[i] {
			if v := details[id]; v != nil && v.Withdrawn == "" {
				out[k] = append(out[k], v)
			}
		}
	}
	return out, nil
}

func (p *Pass) offline(keys []pkgKey) (map[pkgKey][]*Vuln, int, error) {
	want := map[[2]string]bool{}
	for _, k := range keys {
		want[[2]string{k.Ecosystem, k.Name}] = true
	}
	db, err := LoadDatabase(p.opts.DatabaseFile, want)
	if err != nil {
		return nil, 0, err
	}
	out := map[pkgKey][]*Vuln{}
	for _, k := range keys {
		if vs := db.Lookup(k.Ecosystem, k.Name, k.Version); len(vs) > 0 {
			out[k] = vs
		}
	}
	return out, db.Count(), nil
}

// groupAliases merges advisories that describe the same flaw (GHSA and
// PYSEC records of one CVE, for instance) so each is reported once. The
// representative is the rated one, preferring GitHub's, then the lowest id.
func groupAliases(vs []*Vuln) [][]*Vuln {
	sort.Slice(vs, func(i, j int) bool { return vs[i].ID < vs[j].ID })
	parent := make([]int, len(vs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			i = parent[i]
		}
		return i
	}
	owner := map[string]int{}
	for i, v := range vs {
		for _, name := range append([]string{v.ID}, v.Aliases...) {
			if j, ok := owner[name]; ok {
				parent[find(i)] = find(j)
			} else {
				owner[name] = i
			}
		}
	}
	groups := map[int][]*Vuln{}
	var order []int
	for i, v := range vs {
		r := find(i)
		if _, ok := groups[r]; !ok {
			order = append(order, r)
		}
		groups[r] = append(groups[r], v)
	}
	out := make([][]*Vuln, 0, len(order))
	for _, r := range order {
		g := groups[r]
		sort.SliceStable(g, func(i, j int) bool { return rank(g[i]) > rank(g[j]) })
		out = append(out, g)
	}
	return out
}

func rank(v *Vuln) int {
	r := 0
	if _, _, src := v.severityOf(); !strings.HasPrefix(src, "unknown") {
		r += 2
	}
	if strings.HasPrefix(v.ID, "GHSA-") {
		r++
	}
	return r
}

func toFinding(pkg Package, group []*Vuln, lines []string, seen map[string]int) scanner.Finding {
	v := group[0]
	eco, name := pkg.Ecosystem, pkg.Name
	sev, score, sevSource := v.severityOf()
	fixed := ""
	for _, g := range group {
		if f := g.FixedFor(eco, name, pkg.Version); f != "" && fixed == "" {
			fixed = f
		}
	}
	aliasSet := map[string]bool{}
	var aliases []string
	for _, g := range group {
		for _, a := range append([]string{g.ID}, g.Aliases...) {
			if a != v.ID && !aliasSet[a] {
				aliasSet[a] = true
				aliases = append(aliases, a)
			}
		}
	}
	sort.Slice(aliases, func(i, j int) bool {
		ci, cj := strings.HasPrefix(aliases[i], "CVE-"), strings.HasPrefix(aliases[j], "CVE-")
		if ci != cj {
			return ci
		}
		return aliases[i] < aliases[j]
	})
	summary := strings.TrimSpace(v.Summary)
	if summary == "" {
		summary = firstLine(v.Details)
	}
	ids := v.ID
	if len(aliases) > 0 {
		ids += " (" + strings.Join(aliases, ", ") + ")"
	}
	msg := fmt.Sprintf("%s %s (%s) is affected by %s", name, pkg.Version, eco, ids)
	if summary != "" {
		msg += ": " + strings.TrimSuffix(summary, ".")
	}
	remediation := ""
	if fixed != "" {
		msg += fmt.Sprintf(". Fixed in %s.", fixed)
		remediation = fmt.Sprintf("Upgrade %s to %s or later and regenerate the lockfile.", name, fixed)
	} else {
		msg += ". No fixed version is published."
		remediation = fmt.Sprintf("No release of %s fixes this yet: check whether the vulnerable code is reachable, and consider a replacement package or a mitigation from the advisory.", name)
	}
	confidence := scanner.ConfidenceHigh
	if pkg.Range != "" {
		msg += fmt.Sprintf(" Declared as %q in %s, which no lockfile pins: checked at the lowest version the range allows.", pkg.Range, path.Base(pkg.Path))
		confidence = scanner.ConfidenceMedium
		if fixed != "" && rangeAllows(pkg.Range, fixed) {
			msg += fmt.Sprintf(" A fresh install may already get %s or later; raise the range's floor to %s so none can get the vulnerable one.", fixed, fixed)
			remediation = fmt.Sprintf("Declare %s as \"^%s\" (or later) and commit a lockfile so the installed version is known.", name, fixed)
			confidence = scanner.ConfidenceLow
		} else {
			remediation += " Commit a lockfile so the installed version is known."
		}
	}
	line := pkg.Line
	if line < 1 {
		line = 1
	}
	snip, endCol := "", 1
	if line <= len(lines) {
		snip = strings.TrimRight(lines[line-1], "\r")
		endCol = len(snip) + 1
		if len(snip) > 400 {
			snip = snip[:400] + "…"
		}
	}
	refs := []string{"https://osv.dev/vulnerability/" + v.ID}
	for _, r := range v.References {
		if len(refs) >= 6 {
			break
		}
		if r.Type == "ADVISORY" || r.Type == "FIX" || r.Type == "WEB" {
			refs = append(refs, r.URL)
		}
	}
	cwe := v.cwes()
	f := scanner.Finding{
		RuleID:      RulePrefix + v.ID,
		Kind:        scanner.KindDependency,
		Title:       fmt.Sprintf("Vulnerable dependency %s %s: %s", name, pkg.Version, v.ID),
		Message:     msg,
		Severity:    sev,
		Confidence:  confidence,
		CWE:         cwe,
		OWASP:       []string{scanner.OWASPName("A06")},
		Location:    scanner.Location{Path: pkg.Path, StartLine: line, StartColumn: 1, EndLine: line, EndColumn: endCol},
		Snippet:     strings.ToValidUTF8(snip, "\uFFFD"),
		Remediation: remediation,
		References:  refs,
		Extra: map[string]string{
			"package": name, "ecosystem": eco, "installed_version": pkg.Version,
			"advisory": v.ID, "aliases": strings.Join(aliases, ","), "fixed_version": fixed,
			"severity_source": sevSource,
		},
	}
	if score != "" {
		f.Extra["cvss_score"] = score
	}
	if pkg.Range != "" {
		f.Extra["declared_range"] = pkg.Range
		f.Extra["version_source"] = "declared range, no lockfile"
	}
	key := "dep\x00" + pkg.Path + "\x00" + eco + "\x00" + normalizeName(eco, name) + "\x00" + v.ID
	n := seen[key]
	seen[key] = n + 1
	sum := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d", key, n)))
	f.Fingerprint = hex.EncodeToString(sum[:16])
	return f
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}
