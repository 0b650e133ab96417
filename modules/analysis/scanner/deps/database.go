package deps

import (
	"archive/zip"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Limits for reading an offline OSV database.
const (
	maxDBEntry   = 32 << 20 // one advisory JSON
	maxDBEntries = 2_000_000
)

// Database is an offline set of OSV advisories indexed by package.
type Database struct {
	byPkg map[[2]string][]*Vuln // {ecosystem, normalized name}
	count int
}

// LoadDatabase reads an OSV database export: a zip of OSV JSON files (such
// as the per-ecosystem all.zip exports), a single JSON file, or a
// directory holding any number of those (searched recursively; zips inside
// zips are not opened). When want is non-nil only advisories about those
// {ecosystem, normalized name} packages are kept, which bounds memory.
func LoadDatabase(path string, want map[[2]string]bool) (*Database, error) {
	db := &Database{byPkg: map[[2]string][]*Vuln{}}
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("osv database: %w", err)
	}
	if !st.IsDir() {
		return db, db.loadFile(path, want)
	}
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !(strings.HasSuffix(p, ".zip") || strings.HasSuffix(p, ".json")) {
			return nil
		}
		return db.loadFile(p, want)
	})
	if err != nil {
		return nil, fmt.Errorf("osv database: %w", err)
	}
	return db, nil
}

func (db *Database) loadFile(p string, want map[[2]string]bool) error {
	if strings.HasSuffix(strings.ToLower(p), ".json") {
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		return db.add(f, p, want)
	}
	zr, err := zip.OpenReader(p)
	if err != nil {
		return fmt.Errorf("osv database %s: %w", filepath.Base(p), err)
	}
	defer zr.Close()
	if len(zr.File) > maxDBEntries {
		return fmt.Errorf("osv database %s: %d entries, more than the %d allowed", filepath.Base(p), len(zr.File), maxDBEntries)
	}
	for _, f := range zr.File {
		if f.FileInfo().IsDir() || !strings.HasSuffix(strings.ToLower(f.Name), ".json") {
			continue
		}
		if f.UncompressedSize64 > maxDBEntry {
			return fmt.Errorf("osv database %s: entry %s is larger than %d bytes", filepath.Base(p), f.Name, maxDBEntry)
		}
		rc, err := f.Open()
		if err != nil {
			return fmt.Errorf("osv database %s: %s: %w", filepath.Base(p), f.Name, err)
		}
		err = db.add(rc, filepath.Base(p)+":"+f.Name, want)
		rc.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

func (db *Database) add(r io.Reader, name string, want map[[2]string]bool) error {
	data, err := io.ReadAll(io.LimitReader(r, maxDBEntry+1))
	if err != nil {
		return fmt.Errorf("osv database %s: %w", name, err)
	}
	if len(data) > maxDBEntry {
		return fmt.Errorf("osv database %s: larger than %d bytes", name, maxDBEntry)
	}
	var v Vuln
	if err := json.Unmarshal(data, &v); err != nil {
		return fmt.Errorf("osv database %s: not an OSV advisory: %w", name, err)
	}
	if v.ID == "" {
		return nil
	}
	db.count++
	seen := map[[2]string]bool{}
	for _, a := range v.Affected {
		eco := baseEcosystem(a.Package.Ecosystem)
		k := [2]string{eco, normalizeName(eco, a.Package.Name)}
		if seen[k] || (want != nil && !want[k]) {
			continue
		}
		seen[k] = true
		db.byPkg[k] = append(db.byPkg[k], &v)
	}
	return nil
}

// Count is the number of advisories read (before filtering by package).
func (db *Database) Count() int { return db.count }

// Lookup returns the advisories affecting a package version.
func (db *Database) Lookup(eco, name, version string) []*Vuln {
	var out []*Vuln
	for _, v := range db.byPkg[[2]string{eco, normalizeName(eco, name)}] {
		if ok, _ := v.Affects(eco, name, version); ok {
			out = append(out, v)
		}
	}
	return out
}
