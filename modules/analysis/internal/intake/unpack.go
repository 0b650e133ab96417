package intake

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path"
)

// Unpack extracts a bundle made by Bundle into dir, which must exist and
// should be a fresh private directory. It re-applies every check (the
// bundle came from storage, which is trusted less than memory) and writes
// through os.Root, so no entry can land outside dir even if a check were
// wrong.
func Unpack(bundle []byte, dir string, limits Limits) (*Manifest, error) {
	return UnpackFrom(bytes.NewReader(bundle), int64(len(bundle)), dir, limits)
}

// UnpackFrom is Unpack reading the bundle's size bytes from r (a spooled
// file), so the bundle need not be in memory.
func UnpackFrom(r io.ReaderAt, size int64, dir string, limits Limits) (*Manifest, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("intake: unpack: %w", err)
	}
	defer root.Close()
	// The bundle is already normalised; its own compression ratio says
	// nothing about the upload, so only the absolute limits apply.
	limits.MaxRatio = 1 << 40
	limits.MaxUploadBytes = max(limits.MaxUploadBytes, size)
	return walk([]Part{{Name: "bundle.tar.gz", File: r, Size: size}}, limits, "source", func(name string, data []byte) error {
		if d := path.Dir(name); d != "." {
			if err := root.MkdirAll(d, 0o700); err != nil {
				return fmt.Errorf("intake: unpack %s: %w", name, err)
			}
		}
		f, err := root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return fmt.Errorf("intake: unpack %s: %w", name, err)
		}
		if _, err := f.Write(data); err != nil {
			_ = f.Close()
			return fmt.Errorf("intake: unpack %s: %w", name, err)
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("intake: unpack %s: %w", name, err)
		}
		return nil
	})
}
