package main

import (
	"os"
	"path/filepath"
)

// attachmentStore keeps uploaded attachments under root.
type attachmentStore struct {
	root string
}

func (s *attachmentStore) read(name string) ([]byte, error) {
	return os.ReadFile(filepath.Join(s.root, name)) // LABEL: CWE-22
}
