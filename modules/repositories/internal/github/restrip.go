package github

import (
	"archive/tar"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// Restrip rewrites a GitHub tarball (every entry under one
// "owner-repo-sha/" directory, the commit id in the pax global header's
// comment) as a plain gzipped tar of the repository's regular files at
// their repository paths, so findings name the paths the repository uses.
// Links and other special entries are dropped; the analysis intake checks
// the result like any upload. At most maxBytes of file content are copied.
func Restrip(r io.Reader, w io.Writer, maxBytes int64) (commit string, err error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return "", fmt.Errorf("github: tarball: %w", err)
	}
	tr := tar.NewReader(zr)
	zw := gzip.NewWriter(w)
	tw := tar.NewWriter(zw)
	var total int64
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", fmt.Errorf("github: tarball: %w", err)
		}
		if h.Typeflag == tar.TypeXGlobalHeader {
			if c := h.PAXRecords["comment"]; len(c) == 40 {
				commit = c
			}
			continue
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		_, rest, ok := strings.Cut(h.Name, "/")
		if !ok || rest == "" {
			continue
		}
		rest = path.Clean(rest)
		if total += h.Size; total > maxBytes {
			return "", ErrTooLarge
		}
		if err := tw.WriteHeader(&tar.Header{Name: rest, Mode: 0o644, Size: h.Size, Typeflag: tar.TypeReg, Format: tar.FormatPAX}); err != nil {
			return "", fmt.Errorf("github: restrip: %w", err)
		}
		if _, err := io.CopyN(tw, tr, h.Size); err != nil {
			return "", fmt.Errorf("github: restrip: %w", err)
		}
	}
	if err := tw.Close(); err != nil {
		return "", fmt.Errorf("github: restrip: %w", err)
	}
	if err := zw.Close(); err != nil {
		return "", fmt.Errorf("github: restrip: %w", err)
	}
	return commit, nil
}
