package cortex

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
	"unicode/utf8"
)

// maxSourceBytes bounds what cortex reads of one file.
const maxSourceBytes = 2 << 20

// sourceFile is a file as the model sees it: secrets masked, lines split.
type sourceFile struct {
	path  string
	lines []string
}

// loadFile reads path from src and masks it. Paths are the scanner's
// slash-separated, root-relative paths; anything else is refused.
func (s *Service) loadFile(src fs.FS, p string) (*sourceFile, error) {
	clean := path.Clean(strings.TrimPrefix(p, "./"))
	if !fs.ValidPath(clean) {
		return nil, fmt.Errorf("cortex: invalid path %q", p)
	}
	b, err := fs.ReadFile(src, clean)
	if err != nil {
		return nil, fmt.Errorf("cortex: read %s: %w", clean, err)
	}
	if len(b) > maxSourceBytes {
		b = b[:maxSourceBytes]
	}
	text := string(b)
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = maskPreservingLines(s.mask, text)
	lines := strings.Split(text, "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return &sourceFile{path: clean, lines: lines}, nil
}
