package deps

import (
	"archive/zip"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// Limits for reading an offline OSV database.
const (
	maxDBEntry   = 32 << 20  // one advisory JSON in a zip
	maxDBFile    = 512 << 20 // a plain JSON file (one advisory or an array)
	maxDBEntries = 2_000_000
)

// Database is the set of OSV advisories about the packages a scan asked
// for, read from an offline export.
type Database struct {
	byPkg map[[2]string][]*Vuln // {ecosystem, normalized name}
	count int
}

// dbRef locates one advisory: a JSON file, or an entry of a zip.
type dbRef struct{ file, entry string }

// dbIndex maps packages to the advisories that mention them. Building it
// reads every advisory once; it is kept per database path for as long as
// the files keep their sizes and modification times, so later scans only
// read the few advisories their packages need.
type dbIndex struct {
	stamp string
	refs  map[[2]string][]dbRef
	count int
}

var dbCache = struct {
	sync.Mutex
	m      map[string]*dbIndex
	builds int // index builds, for tests
}{m: map[string]*dbIndex{}}

// LoadDatabase reads the advisories about the wanted {ecosystem,
// normalized name} packages (all of them when want is nil) from an OSV
// database export: a zip of OSV JSON files (such as the per-ecosystem
// all.zip exports), a JSON file holding one advisory or an array of them,
// or a directory holding any number of those (searched recursively; zips
// inside zips are not opened).
func LoadDatabase(path string, want map[[2]string]bool) (*Database, error) {
	idx, err := indexFor(path)
	if err != nil {
		return nil, err
	}
	var refs []dbRef
	seen := map[dbRef]bool{}
	for k, rs := range idx.refs {
		if want != nil && !want[k] {
			continue
		}
		for _, r := range rs {
			if !seen[r] {
				seen[r] = true
				refs = append(refs, r)
			}
		}
	}
	sort.Slice(refs, func(i, j int) bool {
		if refs[i].file != refs[j].file {
			return refs[i].file < refs[j].file
		}
		return refs[i].entry < refs[j].entry
	})
	db := &Database{byPkg: map[[2]string][]*Vuln{}, count: idx.count}
	err = readRefs(refs, func(name string, data []byte) error {
		var vs []*Vuln
		if err := decodeAdvisories(name, data, &vs); err != nil {
			return err
		}
		for _, v := range vs {
			done := map[[2]string]bool{}
			for _, a := range v.Affected {
				eco := baseEcosystem(a.Package.Ecosystem)
				k := [2]string{eco, normalizeName(eco, a.Package.Name)}
				if done[k] || (want != nil && !want[k]) {
					continue
				}
				done[k] = true
				db.byPkg[k] = append(db.byPkg[k], v)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return db, nil
}

// dbFiles lists the database's files and a stamp of their sizes and times.
func dbFiles(path string) ([]string, string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, "", fmt.Errorf("osv database: %w", err)
	}
	var files []string
	var stamp strings.Builder
	add := func(p string, info fs.FileInfo) {
		files = append(files, p)
		fmt.Fprintf(&stamp, "%s\x00%d\x00%d\n", p, info.Size(), info.ModTime().UnixNano())
	}
	if !st.IsDir() {
		add(path, st)
		return files, stamp.String(), nil
	}
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !isDBFile(p) {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		add(p, info)
		return nil
	})
	if err != nil {
		return nil, "", fmt.Errorf("osv database: %w", err)
	}
	return files, stamp.String(), nil
}

func isDBFile(p string) bool {
	l := strings.ToLower(p)
	return strings.HasSuffix(l, ".zip") || strings.HasSuffix(l, ".json")
}

func indexFor(path string) (*dbIndex, error) {
	files, stamp, err := dbFiles(path)
	if err != nil {
		return nil, err
	}
	dbCache.Lock()
	defer dbCache.Unlock()
	if idx := dbCache.m[path]; idx != nil && idx.stamp == stamp {
		return idx, nil
	}
	idx := &dbIndex{stamp: stamp, refs: map[[2]string][]dbRef{}}
	var refs []dbRef
	for _, f := range files {
		if strings.HasSuffix(strings.ToLower(f), ".zip") {
			zr, err := zip.OpenReader(f)
			if err != nil {
				return nil, fmt.Errorf("osv database %s: %w", filepath.Base(f), err)
			}
			n := len(zr.File)
			for _, e := range zr.File {
				if !e.FileInfo().IsDir() && strings.HasSuffix(strings.ToLower(e.Name), ".json") {
					refs = append(refs, dbRef{file: f, entry: e.Name})
				}
			}
			zr.Close()
			if n > maxDBEntries {
				return nil, fmt.Errorf("osv database %s: %d entries, more than the %d allowed", filepath.Base(f), n, maxDBEntries)
			}
		} else {
			refs = append(refs, dbRef{file: f})
		}
	}
	err = readRefs(refs, func(name string, data []byte) error {
		var heads []*advisoryHead
		if err := decodeAdvisories(name, data, &heads); err != nil {
			return err
		}
		ref := refOf(name)
		done := map[[2]string]bool{}
		for _, h := range heads {
			if h.ID == "" {
				continue
			}
			idx.count++
			for _, a := range h.Affected {
				eco := baseEcosystem(a.Package.Ecosystem)
				k := [2]string{eco, normalizeName(eco, a.Package.Name)}
				if !done[k] {
					done[k] = true
					idx.refs[k] = append(idx.refs[k], ref)
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	dbCache.m[path] = idx
	dbCache.builds++
	return idx, nil
}

// advisoryHead is the part of an advisory the index needs.
type advisoryHead struct {
	ID       string `json:"id"`
	Affected []struct {
		Package AffectedPackage `json:"package"`
	} `json:"affected"`
}

// decodeAdvisories reads one advisory object, or a JSON array of them,
// into *[]*T.
func decodeAdvisories[T any](name string, data []byte, into *[]*T) error {
	trimmed := strings.TrimLeft(string(data[:min(len(data), 64)]), " \t\r\n\ufeff")
	var err error
	if strings.HasPrefix(trimmed, "[") {
		err = json.Unmarshal(data, into)
	} else {
		one := new(T)
		if err = json.Unmarshal(data, one); err == nil {
			*into = append(*into, one)
		}
	}
	if err != nil {
		return fmt.Errorf("osv database %s: not an OSV advisory or array of advisories: %w", strings.ReplaceAll(name, "\x00", ":"), err)
	}
	return nil
}

// refOf turns the name readRefs reports back into its reference.
func refOf(name string) dbRef {
	if file, entry, ok := strings.Cut(name, "\x00"); ok {
		return dbRef{file: file, entry: entry}
	}
	return dbRef{file: name}
}

// readRefs reads each referenced advisory (refs sorted by file) and hands
// it to fn with its name: "file" or "file\x00entry".
func readRefs(refs []dbRef, fn func(name string, data []byte) error) error {
	var zr *zip.ReadCloser
	var entries map[string]*zip.File
	open := ""
	defer func() {
		if zr != nil {
			zr.Close()
		}
	}()
	for _, r := range refs {
		if r.entry == "" {
			data, err := readLimited(r.file, maxDBFile, func() (io.ReadCloser, error) { return os.Open(r.file) })
			if err != nil {
				return err
			}
			if err := fn(r.file, data); err != nil {
				return err
			}
			continue
		}
		if open != r.file {
			if zr != nil {
				zr.Close()
			}
			var err error
			if zr, err = zip.OpenReader(r.file); err != nil {
				return fmt.Errorf("osv database %s: %w", filepath.Base(r.file), err)
			}
			open = r.file
			entries = make(map[string]*zip.File, len(zr.File))
			for _, e := range zr.File {
				entries[e.Name] = e
			}
		}
		e := entries[r.entry]
		if e == nil {
			return fmt.Errorf("osv database %s: entry %s vanished", filepath.Base(r.file), r.entry)
		}
		if e.UncompressedSize64 > maxDBEntry {
			return fmt.Errorf("osv database %s: entry %s is larger than %d bytes", filepath.Base(r.file), r.entry, maxDBEntry)
		}
		data, err := readLimited(filepath.Base(r.file)+":"+r.entry, maxDBEntry, e.Open)
		if err != nil {
			return err
		}
		if err := fn(r.file+"\x00"+r.entry, data); err != nil {
			return err
		}
	}
	return nil
}

func readLimited(name string, limit int64, open func() (io.ReadCloser, error)) ([]byte, error) {
	rc, err := open()
	if err != nil {
		return nil, fmt.Errorf("osv database %s: %w", name, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, fmt.Errorf("osv database %s: %w", name, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("osv database %s: larger than %d bytes", name, limit)
	}
	return data, nil
}

// Count is the number of advisories in the database.
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
