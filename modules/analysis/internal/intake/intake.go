// Package intake turns an untrusted upload (a .zip, .tar.gz/.tgz, several
// plain files or a pasted snippet) into a normalised, size-checked bundle,
// and unpacks such a bundle into a private directory for the scanner.
//
// Every check runs before anything is stored: a rejected upload leaves no
// trace. Paths must be local (no "..", no absolute or volume paths), links
// and special files are refused, sizes are counted from the bytes actually
// read (never from headers alone), and nested archives are kept as opaque
// files, never expanded.
package intake

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"vigil/platform/errs"
)

// Limits bound what one upload may contain. Zero values mean "use the
// default" only for MaxRatio; the others must be set (config validates them).
type Limits struct {
	// MaxUploadBytes caps the compressed upload (all parts together).
	MaxUploadBytes int64
	// MaxUncompressedBytes caps the sum of all extracted file sizes.
	MaxUncompressedBytes int64
	// MaxFiles caps the number of regular files.
	MaxFiles int
	// MaxFileBytes caps one extracted file.
	MaxFileBytes int64
	// MaxRatio caps uncompressed/compressed size of an archive (zip bombs).
	MaxRatio int64
}

// DefaultMaxRatio is the compression ratio above which an archive is
// treated as a bomb. Source code compresses about 4-10x; 200x is far past
// anything real.
const DefaultMaxRatio = 200

// ratioFloor is the uncompressed size under which the ratio is not
// checked: tiny, highly repetitive files legitimately compress very well.
const ratioFloor = 1 << 20

// Part is one uploaded file as received: in memory (Data: a paste, a
// test) or spooled to disk (File with Size: an upload, which may be as
// large as MaxUploadBytes and must not sit in memory, while a zip needs
// random access).
type Part struct {
	Name string
	Data []byte
	// File, when set, holds the part's Size bytes instead of Data.
	File io.ReaderAt
	Size int64
}

func (p Part) size() int64 {
	if p.File != nil {
		return p.Size
	}
	return int64(len(p.Data))
}

// reader reads the part from its start; every call returns a new one.
func (p Part) reader() *io.SectionReader {
	if p.File != nil {
		return io.NewSectionReader(p.File, 0, p.Size)
	}
	return io.NewSectionReader(bytes.NewReader(p.Data), 0, int64(len(p.Data)))
}

// File is one regular file accepted into a bundle.
type File struct {
	Path  string `json:"path"`
	Size  int64  `json:"size"`
	Lines int    `json:"lines"`
	// Nested is true for archives inside the upload: stored, never expanded.
	Nested bool `json:"nested,omitempty"`
}

// Manifest describes an accepted upload.
type Manifest struct {
	Files      []File `json:"files"`
	TotalBytes int64  `json:"total_bytes"`
	TotalLines int    `json:"total_lines"`
	// Nested counts archives stored without expansion.
	Nested int `json:"nested"`
}

// Kind of an upload part, chosen by name and verified by content.
type kind int

const (
	kindPlain kind = iota
	kindZip
	kindTarGz
	kindUnsupported
)

var nestedExts = []string{".zip", ".jar", ".war", ".ear", ".apk", ".tar", ".gz", ".tgz", ".bz2", ".xz", ".zst", ".7z", ".rar", ".whl", ".egg", ".nupkg"}

// classify picks how to read an uploaded part.
func classify(name string) kind {
	n := strings.ToLower(name)
	switch {
	case strings.HasSuffix(n, ".zip"):
		return kindZip
	case strings.HasSuffix(n, ".tar.gz"), strings.HasSuffix(n, ".tgz"):
		return kindTarGz
	case isArchiveName(n):
		return kindUnsupported
	}
	return kindPlain
}

func isArchiveName(name string) bool {
	n := strings.ToLower(name)
	for _, ext := range nestedExts {
		if strings.HasSuffix(n, ext) {
			return true
		}
	}
	return false
}

// reject builds the 422 problem for an upload. field is "files" for
// uploads and "content" for pastes.
func reject(field, format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	return errs.Invalid("the upload was rejected: "+msg, errs.FieldError{Field: field, Message: msg})
}

// collector enforces the limits across all parts of one upload.
type collector struct {
	limits Limits
	field  string
	seen   map[string]bool
	man    Manifest
	emit   func(name string, data []byte) error
	// buf holds the file being checked, reused from file to file so an
	// intake keeps at most one file (MaxFileBytes) in memory.
	buf bytes.Buffer
}

// osMetadataPath reports whether an archive entry is file-system
// bookkeeping that archivers add beside the user's files: macOS's
// __MACOSX/ tree and .DS_Store folder settings, Windows' Thumbs.db. They
// are dropped at intake, so they are neither counted, charged nor
// reported as skipped.
func osMetadataPath(clean string) bool {
	base := path.Base(clean)
	if base == ".DS_Store" || base == "Thumbs.db" {
		return true
	}
	return clean == "__MACOSX" || strings.HasPrefix(clean, "__MACOSX/")
}

