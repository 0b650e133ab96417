package exports

import (
	"crypto/rand"
	"encoding/hex"
	"os"
	"path/filepath"
)

type DiskStore struct {
	root string
}

func NewDiskStore(root string) *DiskStore { return &DiskStore{root: root} }

func (s *DiskStore) Put(data []byte) (string, error) {
	buf := make([]byte, 16)
	if _, err := rand.Read(buf); err != nil {
		return "", err
	}
	id := hex.EncodeToString(buf)
	return id, os.WriteFile(filepath.Join(s.root, id+".csv"), data, 0o640)
}
