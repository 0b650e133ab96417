package scanner

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"
)

// FileList is what a scan of a tree would read: the files handed to the
// rules and passes, and what the walk skipped. `vigil scan --server` uses it
// to upload exactly the files a local scan would look at.
type FileList struct {
	// Root is the directory the paths are relative to (PATH itself, or
	// the directory of PATH when PATH is one file).
	Root string
	// Files are slash-separated paths relative to Root, sorted.
	Files []string
	// Skipped are the files and directories left out (.gitignore,
	// vendored directories, config excludes, size limit, symlinks
	// leaving the tree).
	Skipped []Skip
}

// ListFiles walks root with the same rules as Scan (.gitignore, vendored
// directories, .vigil.yml or opts.Config includes and excludes, the size
// limit, symlinks kept inside the tree) and returns the files a scan would
// read, without parsing them. Content checks made while scanning (binary,
// minified, generated files) are left to the scan itself.
func ListFiles(ctx context.Context, root string, opts Options) (*FileList, error) {
	abs, st, err := statRoot(root)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		cfg, err := singleFileConfig(opts)
		if err != nil {
			return nil, err
		}
		out := &FileList{Root: filepath.Dir(abs), Files: []string{filepath.Base(abs)}, Skipped: []Skip{}}
		if max := fileSizeLimit(opts, cfg); st.Size() > max {
			out.Files = []string{}
			out.Skipped = append(out.Skipped, Skip{Path: filepath.Base(abs), Reason: fmt.Sprintf("too large: %d bytes (limit %d)", st.Size(), max)})
		}
		return out, nil
	}
	fsys := os.DirFS(abs)
	cfg, err := scanConfig(fsys, opts)
	if err != nil {
		return nil, err
	}
	opts.MaxFileSize = fileSizeLimit(opts, cfg)
	s := &scanState{fsys: fsys, absRoot: abs, opts: opts, cfg: cfg, now: time.Now().UTC(),
		res: &Result{Skipped: []Skip{}, Stats: Stats{SkippedBy: map[string]int{}}}}
	work := make(chan walkFile, 64)
	var files []string
	done := make(chan struct{})
	go func() {
		defer close(done)
		for f := range work {
			files = append(files, f.rel)
		}
	}()
	err = s.walk(ctx, work)
	close(work)
	<-done
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	sort.Slice(s.res.Skipped, func(i, j int) bool { return s.res.Skipped[i].Path < s.res.Skipped[j].Path })
	if files == nil {
		files = []string{}
	}
	return &FileList{Root: abs, Files: files, Skipped: s.res.Skipped}, nil
}