// appleDoubleMagic starts the "._name" files in which macOS archivers keep
// a file's extended attributes and resource fork.
var appleDoubleMagic = []byte{0x00, 0x05, 0x16, 0x07}

// isAppleDouble reports whether clean is a macOS AppleDouble companion
// ("._app.py" beside app.py), recognised by its name and magic number.
func isAppleDouble(clean string, data []byte) bool {
	return strings.HasPrefix(path.Base(clean), "._") && bytes.HasPrefix(data, appleDoubleMagic)
}

func (c *collector) add(name string, r io.Reader, declared int64) error {
	clean, err := localPath(name)
	if err != nil {
		return reject(c.field, "%q: %v", name, err)
	}
	if osMetadataPath(clean) {
		return nil // the archiver's bookkeeping, not the user's code
	}
	if c.seen[clean] {
		return reject(c.field, "%q appears twice", clean)
	}
	if len(c.man.Files) >= c.limits.MaxFiles {
		return reject(c.field, "more than %d files", c.limits.MaxFiles)
	}
	if declared > c.limits.MaxFileBytes {
		return reject(c.field, "%q is larger than %d bytes", clean, c.limits.MaxFileBytes)
	}
	// Count what is actually read: headers can lie.
	c.buf.Reset()
	if declared >= 0 {
		// Room for the declared size up front: growing by doubling would
		// hold up to twice the file. A lying header costs at most
		// MaxFileBytes, checked above.
		c.buf.Grow(int(declared) + bytes.MinRead)
	}
	if _, err := c.buf.ReadFrom(io.LimitReader(r, c.limits.MaxFileBytes+1)); err != nil {
		return reject(c.field, "%q cannot be read: %v", clean, err)
	}
	data := c.buf.Bytes()
	if int64(len(data)) > c.limits.MaxFileBytes {
		return reject(c.field, "%q is larger than %d bytes", clean, c.limits.MaxFileBytes)
	}
	if c.man.TotalBytes+int64(len(data)) > c.limits.MaxUncompressedBytes {
		return reject(c.field, "more than %d bytes uncompressed", c.limits.MaxUncompressedBytes)
	}
	if isAppleDouble(clean, data) {
		return nil
	}
	c.seen[clean] = true
	f := File{Path: clean, Size: int64(len(data)), Nested: isArchiveName(clean)}
	if f.Nested {
		c.man.Nested++
	} else if !bytes.Contains(data[:min(len(data), 8000)], []byte{0}) {
		f.Lines = countLines(data)
	}
	c.man.Files = append(c.man.Files, f)
	c.man.TotalBytes += f.Size
	c.man.TotalLines += f.Lines
	if c.emit != nil {
		return c.emit(clean, data)
	}
	return nil
}

func countLines(data []byte) int {
	if len(data) == 0 {
		return 0
	}
	n := bytes.Count(data, []byte{'\n'})
	if data[len(data)-1] != '\n' {
		n++
	}
	return n
}

// localPath validates an archive entry name and returns it cleaned,
// slash-separated. Archive names always use "/", but a Windows-made zip
// may use "\": both are separators here.
func localPath(name string) (string, error) {
	n := strings.ReplaceAll(name, "\\", "/")
	if n == "" {
		return "", errors.New("empty path")
	}
	if strings.HasPrefix(n, "/") || (len(n) >= 2 && n[1] == ':') {
		return "", errors.New("absolute path")
	}
	if strings.ContainsRune(n, 0) {
		return "", errors.New("NUL in path")
	}
	for _, seg := range strings.Split(n, "/") {
		if seg == ".." {
			return "", errors.New("path escapes the archive (..)")
		}
	}
	clean := path.Clean(n)
	if clean == "." || !filepath.IsLocal(filepath.FromSlash(clean)) {
		return "", errors.New("not a local path")
	}
	return clean, nil
}

func (c *collector) zip(p Part) error {
	zr, err := zip.NewReader(p.reader(), p.size())
	if err != nil {
		return reject(c.field, "%q is not a valid zip archive", p.Name)
	}
	var archiveBytes int64
	for _, zf := range zr.File {
		mode := zf.Mode()
		switch {
		case mode&fs.ModeSymlink != 0:
			return reject(c.field, "%q in %q is a symbolic link; links are not accepted", zf.Name, p.Name)
		case mode.IsDir() || strings.HasSuffix(zf.Name, "/"):
			if _, err := localPath(strings.TrimSuffix(zf.Name, "/")); err != nil {
				return reject(c.field, "%q: %v", zf.Name, err)
			}
			continue
		case !mode.IsRegular():
			return reject(c.field, "%q in %q is not a regular file", zf.Name, p.Name)
		}
		if zf.CompressedSize64 > 0 && zf.UncompressedSize64 > ratioFloor &&
			zf.UncompressedSize64/zf.CompressedSize64 > uint64(c.limits.MaxRatio) {
			return reject(c.field, "%q in %q expands more than %dx (zip bomb)", zf.Name, p.Name, c.limits.MaxRatio)
		}
		rc, err := zf.Open()
		if err != nil {
			return reject(c.field, "%q in %q cannot be opened: %v", zf.Name, p.Name, err)
		}
		before := c.man.TotalBytes
		err = c.add(zf.Name, rc, int64(min(zf.UncompressedSize64, 1<<62)))
		_ = rc.Close()
		if err != nil {
			return err
		}
		archiveBytes += c.man.TotalBytes - before
	}
	return c.checkRatio(p, archiveBytes)
}

