package frontend

import (
	"io/fs"
	"testing"
)

func TestDistHasAnIndex(t *testing.T) {
	// Built or not, the embedded tree must serve an index.html at its root.
	if _, err := fs.Stat(Dist(), "index.html"); err != nil {
		t.Fatalf("Dist() has no index.html (built=%v): %v", Built(), err)
	}
}
