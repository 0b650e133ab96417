package exports

import (
	"os"
	"path/filepath"
)

type DiskStore struct {
	root string
}

func NewDiskStore(root string) *DiskStore { return &DiskStore{root: root} }

func (s *DiskStore) Put(name string, data []byte) error {
	target := filepath.Join(s.root, name)
	if err := os.MkdirAll(filepath.Dir(target), 0o750); err != nil {
		return err
	}
	return os.WriteFile(target, data, 0o640) // LABEL: CWE-22
}