func (c *collector) checkRatio(p Part, extracted int64) error {
	if extracted > ratioFloor && p.size() > 0 && extracted/p.size() > c.limits.MaxRatio {
		return reject(c.field, "%q expands more than %dx (zip bomb)", p.Name, c.limits.MaxRatio)
	}
	return nil
}

func (c *collector) tarGz(p Part) error {
	gz, err := gzip.NewReader(bufio.NewReaderSize(p.reader(), 64<<10))
	if err != nil {
		return reject(c.field, "%q is not a valid gzip-compressed tar archive", p.Name)
	}
	defer gz.Close()
	tr := tar.NewReader(gz)
	var extracted int64
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return reject(c.field, "%q is not a valid tar archive: %v", p.Name, err)
		}
		switch h.Typeflag {
		case tar.TypeDir:
			if _, err := localPath(strings.TrimSuffix(h.Name, "/")); err != nil {
				return reject(c.field, "%q: %v", h.Name, err)
			}
			continue
		case tar.TypeSymlink:
			return reject(c.field, "%q in %q is a symbolic link; links are not accepted", h.Name, p.Name)
		case tar.TypeLink:
			return reject(c.field, "%q in %q is a hard link; links are not accepted", h.Name, p.Name)
		case tar.TypeReg, tar.TypeRegA: //nolint:staticcheck // old tars use TypeRegA
		case tar.TypeXGlobalHeader:
			continue
		default:
			return reject(c.field, "%q in %q is not a regular file", h.Name, p.Name)
		}
		before := c.man.TotalBytes
		if err := c.add(h.Name, tr, h.Size); err != nil {
			return err
		}
		extracted += c.man.TotalBytes - before
		if err := c.checkRatio(p, extracted); err != nil {
			return err
		}
	}
	return nil
}

// walk feeds every accepted file of parts to emit, in upload order.
func walk(parts []Part, limits Limits, field string, emit func(string, []byte) error) (*Manifest, error) {
	if limits.MaxRatio <= 0 {
		limits.MaxRatio = DefaultMaxRatio
	}
	if len(parts) == 0 {
		return nil, reject(field, "no files were uploaded")
	}
	var total int64
	for _, p := range parts {
		total += p.size()
	}
	if total > limits.MaxUploadBytes {
		return nil, reject(field, "the upload is larger than %d bytes", limits.MaxUploadBytes)
	}
	c := &collector{limits: limits, field: field, seen: map[string]bool{}, emit: emit}
	for _, p := range parts {
		var err error
		switch classify(p.Name) {
		case kindZip:
			err = c.zip(p)
		case kindTarGz:
			err = c.tarGz(p)
		case kindUnsupported:
			err = reject(field, "%q: unsupported archive type; upload .zip, .tar.gz, .tgz or plain files", p.Name)
		default:
			err = c.add(p.Name, p.reader(), p.size())
		}
		if err != nil {
			return nil, err
		}
	}
	if len(c.man.Files) == 0 || c.man.TotalBytes == 0 {
		return nil, reject(field, "the upload contains no files with content")
	}
	sort.Slice(c.man.Files, func(i, j int) bool { return c.man.Files[i].Path < c.man.Files[j].Path })
	return &c.man, nil
}

// Bundle checks parts against limits and returns them as one normalised
// .tar.gz (regular files only, clean local paths) with its manifest. The
// error is an errs.Invalid problem naming the field. It holds the whole
// bundle in memory: the service streams with BundleTo.
func Bundle(parts []Part, limits Limits, field string) ([]byte, *Manifest, error) {
	var buf bytes.Buffer
	man, err := BundleTo(&buf, parts, limits, field)
	if err != nil {
		return nil, nil, err
	}
	return buf.Bytes(), man, nil
}

// BundleTo is Bundle writing the .tar.gz to w as it goes, so an intake
// holds one file at a time in memory, never the upload or the bundle. On
// error w holds a partial bundle that the caller discards.
func BundleTo(w io.Writer, parts []Part, limits Limits, field string) (*Manifest, error) {
	gz := gzip.NewWriter(w)
	tw := tar.NewWriter(gz)
	man, err := walk(parts, limits, field, func(name string, data []byte) error {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o600, Size: int64(len(data)), Typeflag: tar.TypeReg, Format: tar.FormatPAX}); err != nil {
			return fmt.Errorf("intake: bundle: %w", err)
		}
		if _, err := tw.Write(data); err != nil {
			return fmt.Errorf("intake: bundle: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := tw.Close(); err != nil {
		return nil, fmt.Errorf("intake: bundle: %w", err)
	}
	if err := gz.Close(); err != nil {
		return nil, fmt.Errorf("intake: bundle: %w", err)
	}
	return man, nil
}
